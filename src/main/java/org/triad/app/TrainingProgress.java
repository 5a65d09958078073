package org.triad.app;

import java.util.List;
import java.util.Locale;
import org.triad.model.EpochReport;

/**
 * Where a run stands under its stopping rule. Training stops when the validation loss has not
 * improved for {@code patience} epochs, or at {@code maxEpochs}; so after epoch e with the best
 * loss at epoch b it will stop at epoch min(maxEpochs, b + patience) unless the loss improves
 * again. Progress is measured against that bound (it moves back when the loss improves), and
 * the time left is the least it can be: the epochs to the bound at the recent epoch time.
 *
 * @param epoch epochs done
 * @param bestEpoch epoch of the lowest validation loss; the last epoch without validation
 * @param stopBound the epoch at which the run stops unless validation improves again
 * @param secondsLeft seconds to the bound at the recent time per epoch
 * @param earlyStopping whether the validation rule applies (false without validation)
 */
record TrainingProgress(int epoch, int bestEpoch, int stopBound, double secondsLeft,
        boolean earlyStopping) {

    /** Epochs whose mean time estimates the next ones: recent, but not a single outlier. */
    static final int RECENT_EPOCHS = 3;

    /**
     * The progress after the reported epochs.
     *
     * @param history one report per finished epoch, in order; not empty
     * @param maxEpochs the run's upper bound on epochs
     * @param patience epochs without a better validation loss before stopping
     */
    static TrainingProgress of(List<EpochReport> history, int maxEpochs, int patience) {
        EpochReport last = history.get(history.size() - 1);
        int best = last.epoch();
        double bestLoss = Double.POSITIVE_INFINITY;
        boolean validated = false;
        for (EpochReport report : history) {
            if (report.validationLoss() < bestLoss) {
                bestLoss = report.validationLoss();
                best = report.epoch();
                validated = true;
            }
        }
        int bound = validated ? Math.min(maxEpochs, best + patience) : maxEpochs;
        bound = Math.max(bound, last.epoch());
        double recent = history.subList(Math.max(0, history.size() - RECENT_EPOCHS),
                history.size()).stream().mapToDouble(EpochReport::seconds).average().orElse(0);
        return new TrainingProgress(last.epoch(), best, bound, recent * (bound - last.epoch()),
                validated);
    }

    /** Share of the way to the stop bound, in [0, 1]. */
    double fraction() {
        return stopBound == 0 ? 0 : Math.min(1.0, epoch / (double) stopBound);
    }

    /**
     * "Epoch 12 · best 9 · stops after epoch 14 unless validation improves (patience 5, at
     * most 500) · at least 6 s left", or with no validation "Epoch 12 of 500 · 40 s left".
     */
    String describe(int patience, int maxEpochs) {
        if (!earlyStopping) {
            return String.format(Locale.ROOT, "Epoch %d of %d · %s left", epoch, maxEpochs,
                    duration(secondsLeft));
        }
        String rule = stopBound >= maxEpochs
                ? String.format(Locale.ROOT, "stops at the limit of %d epochs", maxEpochs)
                : String.format(Locale.ROOT, "stops after epoch %d unless validation improves "
                        + "(patience %d, at most %d)", stopBound, patience, maxEpochs);
        return String.format(Locale.ROOT, "Epoch %d · best %d · %s · at least %s left", epoch,
                bestEpoch, rule, duration(secondsLeft));
    }

    /** "45 s", "3 min 20 s", "1 h 05 min". */
    static String duration(double seconds) {
        long s = Math.round(Math.max(0, seconds));
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", s / 3600, (s % 3600) / 60);
    }
}
