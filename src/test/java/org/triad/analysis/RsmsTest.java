package org.triad.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.triad.model.CancellationToken;
import org.triad.model.Embedding;
import org.triad.model.JudgementSet;
import org.triad.model.ProgressListener;
import org.triad.model.Rsm;
import org.triad.model.RsmKind;
import org.triad.testdata.Golden;

/** RSMs against golden.json (numpy) and a direct evaluation of the formula. */
class RsmsTest {
    private static final double GOLDEN_TOLERANCE = 1e-6;

    private static void assertMatrix(double[][] expected, Rsm actual, double tolerance) {
        assertEquals(expected.length, actual.size());
        for (int i = 0; i < expected.length; i++) {
            for (int j = 0; j < expected.length; j++) {
                if (Double.isNaN(expected[i][j])) {
                    assertTrue(Double.isNaN(actual.get(i, j)), "cell " + i + "," + j);
                } else {
                    assertEquals(expected[i][j], actual.get(i, j), tolerance, i + "," + j);
                }
            }
        }
    }

    @Test
    void choiceProbabilityMatchesGolden() {
        Rsm rsm = Rsms.choiceProbability(Golden.w(), ProgressListener.NONE,
                CancellationToken.none());

        assertEquals(RsmKind.CHOICE_PROBABILITY, rsm.kind());
        assertEquals(Golden.ids(5), rsm.itemIds());
        assertMatrix(Golden.matrix("spose_rsm"), rsm, GOLDEN_TOLERANCE);
    }

    @Test
    void choiceProbabilityMatchesTheFormulaAndIgnoresTheThreadCount() {
        Embedding embedding = randomEmbedding(50, 12, 4L);
        double[][] expected = direct(embedding);
        Rsm one = Rsms.choiceProbability(embedding, 1, ProgressListener.NONE,
                CancellationToken.none());
        Rsm three = Rsms.choiceProbability(embedding, 3, ProgressListener.NONE,
                CancellationToken.none());

        assertMatrix(expected, one, 1e-9);
        assertArrayEquals(one.toArray(), three.toArray());
        for (int i = 0; i < 50; i++) {
            for (int j = 0; j < 50; j++) {
                assertEquals(one.get(i, j), one.get(j, i));
            }
        }
    }

    @Test
    void choiceProbabilityReportsProgressAndStopsWhenCancelled() {
        Embedding embedding = randomEmbedding(60, 5, 8L);
        List<long[]> reports = new ArrayList<>();
        Rsm rsm = Rsms.choiceProbability(embedding, 2,
                (done, total, message) -> reports.add(new long[] {done, total}),
                CancellationToken.none());
        CancellationToken token = new CancellationToken();
        token.cancel();

        assertEquals(60 * 59 / 2, reports.get(reports.size() - 1)[0]);
        assertEquals(60 * 59 / 2, reports.get(0)[1]);
        for (int r = 1; r < reports.size(); r++) {
            assertTrue(reports.get(r)[0] > reports.get(r - 1)[0]);
        }
        assertEquals(1.0, rsm.get(7, 7));
        assertNull(Rsms.choiceProbability(embedding, 2, ProgressListener.NONE, token));
    }

    @Test
    void choiceProbabilityStaysFiniteForLargeSimilarities() {
        float[] weights = {30f, 0f, 29f, 1f, 0f, 30f, 1f, 29f};
        Embedding big = new Embedding(Golden.ids(4), 2, weights, List.of());
        Rsm rsm = Rsms.choiceProbability(big, ProgressListener.NONE, CancellationToken.none());

        for (double value : rsm.toArray()) {
            assertTrue(value >= 0 && value <= 1, "value " + value);
        }
        assertTrue(rsm.get(0, 1) > 0.99);
    }

    @Test
    void empiricalMatchesGolden() {
        // golden.py's `choices` (not stored in golden.json): kept, kept, odd one out
        JudgementSet choices = new JudgementSet("choices", 5,
                new int[] {0, 1, 2, 0, 1, 3, 1, 0, 4, 2, 3, 0, 0, 2, 1});
        Rsm rsm = Rsms.empirical(choices, Golden.ids(5));

        assertEquals(RsmKind.EMPIRICAL, rsm.kind());
        assertMatrix(Golden.matrix("empirical_rsm"), rsm, GOLDEN_TOLERANCE);
    }

    @Test
    void dotProductAndCosine() {
        Embedding w = Golden.w();
        Rsm dot = Rsms.dotProduct(w);
        Rsm cosine = Rsms.cosine(w);

        assertEquals(1.0 * 0.9 + 0.0 * 0.1 + 0.05 * 0.0, dot.get(0, 1), 1e-6);
        assertEquals(0.5 * 0.5 + 0.5 * 0.5 + 0.08 * 0.08, dot.get(4, 4), 1e-6);
        assertEquals(dot.get(2, 3) / Math.sqrt(dot.get(2, 2) * dot.get(3, 3)), cosine.get(2, 3),
                1e-12);
        assertEquals(1.0, cosine.get(1, 1));
    }

    static Embedding randomEmbedding(int n, int dims, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] weights = new float[n * dims];
        for (int e = 0; e < weights.length; e++) {
            weights[e] = random.nextDouble() < 0.4 ? 0f : (float) (2 * random.nextDouble());
        }
        return new Embedding(Golden.ids(n), dims, weights, List.of());
    }

    /** The formula of DESIGN.md §4, term by term. */
    private static double[][] direct(Embedding embedding) {
        int n = embedding.itemCount();
        double[][] s = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                for (int d = 0; d < embedding.dims(); d++) {
                    s[i][j] += (double) embedding.weight(i, d) * embedding.weight(j, d);
                }
            }
        }
        double[][] out = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i == j) {
                    out[i][j] = 1;
                    continue;
                }
                for (int k = 0; k < n; k++) {
                    if (k != i && k != j) {
                        double eij = Math.exp(s[i][j]);
                        out[i][j] += eij / (eij + Math.exp(s[i][k]) + Math.exp(s[j][k]));
                    }
                }
                out[i][j] /= n - 2;
            }
        }
        return out;
    }
}
