package org.triad.analysis;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.triad.model.CancellationToken;
import org.triad.model.ProgressListener;

/**
 * The replicates of {@link RsmComparison#bootstrap}: each one weights the original pairs by
 * how often their two items were drawn instead of building a resampled pair vector, so a
 * replicate allocates nothing. Pearson and cosine take one pass over the pairs; Spearman and
 * Kendall keep copies of the pairs' item indices in value order, computed once, so that their
 * passes read memory in sequence (1.7 M pairs do not fit in cache). Package-private; not
 * thread-safe.
 */
final class ItemBootstrap {
    private final AlignedPairs pairs;
    private final ComparisonMethod method;
    /** Pair values centred on their means, so that Pearson's sums lose no digits. */
    private final double[] centredX;
    private final double[] centredY;
    private final SortedPairs byX;
    private final SortedPairs byY;
    /** For the pair at position k in x order, its position in y order (Spearman). */
    private final int[] yPositionOfX;
    /** Dense rank of each pair's y value, in x order (Kendall). */
    private final int[] denseYByX;
    private final double[] itemWeights;
    private final double[] weights;

    ItemBootstrap(AlignedPairs pairs, ComparisonMethod method) {
        this.pairs = pairs;
        this.method = method;
        this.centredX = centred(pairs.first);
        this.centredY = centred(pairs.second);
        int[] orderX = IndexSort.order(pairs.first);
        boolean spearman = method == ComparisonMethod.SPEARMAN;
        boolean kendall = method == ComparisonMethod.KENDALL_TAU_A;
        this.byX = spearman || kendall ? new SortedPairs(pairs, pairs.first, orderX) : null;
        int[] orderY = spearman ? IndexSort.order(pairs.second) : null;
        this.byY = spearman ? new SortedPairs(pairs, pairs.second, orderY) : null;
        this.yPositionOfX = spearman ? positionsIn(orderX, orderY) : null;
        this.denseYByX = kendall ? gather(PairStatistics.denseRanks(pairs.second), orderX)
                : null;
        this.itemWeights = new double[pairs.itemCount];
        this.weights = new double[pairs.used()];
    }

    /** B replicates (NaN where undefined), or null when cancelled. */
    double[] run(int samples, long seed, ProgressListener listener, CancellationToken token) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] replicates = new double[samples];
        Scratch scratch = new Scratch(pairs.used(), method, denseYByX);
        for (int b = 0; b < samples; b++) {
            if (token.isCancelled()) {
                return null;
            }
            drawItems(random);
            replicates[b] = replicate(scratch);
            listener.progress(b + 1, samples, "bootstrap " + method.displayName());
        }
        return replicates;
    }

    private void drawItems(SplittableRandom random) {
        int m = itemWeights.length;
        Arrays.fill(itemWeights, 0);
        for (int draw = 0; draw < m; draw++) {
            itemWeights[random.nextInt(m)]++;
        }
    }

    private double replicate(Scratch scratch) {
        return switch (method) {
            case PEARSON -> WeightedStatistics.pearson(centredX, centredY,
                    pairWeights(pairs.rowItem, pairs.columnItem, weights));
            case COSINE -> WeightedStatistics.cosine(pairs.first, pairs.second,
                    pairWeights(pairs.rowItem, pairs.columnItem, weights));
            case SPEARMAN -> spearman(scratch);
            case KENDALL_TAU_A -> WeightedStatistics.kendallTauA(byX.runEnds, denseYByX,
                    pairWeights(byX.rowItem, byX.columnItem, weights), scratch.fenwick);
        };
    }

    /** Weight c_u·c_v of each pair (u, v), in the order of the given item arrays. */
    private double[] pairWeights(int[] rowItem, int[] columnItem, double[] out) {
        for (int k = 0; k < out.length; k++) {
            out[k] = itemWeights[rowItem[k]] * itemWeights[columnItem[k]];
        }
        return out;
    }

    private double spearman(Scratch scratch) {
        WeightedStatistics.midRanks(byY.runEnds,
                pairWeights(byY.rowItem, byY.columnItem, weights), scratch.ranksY);
        double[] weightsX = pairWeights(byX.rowItem, byX.columnItem, weights);
        double total = WeightedStatistics.midRanks(byX.runEnds, weightsX, scratch.ranksX);
        for (int k = 0; k < weightsX.length; k++) {
            scratch.ranksYByX[k] = scratch.ranksY[yPositionOfX[k]];
        }
        return WeightedStatistics.rankPearson(scratch.ranksX, scratch.ranksYByX, weightsX,
                (total + 1) / 2);
    }

    private static double[] centred(double[] values) {
        double mean = Arrays.stream(values).sum() / Math.max(1, values.length);
        return Arrays.stream(values).map(v -> v - mean).toArray();
    }

    private static int[] gather(int[] values, int[] order) {
        int[] out = new int[order.length];
        for (int k = 0; k < order.length; k++) {
            out[k] = values[order[k]];
        }
        return out;
    }

    /** For each position k of order a, where the same pair sits in order b. */
    private static int[] positionsIn(int[] a, int[] b) {
        int[] positionInB = new int[b.length];
        for (int k = 0; k < b.length; k++) {
            positionInB[b[k]] = k;
        }
        return gather(positionInB, a);
    }

    /** The pairs' item indices and runs of equal values, in ascending value order. */
    private static final class SortedPairs {
        final int[] rowItem;
        final int[] columnItem;
        final int[] runEnds;

        SortedPairs(AlignedPairs pairs, double[] values, int[] order) {
            rowItem = gather(pairs.rowItem, order);
            columnItem = gather(pairs.columnItem, order);
            double[] sorted = new double[order.length];
            for (int k = 0; k < order.length; k++) {
                sorted[k] = values[order[k]];
            }
            runEnds = WeightedStatistics.runEnds(sorted);
        }
    }

    /** Work arrays reused by every replicate. */
    private static final class Scratch {
        final double[] ranksX;
        final double[] ranksY;
        final double[] ranksYByX;
        final double[] fenwick;

        Scratch(int pairCount, ComparisonMethod method, int[] denseY) {
            boolean spearman = method == ComparisonMethod.SPEARMAN;
            ranksX = spearman ? new double[pairCount] : null;
            ranksY = spearman ? new double[pairCount] : null;
            ranksYByX = spearman ? new double[pairCount] : null;
            int distinctY = denseY == null ? 0 : Arrays.stream(denseY).max().orElse(0) + 1;
            fenwick = denseY == null ? null : new double[distinctY + 1];
        }
    }
}
