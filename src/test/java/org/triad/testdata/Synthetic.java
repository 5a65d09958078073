package org.triad.testdata;

import java.util.SplittableRandom;
import org.triad.model.JudgementSet;

/** Seeded synthetic judgements from a planted sparse embedding, for fast training tests. */
public final class Synthetic {
    private Synthetic() {
    }

    /**
     * Judgements of random triplets answered by the softmax rule on a planted embedding whose
     * items each load on one of {@code dims} dimensions (weight 2) plus noise.
     */
    public static JudgementSet judgements(int items, int dims, int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] x = new double[items][dims];
        for (int i = 0; i < items; i++) {
            x[i][i % dims] = 2.0;
            for (int d = 0; d < dims; d++) {
                x[i][d] += 0.2 * random.nextDouble();
            }
        }
        int[] packed = new int[count * 3];
        for (int t = 0; t < count; t++) {
            int a = random.nextInt(items);
            int b = distinct(random, items, a, -1);
            int c = distinct(random, items, a, b);
            double ab = Math.exp(dot(x[a], x[b]));
            double ac = Math.exp(dot(x[a], x[c]));
            double bc = Math.exp(dot(x[b], x[c]));
            double u = random.nextDouble() * (ab + ac + bc);
            int[] kept = u < ab ? new int[] {a, b, c} : u < ab + ac ? new int[] {a, c, b}
                    : new int[] {b, c, a};
            System.arraycopy(kept, 0, packed, 3 * t, 3);
        }
        return new JudgementSet("synthetic", items, packed);
    }

    private static int distinct(SplittableRandom random, int items, int first, int second) {
        int value;
        do {
            value = random.nextInt(items);
        } while (value == first || value == second);
        return value;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int d = 0; d < a.length; d++) {
            sum += a[d] * b[d];
        }
        return sum;
    }
}
