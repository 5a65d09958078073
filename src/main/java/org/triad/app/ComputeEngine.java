package org.triad.app;

import java.util.List;
import org.triad.model.CancellationToken;
import org.triad.model.Embedding;
import org.triad.model.ItemSet;
import org.triad.model.JudgementSet;
import org.triad.model.ProgressListener;
import org.triad.model.Rsm;
import org.triad.training.EngineChoice;
import org.triad.training.SposeConfig;
import org.triad.training.TrainingListener;
import org.triad.training.TrainingResult;

/**
 * The core computations the views start, behind one seam so that view models can be tested
 * with a fast stand-in. Every method runs on the calling (worker) thread.
 */
public interface ComputeEngine {
    /** What computes until a run reports its engine, e.g. "cpu (plain Java, 8 threads)". */
    String description();

    /** Splits judgements into (train, validation) by a seeded shuffle. */
    JudgementSet[] split(JudgementSet set, double validationFraction, long seed);

    /** Trains a SPoSE embedding; returns the best epoch's embedding, also when cancelled. */
    TrainingResult train(SposeConfig config, JudgementSet train, JudgementSet validation,
            List<String> itemIds, TrainingListener listener, CancellationToken token);

    /**
     * Trains on the chosen engine (auto, the plain-Java CPU engine or ND4J), as {@code triad
     * train --engine} does; a stand-in without engines ignores the choice.
     */
    default TrainingResult train(SposeConfig config, EngineChoice engine, JudgementSet train,
            JudgementSet validation, List<String> itemIds, TrainingListener listener,
            CancellationToken token) {
        return train(config, train, validation, itemIds, listener, token);
    }

    /** The choice-probability RSM of an embedding; null when cancelled. */
    Rsm choiceProbability(Embedding embedding, ProgressListener listener,
            CancellationToken token);

    /** A permutation of the item indices that groups items by category. */
    int[] categoryOrder(ItemSet items);
}
