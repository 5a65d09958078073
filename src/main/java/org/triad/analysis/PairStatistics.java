package org.triad.analysis;

import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;

/**
 * Association statistics between two equally long vectors of finite values, such as the
 * off-diagonal upper triangles of two RSMs. Callers remove NaN pairs first; these methods do
 * not look for them.
 */
public final class PairStatistics {
    private PairStatistics() {
    }

    /**
     * Pearson's product-moment correlation.
     *
     * @param x values, length n ≥ 2, finite
     * @param y values, same length as x, finite
     * @return r in [−1, 1], or NaN when either vector is constant
     */
    public static double pearson(double[] x, double[] y) {
        checkLengths(x, y);
        return new PearsonsCorrelation().correlation(x, y);
    }

    /**
     * Spearman's rank correlation: Pearson's r of the ranks, tied values sharing their average
     * rank.
     *
     * @param x values, length n ≥ 2, finite
     * @param y values, same length as x, finite
     * @return ρ in [−1, 1], or NaN when either vector is constant
     */
    public static double spearman(double[] x, double[] y) {
        checkLengths(x, y);
        return pearson(averageRanks(x), averageRanks(y));
    }

    /**
     * Cosine of the angle between the two vectors (not centred).
     *
     * @param x values, length n ≥ 1, finite
     * @param y values, same length as x, finite
     * @return cosine in [−1, 1], or NaN when either vector is all zeros
     */
    public static double cosine(double[] x, double[] y) {
        checkLengths(x, y);
        double xy = 0;
        double xx = 0;
        double yy = 0;
        for (int i = 0; i < x.length; i++) {
            xy += x[i] * y[i];
            xx += x[i] * x[i];
            yy += y[i] * y[i];
        }
        if (xx == 0 || yy == 0) {
            return Double.NaN;
        }
        return xy / Math.sqrt(xx * yy);
    }

    /**
     * Kendall's τ-a: (concordant − discordant) / (n(n−1)/2), where a pair tied in x or in y
     * counts as neither, so ties pull τ-a towards 0 (unlike τ-b, which rescales for them).
     * O(n log n) time and O(n) memory by Knight's (1966) method: sort by (x, y), then count
     * the discordant pairs as the exchanges of a merge sort on y.
     *
     * @param x values, length n ≥ 2, finite
     * @param y values, same length as x, finite
     * @return τ-a in [−1, 1]
     */
    public static double kendallTauA(double[] x, double[] y) {
        checkLengths(x, y);
        int n = x.length;
        if (n < 2) {
            return Double.NaN;
        }
        int[] order = IndexSort.orderBy(x, y);
        double[] ys = new double[n];
        for (int k = 0; k < n; k++) {
            ys[k] = y[order[k]];
        }
        long tiedX = 0;
        long tiedXy = 0;
        int groupStart = 0;
        int jointStart = 0;
        for (int k = 1; k <= n; k++) {
            boolean sameX = k < n && x[order[k]] == x[order[k - 1]];
            if (!sameX || ys[k] != ys[k - 1]) {
                tiedXy += pairsIn(k - jointStart);
                jointStart = k;
            }
            if (!sameX) {
                tiedX += pairsIn(k - groupStart);
                groupStart = k;
            }
        }
        long discordant = mergeSortCountingExchanges(ys, new double[n], 0, n);
        long tiedY = 0;
        groupStart = 0;
        for (int k = 1; k <= n; k++) {
            if (k == n || ys[k] != ys[k - 1]) {
                tiedY += pairsIn(k - groupStart);
                groupStart = k;
            }
        }
        long all = pairsIn(n);
        long concordantMinusDiscordant = all - tiedX - tiedY + tiedXy - 2 * discordant;
        return concordantMinusDiscordant / (double) all;
    }

    /**
     * Ranks 1..n with ties sharing their average rank (the "average" method of
     * scipy.stats.rankdata).
     *
     * @param values finite values
     * @return a new array of ranks, same length
     */
    public static double[] averageRanks(double[] values) {
        int[] order = IndexSort.order(values);
        double[] ranks = new double[values.length];
        int start = 0;
        for (int k = 1; k <= order.length; k++) {
            if (k < order.length && values[order[k]] == values[order[start]]) {
                continue;
            }
            double rank = (start + k + 1) / 2.0;
            for (int g = start; g < k; g++) {
                ranks[order[g]] = rank;
            }
            start = k;
        }
        return ranks;
    }

    private static void checkLengths(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("vectors differ in length: " + x.length + " and "
                    + y.length);
        }
    }

    private static long pairsIn(long count) {
        return count * (count - 1) / 2;
    }

    /** Dense ranks 0..k−1 of the values (equal values share a rank). */
    static int[] denseRanks(double[] values) {
        int[] order = IndexSort.order(values);
        int[] ranks = new int[values.length];
        int rank = -1;
        for (int k = 0; k < order.length; k++) {
            if (k == 0 || values[order[k]] != values[order[k - 1]]) {
                rank++;
            }
            ranks[order[k]] = rank;
        }
        return ranks;
    }

    /** Sorts a[from, to) ascending and returns how many inversions (i < j, a_i > a_j) it had. */
    private static long mergeSortCountingExchanges(double[] a, double[] scratch, int from,
            int to) {
        if (to - from < 2) {
            return 0;
        }
        int mid = (from + to) >>> 1;
        long exchanges = mergeSortCountingExchanges(a, scratch, from, mid)
                + mergeSortCountingExchanges(a, scratch, mid, to);
        int left = from;
        int right = mid;
        int out = from;
        while (left < mid && right < to) {
            if (a[right] < a[left]) {
                exchanges += mid - left;
                scratch[out++] = a[right++];
            } else {
                scratch[out++] = a[left++];
            }
        }
        while (left < mid) {
            scratch[out++] = a[left++];
        }
        while (right < to) {
            scratch[out++] = a[right++];
        }
        System.arraycopy(scratch, from, a, from, to - from);
        return exchanges;
    }
}
