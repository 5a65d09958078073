package org.triad.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.triad.model.Embedding;

/**
 * A consensus embedding from several runs: pool every run's dimensions, visit them from the
 * most to the least reproducible (mean held-out best-match r, {@link DimensionReproducibility}),
 * and keep a dimension unless it correlates above {@link #DUPLICATE_R} over all items with one
 * already kept. What stays is the set of distinct dimensions the runs agree on most, ranked by
 * reproducibility.
 */
public final class ConsensusDimensions {
    /** Pearson r over all items above which a dimension duplicates a kept one. */
    public static final double DUPLICATE_R = 0.4;

    private ConsensusDimensions() {
    }

    /**
     * The chosen columns, as an embedding labelled with their origin.
     *
     * @param runs the embeddings the report was computed from (same items, same order)
     * @param report their reproducibility
     * @param maxDims upper bound on the columns returned, ≥ 1
     * @param minReproducibility columns with a lower mean held-out r are not kept
     * @return n_items × kept embedding; column labels "run R dim D (r 0.93)", 1-based R and D
     */
    public static Embedding select(List<Embedding> runs, DimensionReproducibility.Report report,
            int maxDims, double minReproducibility) {
        DimensionReproducibility.checkRuns(runs);
        if (maxDims < 1) {
            throw new IllegalArgumentException("maxDims must be ≥ 1, not " + maxDims);
        }
        List<DimensionReproducibility.DimensionScore> order = new ArrayList<>(
                report.dimensions());
        order.sort(Comparator.comparingDouble(
                (DimensionReproducibility.DimensionScore d) -> -d.meanHeldOutR())
                .thenComparingInt(DimensionReproducibility.DimensionScore::run)
                .thenComparingInt(DimensionReproducibility.DimensionScore::dim));
        int[] allItems = IntStream.range(0, runs.get(0).itemCount()).toArray();
        List<DimensionReproducibility.DimensionScore> kept = new ArrayList<>();
        List<double[]> keptColumns = new ArrayList<>();
        for (DimensionReproducibility.DimensionScore candidate : order) {
            if (kept.size() == maxDims || candidate.meanHeldOutR() < minReproducibility) {
                break;
            }
            double[] column = DimensionReproducibility.standardizedColumns(
                    runs.get(candidate.run()), allItems)[candidate.dim()];
            if (column != null && !duplicates(column, keptColumns)) {
                kept.add(candidate);
                keptColumns.add(column);
            }
        }
        return assemble(runs, kept);
    }

    private static boolean duplicates(double[] column, List<double[]> keptColumns) {
        for (double[] other : keptColumns) {
            if (DimensionReproducibility.dot(column, other) > DUPLICATE_R) {
                return true;
            }
        }
        return false;
    }

    private static Embedding assemble(List<Embedding> runs,
            List<DimensionReproducibility.DimensionScore> kept) {
        int items = runs.get(0).itemCount();
        int dims = kept.size();
        float[] weights = new float[items * dims];
        List<String> labels = new ArrayList<>();
        for (int c = 0; c < dims; c++) {
            DimensionReproducibility.DimensionScore score = kept.get(c);
            Embedding run = runs.get(score.run());
            for (int i = 0; i < items; i++) {
                weights[i * dims + c] = run.weight(i, score.dim());
            }
            labels.add(String.format(Locale.ROOT, "run %d dim %d (r %.2f)", score.run() + 1,
                    score.dim() + 1, score.meanHeldOutR()));
        }
        return new Embedding(runs.get(0).itemIds(), dims, weights, dims == 0 ? List.of()
                : labels);
    }
}
