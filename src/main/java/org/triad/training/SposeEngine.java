package org.triad.training;

import java.util.SplittableRandom;
import org.triad.model.CancellationToken;
import org.triad.model.JudgementSet;
import org.triad.model.ProgressListener;

/**
 * One SPoSE optimiser over an n_items × dims weight matrix X (DESIGN.md §4): the maths of
 * {@link SposeLoss} and {@link AdamState}, behind a small interface so that the trainer does not
 * care whether plain Java or ND4J runs it. An engine, and any native arrays it holds, belongs to
 * the thread that trains; everything it hands out is a copy.
 */
interface SposeEngine extends AutoCloseable {
    /** A display name naming the engine and its device, e.g. "cpu (plain Java, 2 threads)". */
    String name();

    /**
     * One pass over {@code order} in batches of the configured size (the last one smaller);
     * checks the token before every batch and reports each finished batch to
     * {@code progress}.
     *
     * @param train training judgements, indexing the rows of X
     * @param order positions in {@code train}, in the order to train them
     * @param message passed on to {@code progress}, e.g. "epoch 3"
     * @return the epoch's running cross-entropy and accuracy, or null when cancelled
     */
    SposeLoss.BatchStats epoch(JudgementSet train, int[] order, CancellationToken token,
            ProgressListener progress, String message);

    /** A copy of X, row-major n_items × dims. */
    float[] copyWeights();

    /** Columns of X whose largest weight exceeds {@link Pruning#THRESHOLD}. */
    int activeDims();

    /** A copy of everything the next step depends on: X, the Adam moments and step count. */
    EngineState exportState();

    /**
     * Replaces X, the Adam moments and the step count; continuing from an imported state
     * gives the same result as never having stopped.
     *
     * @throws IllegalArgumentException when the arrays do not have n_items × dims entries
     */
    void importState(EngineState state);

    /** Frees threads and native memory; the engine is unusable afterwards. */
    @Override
    void close();

    /**
     * The initial X every engine starts from: N(0.1, 0.01²) entries drawn row by row from
     * {@code init} (via {@link SplittableRandom#nextGaussian()}), clamped at 0 so X starts
     * feasible.
     *
     * @return row-major itemCount × dims
     */
    static float[] initialWeights(int itemCount, int dims, SplittableRandom init) {
        float[] x = new float[itemCount * dims];
        for (int e = 0; e < x.length; e++) {
            x[e] = (float) Math.max(0.0, 0.1 + 0.01 * init.nextGaussian());
        }
        return x;
    }

    /** Makes an engine for a run. */
    @FunctionalInterface
    interface Factory {
        /**
         * @param itemCount n_items, the rows of X
         * @param config the run's settings
         * @param init the random stream the initial X is drawn from
         */
        SposeEngine create(int itemCount, SposeConfig config, SplittableRandom init);
    }
}
