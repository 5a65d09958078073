package org.triad.analysis;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.triad.model.CancellationToken;
import org.triad.model.ProgressListener;

/**
 * The replicates of {@link RsmComparison#bootstrap}: each one weights the original pairs by
 * how often their two items were drawn instead of building a resampled pair vector, so a
 * replicate allocates nothing and costs one to three passes over the pairs (Kendall: a Fenwick
 * sweep). Package-private; not thread-safe.
 */
final class ItemBootstrap {
    private final AlignedPairs pairs;
    private final ComparisonMethod method;
    /** Pair values centred on their means, so that Pearson's sums lose no digits. */
    private final double[] centredX;
    private final double[] centredY;
    /** Pair indices sorted by x (then y for Kendall), and by y; null when not needed. */
    private final int[] orderX;
    private final int[] orderY;
    /** Dense rank of each pair's y value, for Kendall's Fenwick tree. */
    private final int[] denseY;
    private final double[] itemWeights;
    private final double[] pairWeights;

    ItemBootstrap(AlignedPairs pairs, ComparisonMethod method) {
        this.pairs = pairs;
        this.method = method;
        this.centredX = centred(pairs.first);
        this.centredY = centred(pairs.second);
        boolean ranked = method == ComparisonMethod.SPEARMAN
                || method == ComparisonMethod.KENDALL_TAU_A;
        this.orderX = ranked
                ? PairStatistics.orderBy(pairs.first, pairs.second) : null;
        this.orderY = method == ComparisonMethod.SPEARMAN
                ? PairStatistics.orderBy(pairs.second, pairs.second) : null;
        this.denseY = method == ComparisonMethod.KENDALL_TAU_A
                ? PairStatistics.denseRanks(pairs.second) : null;
        this.itemWeights = new double[pairs.itemCount];
        this.pairWeights = new double[pairs.used()];
    }

    /** B replicates (NaN where undefined), or null when cancelled. */
    double[] run(int samples, long seed, ProgressListener listener, CancellationToken token) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] replicates = new double[samples];
        Scratch scratch = new Scratch(pairs.used(), method, denseY);
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
        for (int p = 0; p < pairWeights.length; p++) {
            pairWeights[p] = itemWeights[pairs.rowItem[p]] * itemWeights[pairs.columnItem[p]];
        }
    }

    private double replicate(Scratch scratch) {
        return switch (method) {
            case PEARSON -> WeightedStatistics.pearson(centredX, centredY, pairWeights);
            case COSINE -> WeightedStatistics.cosine(pairs.first, pairs.second, pairWeights);
            case SPEARMAN -> spearman(scratch);
            case KENDALL_TAU_A -> WeightedStatistics.kendallTauA(orderX, pairs.first, denseY,
                    pairWeights, scratch.fenwick);
        };
    }

    private double spearman(Scratch scratch) {
        double total = WeightedStatistics.midRanks(orderX, pairs.first, pairWeights,
                scratch.ranksX);
        WeightedStatistics.midRanks(orderY, pairs.second, pairWeights, scratch.ranksY);
        return WeightedStatistics.rankPearson(scratch.ranksX, scratch.ranksY, pairWeights,
                (total + 1) / 2);
    }

    private static double[] centred(double[] values) {
        double mean = Arrays.stream(values).sum() / Math.max(1, values.length);
        return Arrays.stream(values).map(v -> v - mean).toArray();
    }

    /** Work arrays reused by every replicate. */
    private static final class Scratch {
        final double[] ranksX;
        final double[] ranksY;
        final double[] fenwick;

        Scratch(int pairCount, ComparisonMethod method, int[] denseY) {
            boolean spearman = method == ComparisonMethod.SPEARMAN;
            ranksX = spearman ? new double[pairCount] : null;
            ranksY = spearman ? new double[pairCount] : null;
            int distinctY = denseY == null ? 0 : Arrays.stream(denseY).max().orElse(0) + 1;
            fenwick = denseY == null ? null : new double[distinctY + 1];
        }
    }
}
