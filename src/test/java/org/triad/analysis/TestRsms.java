package org.triad.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.triad.model.Rsm;
import org.triad.model.RsmKind;

/** Seeded random RSMs for tests. */
final class TestRsms {
    private TestRsms() {
    }

    static List<String> ids(int n) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add("item" + i);
        }
        return ids;
    }

    /** Dot products of random 3-d points plus symmetric noise; diagonal 1. */
    static double[] values(int n, double noise, long seed) {
        Random random = new Random(seed);
        double[][] points = new double[n][3];
        for (double[] point : points) {
            for (int d = 0; d < 3; d++) {
                point[d] = random.nextDouble();
            }
        }
        double[] values = new double[n * n];
        for (int i = 0; i < n; i++) {
            values[i * n + i] = 1;
            for (int j = i + 1; j < n; j++) {
                double dot = 0;
                for (int d = 0; d < 3; d++) {
                    dot += points[i][d] * points[j][d];
                }
                double v = dot / 3 + noise * random.nextGaussian();
                values[i * n + j] = v;
                values[j * n + i] = v;
            }
        }
        return values;
    }

    static Rsm rsm(List<String> ids, double[] values) {
        return new Rsm(RsmKind.COSINE, ids, values);
    }

    /** Two RSMs on the same random points with independent noise. */
    static Rsm[] correlatedPair(int n, long seed) {
        double[] a = values(n, 0.02, seed);
        double[] b = a.clone();
        Random random = new Random(seed + 1);
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double v = a[i * n + j] + 0.05 * random.nextGaussian();
                b[i * n + j] = v;
                b[j * n + i] = v;
            }
        }
        return new Rsm[] {rsm(ids(n), a), rsm(ids(n), b)};
    }

    /** The same RSM with its rows and columns permuted. */
    static Rsm permuted(Rsm rsm, int[] order) {
        int n = rsm.size();
        double[] values = new double[n * n];
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(rsm.itemIds().get(order[i]));
            for (int j = 0; j < n; j++) {
                values[i * n + j] = rsm.get(order[i], order[j]);
            }
        }
        return rsm(ids, values);
    }

    static int[] shuffle(int n, long seed) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(seed));
        return order.stream().mapToInt(Integer::intValue).toArray();
    }
}
