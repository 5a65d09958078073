package org.triad.training;

import java.util.List;
import org.triad.model.CancellationToken;
import org.triad.model.JudgementSet;

/** Trains a SPoSE embedding (DESIGN.md §4). */
public final class SposeTrainer {
    private final SposeConfig config;

    /** @param config settings of the run */
    public SposeTrainer(SposeConfig config) {
        this.config = config;
    }

    /**
     * Trains until early stopping, maxEpochs or cancellation.
     *
     * @param train training judgements
     * @param validation validation judgements, may be empty (then no early stopping)
     * @param itemIds ids of the item set the judgements index
     */
    public TrainingResult train(JudgementSet train, JudgementSet validation, List<String> itemIds,
            TrainingListener listener, CancellationToken token) {
        throw new UnsupportedOperationException("stub");
    }

    /** Splits a set into (train, validation) by a seeded shuffle; fraction in [0, 1). */
    public static JudgementSet[] split(JudgementSet set, double validationFraction, long seed) {
        throw new UnsupportedOperationException("stub");
    }
}
