package org.triad.analysis;

import java.util.Arrays;

/**
 * Statistics of pair vectors in which pair p stands w_p times (w_p ≥ 0, integer-valued), as
 * in an item bootstrap replicate. Equal to the plain statistic on the vector with every pair
 * repeated w_p times, without building that vector. Package-private kernels.
 */
final class WeightedStatistics {
    private WeightedStatistics() {
    }

    /** Weighted Pearson r; x and y should be roughly centred to keep the sums exact. */
    static double pearson(double[] x, double[] y, double[] w) {
        double sw = 0;
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double syy = 0;
        double sxy = 0;
        for (int p = 0; p < w.length; p++) {
            double wp = w[p];
            double wx = wp * x[p];
            double wy = wp * y[p];
            sw += wp;
            sx += wx;
            sy += wy;
            sxx += wx * x[p];
            syy += wy * y[p];
            sxy += wx * y[p];
        }
        double covariance = sxy - sx * sy / sw;
        double varianceX = sxx - sx * sx / sw;
        double varianceY = syy - sy * sy / sw;
        if (!(sw >= 2) || !(varianceX > 0) || !(varianceY > 0)) {
            return Double.NaN;
        }
        return covariance / Math.sqrt(varianceX * varianceY);
    }

    /** Weighted cosine of the uncentred vectors. */
    static double cosine(double[] x, double[] y, double[] w) {
        double sxx = 0;
        double syy = 0;
        double sxy = 0;
        for (int p = 0; p < w.length; p++) {
            double wx = w[p] * x[p];
            sxx += wx * x[p];
            syy += w[p] * y[p] * y[p];
            sxy += wx * y[p];
        }
        if (!(sxx > 0) || !(syy > 0)) {
            return Double.NaN;
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    /**
     * Where each run of equal values ends, for values already in ascending order.
     *
     * @return for each k that starts a run, the exclusive end of that run; other entries 0
     */
    static int[] runEnds(double[] sortedValues) {
        int[] ends = new int[sortedValues.length];
        int start = 0;
        for (int k = 1; k <= sortedValues.length; k++) {
            if (k == sortedValues.length || sortedValues[k] != sortedValues[start]) {
                ends[start] = k;
                start = k;
            }
        }
        return ends;
    }

    /**
     * Mid-ranks of the repeated vector, everything in ascending value order: a run of equal
     * values with total weight W, after weight C of smaller values, holds ranks C+1..C+W and
     * gets their mean C + (W+1)/2.
     *
     * @param runEnds from {@link #runEnds}
     * @param w weight per pair, in value order
     * @param ranks receives the rank per pair, in value order (weight-0 pairs get one too)
     * @return the total weight N
     */
    static double midRanks(int[] runEnds, double[] w, double[] ranks) {
        double before = 0;
        int start = 0;
        while (start < w.length) {
            int end = runEnds[start];
            double runWeight = 0;
            for (int g = start; g < end; g++) {
                runWeight += w[g];
            }
            double rank = before + (runWeight + 1) / 2;
            for (int g = start; g < end; g++) {
                ranks[g] = rank;
            }
            before += runWeight;
            start = end;
        }
        return before;
    }

    /** Weighted Pearson r of two rank vectors whose weighted mean is known to be mean. */
    static double rankPearson(double[] rx, double[] ry, double[] w, double mean) {
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        double sw = 0;
        for (int p = 0; p < w.length; p++) {
            double dx = rx[p] - mean;
            double dy = ry[p] - mean;
            double wdx = w[p] * dx;
            sw += w[p];
            sxy += wdx * dy;
            sxx += wdx * dx;
            syy += w[p] * dy * dy;
        }
        if (!(sw >= 2) || !(sxx > 0) || !(syy > 0)) {
            return Double.NaN;
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    /**
     * Weighted Kendall τ-a: Σ_{p&lt;q} w_p w_q sgn(x_p − x_q) sgn(y_p − y_q) over N(N−1)/2,
     * N = Σ w. Sweeps the pairs in x order, each run of equal x first querying then entering
     * a Fenwick tree over y ranks, so ties in x add nothing. O(p log p) and exact while the
     * sums stay below 2⁵³.
     *
     * @param xRunEnds {@link #runEnds} of the x values in ascending order
     * @param denseY dense rank 0..k−1 of each pair's y, in x order
     * @param w weight per pair, in x order
     * @param tree scratch of length k + 1, overwritten
     */
    static double kendallTauA(int[] xRunEnds, int[] denseY, double[] w, double[] tree) {
        Arrays.fill(tree, 0);
        double inTree = 0;
        double numerator = 0;
        int start = 0;
        while (start < w.length) {
            int end = xRunEnds[start];
            for (int g = start; g < end; g++) {
                if (w[g] != 0) {
                    double below = prefix(tree, denseY[g]);
                    double above = inTree - prefix(tree, denseY[g] + 1);
                    numerator += w[g] * (below - above);
                }
            }
            for (int g = start; g < end; g++) {
                if (w[g] != 0) {
                    add(tree, denseY[g] + 1, w[g]);
                    inTree += w[g];
                }
            }
            start = end;
        }
        if (!(inTree >= 2)) {
            return Double.NaN;
        }
        return numerator / (inTree * (inTree - 1) / 2);
    }

    /** Sum of the tree's entries at 1-based positions 1..end. */
    private static double prefix(double[] tree, int end) {
        double sum = 0;
        for (int i = end; i > 0; i -= i & -i) {
            sum += tree[i];
        }
        return sum;
    }

    private static void add(double[] tree, int position, double value) {
        for (int i = position; i < tree.length; i += i & -i) {
            tree[i] += value;
        }
    }
}
