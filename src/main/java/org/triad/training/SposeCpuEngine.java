package org.triad.training;

import java.util.SplittableRandom;
import org.triad.model.CancellationToken;
import org.triad.model.JudgementSet;
import org.triad.model.ProgressListener;
import org.triad.model.Similarity;

/**
 * The plain-Java SPoSE engine: X, its gradient buffer and the Adam moments as flat float
 * arrays. Each step accumulates the sparse cross-entropy gradient of one batch (only the rows
 * the batch touches) on the calling thread, in batch order, then runs one fused dense pass
 * over all of X (L1 subgradient, Adam, clamp, zero the gradient), split by row ranges over
 * the worker threads. Results do not depend on the thread count. Not thread-safe: one engine
 * belongs to the thread that trains.
 */
final class SposeCpuEngine implements SposeEngine {
    private final int dims;
    private final int batchSize;
    private final float[] x;
    private final float[] grad;
    private final Similarity similarity;
    private final float inverseTemperature;
    private final AdamState adam;
    private final RowRangeRunner runner;
    private final RowRangeRunner.RangeTask denseStep;

    /** Initialises X with {@link SposeEngine#initialWeights}. */
    SposeCpuEngine(int itemCount, SposeConfig config, SplittableRandom init) {
        this.dims = config.dims();
        this.batchSize = config.batchSize();
        this.x = SposeEngine.initialWeights(itemCount, dims, init);
        this.similarity = config.similarity();
        this.inverseTemperature = SposeLoss.inverse(config.temperature());
        this.grad = new float[x.length];
        this.adam = new AdamState(x.length, config.learningRate(), config.lambda() / itemCount);
        this.runner = new RowRangeRunner(config.threads(), itemCount, dims);
        this.denseStep = (from, to) -> adam.update(x, grad, from, to);
    }

    @Override
    public String name() {
        return SposeTrainer.engineName(runner.threads());
    }

    @Override
    public SposeLoss.BatchStats epoch(JudgementSet train, int[] order, CancellationToken token,
            ProgressListener progress, String message) {
        SposeLoss.BatchStats stats = new SposeLoss.BatchStats();
        long batches = (order.length + batchSize - 1) / batchSize;
        long batch = 0;
        for (int from = 0; from < order.length; from += batchSize) {
            if (token.isCancelled()) {
                return null;
            }
            int to = Math.min(order.length, from + batchSize);
            SposeLoss.accumulateGradient(x, dims, train, order, from, to, grad, stats,
                    similarity, inverseTemperature);
            adam.beginStep();
            runner.run(denseStep);
            progress.progress(++batch, batches, message);
        }
        return stats;
    }

    @Override
    public float[] copyWeights() {
        return x.clone();
    }

    @Override
    public EngineState exportState() {
        return new EngineState(x.clone(), adam.copyFirstMoment(), adam.copySecondMoment(),
                adam.step());
    }

    @Override
    public void importState(EngineState state) {
        state.requireSize(x.length);
        System.arraycopy(state.weights(), 0, x, 0, x.length);
        adam.restore(state.firstMoment(), state.secondMoment(), state.step());
    }

    @Override
    public int activeDims() {
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
