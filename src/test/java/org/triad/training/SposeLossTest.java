package org.triad.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.triad.model.Embedding;
import org.triad.model.JudgementSet;
import org.triad.model.Similarity;
import org.triad.testdata.Golden;
import org.triad.testdata.Synthetic;

/** The loss, its gradient and pruning against golden.json (numpy) and finite differences. */
class SposeLossTest {
    private static final double GOLDEN_TOLERANCE = 1e-6;

    @Test
    void crossEntropyAndL1TermMatchGolden() {
        Embedding w = Golden.w();
        JudgementSet triplets = Golden.judgements("triplets_[pair,pair,odd]");
        float[] x = w.toArray();

        assertEquals(Golden.number("cross_entropy"), SposeLoss.crossEntropy(x, 3, triplets),
                GOLDEN_TOLERANCE);
        assertEquals(Golden.number("l1_term_lambda_over_n"), SposeLoss.l1Term(x, 5, 0.008),
                GOLDEN_TOLERANCE);
        assertEquals(Golden.number("accuracy"), SposeLoss.evaluate(x, 3, triplets).accuracy());
    }

    @Test
    void pruningKeepsDimsAboveThresholdSortedByColumnSum() {
        Embedding w = Golden.w();

        assertArrayEquals(Golden.ints("spose_keep_dims_sorted"),
                Pruning.keptDimsSorted(w.toArray(), 3));
        Embedding pruned = Pruning.prune(w.toArray(), 3, w.itemIds());
        assertEquals(2, pruned.dims());
        assertArrayEquals(w.column(1), pruned.column(0));
        assertArrayEquals(w.column(0), pruned.column(1));
    }

    @ParameterizedTest
    @CsvSource({"DOT_PRODUCT, 1.0", "DOT_PRODUCT, 0.5", "NEGATIVE_SQUARED_EUCLIDEAN, 1.0",
        "NEGATIVE_SQUARED_EUCLIDEAN, 2.5"})
    void gradientMatchesFiniteDifferences(Similarity similarity, double temperature) {
        int n = 8;
        int dims = 4;
        double lambda = 0.05;
        JudgementSet batch = Synthetic.judgements(n, dims, 12, 3L);
        SplittableRandom random = new SplittableRandom(5L);
        float[] x = new float[n * dims];
        for (int e = 0; e < x.length; e++) {
            x[e] = (float) (0.2 + 0.8 * random.nextDouble());
        }
        float[] grad = new float[x.length];
        SposeLoss.accumulateGradient(x, dims, batch, SposeTrainer.identity(batch.size()), 0,
                batch.size(), grad, null, similarity, SposeLoss.inverse(temperature));

        float step = 1e-2f;
        for (int e = 0; e < x.length; e++) {
            float[] plus = x.clone();
            float[] minus = x.clone();
            plus[e] += step;
            minus[e] -= step;
            double numeric = (SposeLoss.loss(plus, dims, batch, lambda, similarity, temperature)
                    - SposeLoss.loss(minus, dims, batch, lambda, similarity, temperature))
                    / (plus[e] - minus[e]);
            double analytic = grad[e] + lambda / n * Math.signum(x[e]);
            assertEquals(numeric, analytic, 1e-3, "entry " + e);
        }
    }

    @Test
    void defaultOverloadsAreTheDotProductAtTemperatureOne() {
        JudgementSet batch = Synthetic.judgements(8, 4, 30, 3L);
        float[] x = new float[32];
        for (int e = 0; e < x.length; e++) {
            x[e] = 0.1f + 0.03f * e;
        }
        assertEquals(SposeLoss.evaluate(x, 4, batch),
                SposeLoss.evaluate(x, 4, batch, Similarity.DOT_PRODUCT, 1.0));
        SposeLoss.Fit hot = SposeLoss.evaluate(x, 4, batch, Similarity.DOT_PRODUCT, 4.0);
        assertEquals(SposeLoss.evaluate(x, 4, batch).accuracy(), hot.accuracy());
        assertTrue(Math.abs(hot.crossEntropy() - Math.log(3)) < Math.abs(
                SposeLoss.crossEntropy(x, 4, batch) - Math.log(3)), "τ flattens the softmax");
    }
}
