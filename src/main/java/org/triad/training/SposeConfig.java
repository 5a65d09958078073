package org.triad.training;

/**
 * Settings of one SPoSE run (DESIGN.md §4).
 *
 * @param dims initial dimensions, ≥ 1
 * @param lambda L1 weight λ ≥ 0; the penalty is (λ / n_items)·Σ|X|
 * @param learningRate Adam step size, &gt; 0
 * @param batchSize judgements per step, ≥ 1; the last batch of an epoch may be smaller
 * @param maxEpochs upper bound on epochs, ≥ 1
 * @param patience epochs without a better validation loss before stopping, ≥ 1
 * @param seed seed of initialisation and shuffling
 * @param threads worker threads, ≥ 1; the result does not depend on it
 */
public record SposeConfig(int dims, double lambda, double learningRate, int batchSize,
        int maxEpochs, int patience, long seed, int threads) {

    /** Default patience: see {@link #defaults()}. */
    public static final int DEFAULT_PATIENCE = 5;

    /** Rejects settings outside the ranges above. */
    public SposeConfig {
        require(dims >= 1, "dims must be ≥ 1, not " + dims);
        require(lambda >= 0 && Double.isFinite(lambda), "lambda must be ≥ 0, not " + lambda);
        require(learningRate > 0 && Double.isFinite(learningRate),
                "learning rate must be > 0, not " + learningRate);
        require(batchSize >= 1, "batch size must be ≥ 1, not " + batchSize);
        require(maxEpochs >= 1, "max epochs must be ≥ 1, not " + maxEpochs);
        require(patience >= 1, "patience must be ≥ 1, not " + patience);
        require(threads >= 1, "threads must be ≥ 1, not " + threads);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    /**
     * Defaults for human THINGS data: 100 dims, λ 0.008, lr 0.001, batch 100, at most 500
     * epochs, patience {@value #DEFAULT_PATIENCE}, seed 1, one thread per core (at most 4;
     * the dense step is bound by memory bandwidth, so more threads do not pay).
     *
     * <p>On the 156,098-judgement THINGS benchmark the validation cross-entropy bottoms out
     * around epoch 15 and then rises steadily as the model overfits, so a short patience
     * loses nothing and saves time.
     */
    public static SposeConfig defaults() {
        int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        return new SposeConfig(100, 0.008, 0.001, 100, 500, DEFAULT_PATIENCE, 1L, threads);
    }

    /** The same settings with another seed. */
    public SposeConfig withSeed(long newSeed) {
        return new SposeConfig(dims, lambda, learningRate, batchSize, maxEpochs, patience,
                newSeed, threads);
    }

    /** The same settings with another thread count. */
    public SposeConfig withThreads(int newThreads) {
        return new SposeConfig(dims, lambda, learningRate, batchSize, maxEpochs, patience, seed,
                newThreads);
    }

    /** The same settings with other stopping rules. */
    public SposeConfig withStopping(int newMaxEpochs, int newPatience) {
        return new SposeConfig(dims, lambda, learningRate, batchSize, newMaxEpochs, newPatience,
                seed, threads);
    }
}
