package org.triad.training;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.triad.model.Embedding;

/**
 * The runs of a multi-seed job (a λ sweep when several λ values were given), in the order
 * λ, then seed. Every run is kept; "best" only marks one.
 *
 * @param runs the runs that were started, in (λ, seed) order; with {@code cancelled} the
 *     runs that never started are missing
 * @param cancelled whether the job was cancelled before every run finished
 * @param seconds wall time of the whole job
 */
public record MultiSeedResult(List<SeedRun> runs, boolean cancelled, double seconds) {

    /** Copies the list. */
    public MultiSeedResult {
        runs = List.copyOf(runs);
    }

    /**
     * Index of the run with the lowest validation loss (cross-entropy, comparable across λ);
     * ties go to the earlier run; −1 when there is no run.
     */
    public int bestIndex() {
        return bestAmong(IntStream.range(0, runs.size()));
    }

    /** Index of the best run (lowest validation loss) with this λ; −1 when there is none. */
    public int bestIndexFor(double lambda) {
        return bestAmong(IntStream.range(0, runs.size())
                .filter(r -> runs.get(r).lambda() == lambda));
    }

    /** The λ values that have runs, in run order. */
    public List<Double> lambdas() {
        return runs.stream().map(SeedRun::lambda).distinct().toList();
    }

    /** The pruned embeddings of the runs with this λ, in seed order. */
    public List<Embedding> embeddingsFor(double lambda) {
        return runs.stream().filter(r -> r.lambda() == lambda)
                .map(r -> r.result().embedding()).toList();
    }

    private int bestAmong(IntStream candidates) {
        return candidates.boxed()
                .min(Comparator.comparingDouble((Integer r) -> rankLoss(runs.get(r)))
                        .thenComparingInt(r -> r))
                .orElse(-1);
    }

    /** NaN (no validation) ranks after every number. */
    private static double rankLoss(SeedRun run) {
        double loss = run.validationLoss();
        return Double.isNaN(loss) ? Double.POSITIVE_INFINITY : loss;
    }
}
