package org.triad.training;

import java.util.SplittableRandom;
import org.triad.model.CancellationToken;
import org.triad.model.JudgementSet;
import org.triad.model.ProgressListener;

/**
 * The plain-Java SPoSE engine: X, its gradient buffer and the Adam moments as flat float
 * arrays. Each step accumulates the sparse cross-entropy gradient of one batch (only the rows
 * the batch touches) on the calling thread, in batch order, then runs one fused dense pass
 * over all of X (L1 subgradient, Adam, clamp, zero the gradient), split by row ranges over
 * the worker threads. Results do not depend on the thread count. Not thread-safe: one engine
 * belongs to the thread that trains.
 */
final class SposeCpuEngine implements AutoCloseable {
    private final int itemCount;
    private final int dims;
    private final int batchSize;
    private final float[] x;
    private final float[] grad;
    private final AdamState adam;
    private final RowRangeRunner runner;
    private final RowRangeRunner.RangeTask denseStep;

    /**
     * Initialises X with N(0.1, 0.01²) entries drawn row by row from {@code init} (a seeded
     * {@link SplittableRandom}, Gaussian via {@link SplittableRandom#nextGaussian()}), clamped
     * at 0 so X starts feasible.
     */
    SposeCpuEngine(int itemCount, SposeConfig config, SplittableRandom init) {
        this.itemCount = itemCount;
        this.dims = config.dims();
        this.batchSize = config.batchSize();
        this.x = new float[itemCount * dims];
        for (int e = 0; e < x.length; e++) {
            x[e] = (float) Math.max(0.0, 0.1 + 0.01 * init.nextGaussian());
        }
        this.grad = new float[x.length];
        this.adam = new AdamState(x.length, config.learningRate(), config.lambda() / itemCount);
        this.runner = new RowRangeRunner(config.threads(), itemCount, dims);
        this.denseStep = (from, to) -> adam.update(x, grad, from, to);
    }

    /**
     * One pass over {@code order} in batches of batchSize (the last one smaller); checks the
     * token before every batch and reports each finished batch to {@code progress}.
     *
     * @return the epoch's running cross-entropy and accuracy, or null when cancelled
     */
    SposeLoss.BatchStats epoch(JudgementSet train, int[] order, CancellationToken token,
            ProgressListener progress, String message) {
        SposeLoss.BatchStats stats = new SposeLoss.BatchStats();
        long batches = (order.length + batchSize - 1) / batchSize;
        long batch = 0;
        for (int from = 0; from < order.length; from += batchSize) {
            if (token.isCancelled()) {
                return null;
            }
            int to = Math.min(order.length, from + batchSize);
            SposeLoss.accumulateGradient(x, dims, train, order, from, to, grad, stats);
            adam.beginStep();
            runner.run(denseStep);
            progress.progress(++batch, batches, message);
        }
        return stats;
    }

    /** The live weights (row-major n_items × dims); callers must not keep or modify them. */
    float[] weights() {
        return x;
    }

    /** A copy of the weights. */
    float[] copyWeights() {
        return x.clone();
    }

    /** Number of items (rows). */
    int itemCount() {
        return itemCount;
    }

    /** Columns whose largest weight exceeds {@link Pruning#THRESHOLD}. */
    int activeDims() {
        return Pruning.activeDims(x, dims);
    }

    /** Threads the dense pass uses. */
    int threads() {
        return runner.threads();
    }

    @Override
    public void close() {
        runner.close();
    }
}
