package org.triad.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.triad.model.Embedding;
import org.triad.model.JudgementSet;
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

    @Test
    void gradientMatchesFiniteDifferences() {
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
                batch.size(), grad, null);

        float step = 1e-2f;
        for (int e = 0; e < x.length; e++) {
            float[] plus = x.clone();
            float[] minus = x.clone();
            plus[e] += step;
            minus[e] -= step;
            double numeric = (SposeLoss.loss(plus, dims, batch, lambda)
                    - SposeLoss.loss(minus, dims, batch, lambda)) / (plus[e] - minus[e]);
            double analytic = grad[e] + lambda / n * Math.signum(x[e]);
            assertEquals(numeric, analytic, 1e-3, "entry " + e);
        }
    }
}
