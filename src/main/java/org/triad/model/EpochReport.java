package org.triad.model;

/**
 * What one training epoch achieved.
 *
 * @param epoch 1-based epoch number
 * @param trainLoss mean training loss over the epoch (cross-entropy + λ/n·Σ|X|)
 * @param trainAccuracy share of training judgements predicted, ties counted as misses
 * @param validationLoss mean cross-entropy on the validation set, NaN without one
 * @param validationAccuracy share of validation judgements predicted, NaN without one
 * @param activeDims dimensions whose largest weight exceeds 0.1
 * @param seconds wall time of the epoch
 */
public record EpochReport(int epoch, double trainLoss, double trainAccuracy,
        double validationLoss, double validationAccuracy, int activeDims, double seconds) {
}
