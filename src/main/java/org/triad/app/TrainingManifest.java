package org.triad.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import org.triad.training.SposeConfig;
import org.triad.training.TrainingResult;

/** Writes the JSON manifest stored with a trained embedding, so a run can be reproduced. */
final class TrainingManifest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private TrainingManifest() {
    }

    /**
     * The manifest of one finished (or cancelled) run.
     *
     * @param sets names of the judgement sets trained on
     * @param counts number of training and validation judgements
     */
    static String of(SposeConfig config, List<String> sets, double validationFraction,
            int[] counts, TrainingResult result, Instant started, Instant finished) {
        ObjectNode root = JSON.createObjectNode();
        root.put("model", "SPoSE");
        root.put("app", "Triad");
        root.set("config", JSON.valueToTree(config));
        root.put("seed", config.seed());
        root.set("judgementSets", JSON.valueToTree(sets));
        root.put("validationFraction", validationFraction);
        root.put("trainJudgements", counts[0]);
        root.put("validationJudgements", counts[1]);
        root.put("engine", result.engine());
        root.put("bestEpoch", result.bestEpoch());
        root.put("epochs", result.history().size());
        root.put("cancelled", result.cancelled());
        root.put("dims", result.embedding().dims());
        root.put("started", started.toString());
        root.put("finished", finished.toString());
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("manifest could not be written", e);
        }
    }
}
