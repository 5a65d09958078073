package org.triad.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.triad.model.CancellationToken;
import org.triad.model.ProgressListener;
import org.triad.model.Rsm;

/**
 * Compares two RSMs on the off-diagonal upper triangle of their shared items (DESIGN.md §4).
 * Rows are matched by item id, never by position: when the item sets differ, the comparison
 * runs on their intersection in the first RSM's order, and the result names what was left
 * out. A pair (i, j) that is NaN in either RSM is skipped and counted.
 */
public final class RsmComparison {
    /** The fewest shared items a comparison accepts (3 items give 3 pairs). */
    public static final int MIN_SHARED_ITEMS = 3;
    /** Bootstrap replicates when none are given. */
    public static final int DEFAULT_BOOTSTRAP_SAMPLES = 1000;

    private static final Logger LOG = LoggerFactory.getLogger(RsmComparison.class);
    /** |r| is clamped to this before atanh so that r = ±1 stays finite (atanh ≈ ±14.2). */
    private static final double MAX_ABS_R = 1 - 1e-12;
    /** Correlations further than this beyond ±1 are errors, not rounding. */
    private static final double R_TOLERANCE = 1e-9;

    private RsmComparison() {
    }

    /**
     * Computes one statistic between two RSMs.
     *
     * @param first n₁ × n₁ RSM; its row order orders the shared items
     * @param second n₂ × n₂ RSM, any row order
     * @param method the statistic
     * @return the value with the pair and item counts; NaN with a warning when fewer than two
     *         pairs have values in both RSMs
     * @throws IllegalArgumentException when fewer than {@value #MIN_SHARED_ITEMS} items are
     *         shared, or an RSM repeats an id
     */
    public static ComparisonResult compare(Rsm first, Rsm second, ComparisonMethod method) {
        RsmAlignment alignment = align(first, second);
        AlignedPairs pairs = AlignedPairs.of(first, second, alignment);
        double value = pairs.used() < 2 ? Double.NaN : method.apply(pairs.first, pairs.second);
        return result(first, second, method, alignment, pairs, value);
    }

    /**
     * Computes every {@link ComparisonMethod} on one alignment, which is read once.
     *
     * @return one result per method, in {@link ComparisonMethod#values()} order
     * @throws IllegalArgumentException as {@link #compare}
     */
    public static List<ComparisonResult> compareAll(Rsm first, Rsm second) {
        RsmAlignment alignment = align(first, second);
        AlignedPairs pairs = AlignedPairs.of(first, second, alignment);
        List<ComparisonResult> results = new ArrayList<>();
        for (ComparisonMethod method : ComparisonMethod.values()) {
            double value = pairs.used() < 2 ? Double.NaN
                    : method.apply(pairs.first, pairs.second);
            results.add(result(first, second, method, alignment, pairs, value));
        }
        return List.copyOf(results);
    }

    /**
     * The pair values a comparison uses, for plotting one RSM against the other.
     *
     * @param first its row order orders the shared items
     * @param second any row order
     * @return the non-NaN off-diagonal pairs of the shared items, with the skipped count
     * @throws IllegalArgumentException as {@link #compare}
     */
    public static ComparedPairs pairs(Rsm first, Rsm second) {
        RsmAlignment alignment = align(first, second);
        AlignedPairs pairs = AlignedPairs.of(first, second, alignment);
        return new ComparedPairs(pairs.first, pairs.second, pairs.skipped, alignment);
    }

