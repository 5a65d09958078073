package org.triad.training;

/**
 * Early stopping on the validation loss: remembers the best loss and its epoch and says stop
 * once {@code patience} epochs in a row have not improved on it.
 */
final class EarlyStopping {
    private final int patience;
    private double bestLoss = Double.POSITIVE_INFINITY;
    private int bestEpoch;
    private int epochsWithoutImprovement;

    /** @param patience epochs without a better loss before stopping, ≥ 1 */
    EarlyStopping(int patience) {
        if (patience < 1) {
            throw new IllegalArgumentException("patience must be ≥ 1, not " + patience);
        }
        this.patience = patience;
    }

    /**
     * Records an epoch's validation loss.
     *
     * @return whether it is the best so far (strictly lower; NaN never is)
     */
    boolean record(int epoch, double loss) {
        if (loss < bestLoss) {
            bestLoss = loss;
            bestEpoch = epoch;
            epochsWithoutImprovement = 0;
            return true;
        }
        epochsWithoutImprovement++;
        return false;
    }

    /** Whether patience has run out. */
    boolean shouldStop() {
        return epochsWithoutImprovement >= patience;
    }

    /** Epoch of the best loss, 0 before any was recorded. */
    int bestEpoch() {
        return bestEpoch;
    }

    /** Epochs since the best loss. */
    int epochsWithoutImprovement() {
        return epochsWithoutImprovement;
    }

    /** Continues from a saved state (a checkpoint). */
    void restore(double savedBestLoss, int savedBestEpoch, int savedEpochsWithoutImprovement) {
        bestLoss = savedBestLoss;
        bestEpoch = savedBestEpoch;
        epochsWithoutImprovement = savedEpochsWithoutImprovement;
    }

    /** The best loss, +∞ before any was recorded. */
    double bestLoss() {
        return bestLoss;
    }
}
