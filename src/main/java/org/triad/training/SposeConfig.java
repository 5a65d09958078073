package org.triad.training;

/**
 * Settings of one SPoSE run (DESIGN.md §4).
 *
 * @param dims initial dimensions
 * @param lambda L1 weight λ; the penalty is (λ / n_items)·Σ|X|
 * @param learningRate Adam step size
 * @param batchSize judgements per step; the last batch of an epoch may be smaller
 * @param maxEpochs upper bound on epochs
 * @param patience epochs without a better validation loss before stopping
 * @param seed seed of initialisation and shuffling
 * @param threads worker threads, ≥ 1
 */
public record SposeConfig(int dims, double lambda, double learningRate, int batchSize,
        int maxEpochs, int patience, long seed, int threads) {

    /** Defaults for human THINGS data: 100 dims, λ 0.008, lr 0.001, batch 100. */
    public static SposeConfig defaults() {
        return new SposeConfig(100, 0.008, 0.001, 100, 500, 10, 1L,
                Runtime.getRuntime().availableProcessors());
    }
}
