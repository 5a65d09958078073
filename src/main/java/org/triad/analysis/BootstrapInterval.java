package org.triad.analysis;

/**
 * A percentile bootstrap interval of an RSM comparison, resampling items.
 *
 * @param method the statistic
 * @param estimate the statistic on the original (not resampled) items
 * @param lower lower bound, the (1 − level)/2 quantile of the replicates
 * @param upper upper bound, the (1 + level)/2 quantile of the replicates
 * @param level coverage, e.g. 0.95
 * @param samples replicates drawn
 * @param validSamples replicates whose statistic was defined (not NaN); the quantiles use
 *        only these
 * @param seed seed of the resampling
 */
public record BootstrapInterval(ComparisonMethod method, double estimate, double lower,
        double upper, double level, int samples, int validSamples, long seed) {

    /** Whether the interval holds a value (bounds included). */
    public boolean contains(double value) {
        return value >= lower && value <= upper;
    }
}
