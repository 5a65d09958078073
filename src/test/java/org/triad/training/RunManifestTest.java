package org.triad.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.triad.model.CancellationToken;
import org.triad.model.JudgementSet;
import org.triad.model.Similarity;
import org.triad.testdata.Golden;
import org.triad.testdata.Synthetic;

/** The manifest records the objective's options and the engine that ran. */
class RunManifestTest {
    @Test
    void recordsSimilarityTemperatureAndEngine() throws Exception {
        JudgementSet data = Synthetic.judgements(12, 3, 200, 4L);
        JudgementSet none = new JudgementSet("none", 12, new int[0]);
        SposeConfig config = new SposeConfig(4, 0.008, 0.01, 64, 1, 1, 3L, 1)
                .withSimilarity(Similarity.NEGATIVE_SQUARED_EUCLIDEAN, 0.5);
        TrainingResult result = new SposeTrainer(config).train(data, none, Golden.ids(12),
                TrainingListener.NONE, CancellationToken.none());

        JsonNode json = new ObjectMapper().readTree(
                RunManifest.toJson(config, data, none, result, Instant.EPOCH));

        assertEquals("NEGATIVE_SQUARED_EUCLIDEAN", json.at("/config/similarity").asText());
        assertEquals(0.5, json.at("/config/temperature").asDouble());
        assertEquals("cpu (plain Java, 1 thread)", json.at("/engine").asText());
    }
}
