package org.triad.training;

import java.util.List;
import org.triad.model.Embedding;
import org.triad.model.EpochReport;

/**
 * The outcome of a run.
 *
 * @param embedding the best epoch's embedding, pruned and sorted (DESIGN.md §4)
 * @param history one report per completed epoch
 * @param bestEpoch 1-based epoch whose embedding was kept
 * @param cancelled whether the run was cancelled before it stopped by itself
 * @param tripletsPerSecond training throughput over all epochs
 * @param engine which engine ran, e.g. "cpu (plain Java, 2 threads)"
 */
public record TrainingResult(Embedding embedding, List<EpochReport> history, int bestEpoch,
        boolean cancelled, double tripletsPerSecond, String engine) {
}
