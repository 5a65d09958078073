package org.triad.training;

import org.triad.model.EpochReport;

/**
 * One finished (or cancelled) run of a multi-seed job: its λ, seed and result.
 *
 * @param lambda the run's L1 weight λ
 * @param seed the run's seed
 * @param config the exact settings it ran with
 * @param result what it produced
 */
public record SeedRun(double lambda, long seed, SposeConfig config, TrainingResult result) {

    /** The report of the kept (best) epoch, or null when no epoch completed. */
    public EpochReport bestReport() {
        int best = result.bestEpoch();
        return result.history().stream().filter(r -> r.epoch() == best).findFirst()
                .orElse(null);
    }

    /**
     * Validation cross-entropy of the kept epoch; +∞ when no epoch completed, NaN without
     * validation judgements.
     */
    public double validationLoss() {
        EpochReport best = bestReport();
        return best == null ? Double.POSITIVE_INFINITY : best.validationLoss();
    }

    /** Validation accuracy of the kept epoch; NaN when no epoch completed or no validation. */
    public double validationAccuracy() {
        EpochReport best = bestReport();
        return best == null ? Double.NaN : best.validationAccuracy();
    }
}
