package org.triad.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.triad.model.Embedding;
import org.triad.model.JudgementSet;
import org.triad.testdata.Golden;
import org.triad.testdata.ThingsFiles;

/** Held-out accuracy and choice probabilities against golden.json and published figures. */
class EvaluationTest {
    private static final JudgementSet TRIPLETS = Golden.judgements("triplets_[pair,pair,odd]");

    @Test
    void accuracyAndProbabilitiesMatchGolden() {
        double[][] expected = Golden.matrix("choice_probs_col0_is_chosen_pair");
        double[] actual = Evaluation.choiceProbabilities(Golden.w(), TRIPLETS);

        assertEquals(Golden.number("accuracy"), Evaluation.accuracy(Golden.w(), TRIPLETS));
        for (int t = 0; t < expected.length; t++) {
            for (int c = 0; c < 3; c++) {
                assertEquals(expected[t][c], actual[3 * t + c], 1e-6, "judgement " + t);
            }
        }
    }

    @Test
    void aTieIsAMiss() {
        Embedding flat = new Embedding(Golden.ids(3), 1, new float[] {1f, 1f, 1f}, List.of());
        JudgementSet one = new JudgementSet("tie", 3, new int[] {0, 1, 2});

        assertEquals(0.0, Evaluation.accuracy(flat, one));
    }

    @Test
    void intervalBracketsTheAccuracy() {
        Evaluation.Accuracy result = Evaluation.accuracyWithInterval(Golden.w(), TRIPLETS, 500,
                1L);

        assertEquals(0.5, result.accuracy());
        assertEquals(4, result.count());
        assertTrue(result.low() <= 0.5 && result.high() >= 0.5, result.toString());
    }

    @Test
    void publishedEmbeddingPredictsTheBenchmarkValidationSet() throws IOException {
        Path validation = ThingsFiles.bench("things_val.txt");
        assumeTrue(Files.exists(validation), "benchmark data not found: " + validation);
        Embedding published = ThingsFiles.matrix(
                ThingsFiles.dataset("reference/spose_embedding_66d_sorted.txt"));
        JudgementSet judgements = ThingsFiles.triplets(validation, ThingsFiles.ITEMS);

        assertEquals(66, published.dims());
        assertEquals(0.648, Evaluation.accuracy(published, judgements), 0.0005);
    }
}
