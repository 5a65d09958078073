package org.triad.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.triad.model.Embedding;
import org.triad.testdata.Golden;

/** Reproducibility and consensus on planted embeddings. */
class DimensionReproducibilityTest {
    private static final int ITEMS = 300;
    private static final int TRUE_DIMS = 5;
    private static final double[][] TRUTH = planted(new SplittableRandom(1L));

    /** Sparse non-negative columns: each item loads strongly on about one in four of them. */
    private static double[][] planted(SplittableRandom random) {
        double[][] x = new double[ITEMS][TRUE_DIMS];
        for (int i = 0; i < ITEMS; i++) {
            for (int d = 0; d < TRUE_DIMS; d++) {
                x[i][d] = random.nextDouble() < 0.25 ? 0.5 + random.nextDouble() : 0;
            }
        }
        return x;
    }

    /**
     * A "seed" that found the planted structure: its columns in a shuffled order, with noise,
     * followed by {@code noiseDims} columns of pure noise.
     */
    private static Embedding seedRun(long seed, int noiseDims) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] order = {0, 1, 2, 3, 4};
        for (int s = order.length - 1; s > 0; s--) {
            int r = random.nextInt(s + 1);
            int swap = order[s];
            order[s] = order[r];
            order[r] = swap;
        }
        int dims = TRUE_DIMS + noiseDims;
        float[] w = new float[ITEMS * dims];
        for (int i = 0; i < ITEMS; i++) {
            for (int c = 0; c < dims; c++) {
                double base = c < TRUE_DIMS ? TRUTH[i][order[c]] : 0;
                double noise = c < TRUE_DIMS ? 0.1 * random.nextDouble() : random.nextDouble();
                w[i * dims + c] = (float) (base + noise);
            }
        }
        return new Embedding(Golden.ids(ITEMS), dims, w, List.of());
    }

    private static List<Embedding> runs(int count, int noiseDims) {
        List<Embedding> runs = new ArrayList<>();
        for (int s = 0; s < count; s++) {
            runs.add(seedRun(100 + s, noiseDims));
        }
        return runs;
    }

    @Test
    void sharedStructureIsReproducible() {
        DimensionReproducibility.Report report = DimensionReproducibility.compute(runs(4, 0),
                7L);

        assertEquals(4 * TRUE_DIMS, report.dimensions().size());
        assertEquals(1.0, report.shareAbove());
        assertEquals(1.0, report.shareOfDimensionsAbove());
        for (DimensionReproducibility.DimensionScore score : report.dimensions()) {
            assertTrue(score.meanHeldOutR() > 0.9, score.toString());
        }
    }

    @Test
    void noiseIsNotReproducible() {
        List<Embedding> noise = new ArrayList<>();
        for (int s = 0; s < 4; s++) {
            SplittableRandom random = new SplittableRandom(200 + s);
            float[] w = new float[ITEMS * 6];
            for (int e = 0; e < w.length; e++) {
                w[e] = (float) random.nextDouble();
            }
            noise.add(new Embedding(Golden.ids(ITEMS), 6, w, List.of()));
        }

        DimensionReproducibility.Report report = DimensionReproducibility.compute(noise, 7L);

        assertEquals(0.0, report.shareAbove());
        for (DimensionReproducibility.DimensionScore score : report.dimensions()) {
            assertTrue(Math.abs(score.meanHeldOutR()) < 0.3, score.toString());
        }
    }

    @Test
    void plantedDimensionsStandOutFromNoiseDimensions() {
        DimensionReproducibility.Report report = DimensionReproducibility.compute(runs(3, 3),
                7L);

        for (DimensionReproducibility.DimensionScore score : report.ofRun(1)) {
            boolean planted = score.dim() < TRUE_DIMS;
            assertEquals(planted ? 1.0 : 0.0, score.shareAbove(), score.toString());
        }
        assertEquals(TRUE_DIMS / 8.0, report.shareOfDimensionsAbove(), 1e-12);
    }

    @Test
    void consensusKeepsOneCopyOfEachPlantedDimension() {
        List<Embedding> runs = runs(4, 3);
        DimensionReproducibility.Report report = DimensionReproducibility.compute(runs, 7L);

        Embedding consensus = ConsensusDimensions.select(runs, report, 50, 0.5);

        assertEquals(TRUE_DIMS, consensus.dims());
        boolean[] found = new boolean[TRUE_DIMS];
        for (int c = 0; c < consensus.dims(); c++) {
            int best = bestTrueDim(consensus.column(c));
            assertTrue(best >= 0, "column " + c + " matches no planted dimension");
            found[best] = true;
        }
        for (boolean f : found) {
            assertTrue(f);
        }
        assertTrue(consensus.label(0).startsWith("run "), consensus.label(0));
        assertEquals(2, ConsensusDimensions.select(runs, report, 2, 0.0).dims());
    }

    @Test
    void splitIsSeededAndComplete() {
        int[][] one = DimensionReproducibility.splitItems(100, 3L);
        int[][] again = DimensionReproducibility.splitItems(100, 3L);

        assertEquals(80, one[0].length);
        assertEquals(20, one[1].length);
        assertEquals(List.of(one[1][0], one[1][19]), List.of(again[1][0], again[1][19]));
        assertThrows(IllegalArgumentException.class,
                () -> DimensionReproducibility.compute(runs(1, 0), 1L));
    }

    /** The planted dimension the column correlates with above 0.9, or −1. */
    private static int bestTrueDim(float[] column) {
        for (int d = 0; d < TRUE_DIMS; d++) {
            double[] truth = new double[ITEMS];
            double[] values = new double[ITEMS];
            for (int i = 0; i < ITEMS; i++) {
                truth[i] = TRUTH[i][d];
                values[i] = column[i];
            }
            if (PairStatistics.pearson(truth, values) > 0.9) {
                return d;
            }
        }
        return -1;
    }
}