    /**
     * A percentile bootstrap interval over items. Each replicate draws m of the m shared items
     * with replacement (seeded) and evaluates the statistic on every pair of drawn positions
     * a &lt; b: an item drawn c times stands c times, so the pair (u, v) of two distinct items
     * counts c_u·c_v times, while a pair whose two positions drew the same item is excluded,
     * because an RSM's diagonal is not data. Pairs NaN in either RSM stay skipped. The bounds
     * are quantiles of the defined replicates with linear interpolation (numpy's default).
     * <p>Replicates never copy the pair vectors: they weight the original pairs by c_u·c_v,
     * so Pearson and cosine cost one pass over the pairs, Spearman a few (weighted mid-ranks
     * along a sort order computed once), and Kendall τ-a O(p log p) with a Fenwick tree.
     *
     * @param first n₁ × n₁ RSM; its row order orders the shared items
     * @param second n₂ × n₂ RSM
     * @param method the statistic
     * @param samples replicates B ≥ 1, e.g. {@value #DEFAULT_BOOTSTRAP_SAMPLES}
     * @param level coverage in (0, 1), e.g. 0.95
     * @param seed seed of the resampling; equal inputs and seed give equal intervals
     * @param listener told after every replicate
     * @param token checked before every replicate
     * @return the interval, or null when cancelled; bounds are NaN when no replicate was
     *         defined
     * @throws IllegalArgumentException as {@link #compare}, or on a bad B or level
     */
    public static BootstrapInterval bootstrap(Rsm first, Rsm second, ComparisonMethod method,
            int samples, double level, long seed, ProgressListener listener,
            CancellationToken token) {
        if (samples < 1 || !(level > 0 && level < 1)) {
            throw new IllegalArgumentException("need samples ≥ 1 and 0 < level < 1, got "
                    + samples + " and " + level);
        }
        RsmAlignment alignment = align(first, second);
        AlignedPairs pairs = AlignedPairs.of(first, second, alignment);
        double estimate = pairs.used() < 2 ? Double.NaN
                : method.apply(pairs.first, pairs.second);
        ItemBootstrap kernel = new ItemBootstrap(pairs, method);
        double[] replicates = kernel.run(samples, seed, listener, token);
        if (replicates == null) {
            LOG.info("bootstrap of {} cancelled", method.displayName());
            return null;
        }
        double[] defined = Arrays.stream(replicates).filter(r -> !Double.isNaN(r)).sorted()
                .toArray();
        double lower = quantile(defined, (1 - level) / 2);
        double upper = quantile(defined, (1 + level) / 2);
        LOG.info("bootstrap {} = {} [{}, {}] from {} of {} replicates on {} items",
                method.displayName(), estimate, lower, upper, defined.length, samples,
                alignment.sharedCount());
        return new BootstrapInterval(method, estimate, lower, upper, level, samples,
                defined.length, seed);
    }

    /**
     * A bootstrap interval with {@value #DEFAULT_BOOTSTRAP_SAMPLES} replicates at 95 %.
     *
     * @see #bootstrap(Rsm, Rsm, ComparisonMethod, int, double, long, ProgressListener,
     *      CancellationToken)
     */
    public static BootstrapInterval bootstrap(Rsm first, Rsm second, ComparisonMethod method,
            long seed, ProgressListener listener, CancellationToken token) {
        return bootstrap(first, second, method, DEFAULT_BOOTSTRAP_SAMPLES, 0.95, seed,
                listener, token);
    }

    /**
     * The Fisher-z mean of correlations: tanh of the mean of atanh(r). Each |r| is clamped to
     * 1 − 10⁻¹² first, so that a perfect correlation keeps the mean finite instead of
     * swamping it.
     *
     * @param correlations one or more values in [−1, 1] (rounding slack of 10⁻⁹ allowed)
     * @return the back-transformed mean in [−1, 1]
     * @throws IllegalArgumentException when empty, or on NaN or a value outside [−1, 1]
     */
    public static double fisherZMean(double... correlations) {
        if (correlations.length == 0) {
            throw new IllegalArgumentException("no correlations to average");
        }
        double sum = 0;
        for (double r : correlations) {
            if (!(Math.abs(r) <= 1 + R_TOLERANCE)) {
                throw new IllegalArgumentException("not a correlation: " + r);
            }
            double clamped = Math.max(-MAX_ABS_R, Math.min(MAX_ABS_R, r));
            sum += atanh(clamped);
        }
        return Math.tanh(sum / correlations.length);
    }

    /** Odd by construction, so that atanh(−r) = −atanh(r) exactly even near ±1. */
    private static double atanh(double r) {
        double magnitude = Math.abs(r);
        return Math.copySign(0.5 * Math.log1p(2 * magnitude / (1 - magnitude)), r);
    }

    private static RsmAlignment align(Rsm first, Rsm second) {
        RsmAlignment alignment = RsmAlignment.of(first, second);
        if (alignment.sharedCount() < MIN_SHARED_ITEMS) {
            throw new IllegalArgumentException("the RSMs share " + alignment.sharedCount()
                    + " item ids; a comparison needs at least " + MIN_SHARED_ITEMS
                    + " (first has " + first.size() + ", second " + second.size() + ")");
        }
        if (!alignment.isComplete()) {
            LOG.warn("RSM comparison: {}", alignment.warning());
        }
        return alignment;
    }

    private static ComparisonResult result(Rsm first, Rsm second, ComparisonMethod method,
            RsmAlignment alignment, AlignedPairs pairs, double value) {
        String warning = alignment.warning();
        if (pairs.used() < 2) {
            String undefined = pairs.used() + " of " + (pairs.used() + pairs.skipped)
                    + " shared pairs have values in both RSMs; the statistic is undefined";
            warning = warning.isEmpty() ? undefined : warning + "; " + undefined;
        }
        return new ComparisonResult(method, value, pairs.used(), pairs.skipped, first.size(),
                second.size(), alignment.sharedCount(), alignment.onlyInFirst(),
                alignment.onlyInSecond(), warning);
    }

    /** The q-quantile of sorted values, interpolating linearly; NaN when there are none. */
    static double quantile(double[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}
