package org.triad.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.triad.model.Embedding;

/**
 * Matches the dimensions of two embeddings one to one by the correlation of their columns
 * over the items both share (aligned by item id), with an optimal {@link Hungarian}
 * assignment. When the dimension counts differ, the larger model's surplus stays unmatched.
 */
public final class DimensionMatching {
    /** What the assignment maximises. */
    public enum Criterion {
        /** The sum of Pearson's r of the matched columns: anti-correlated columns repel. */
        CORRELATION("r"),
        /** The sum of |r|: a column may match its mirror image. */
        ABSOLUTE_CORRELATION("|r|");

        private final String symbol;

        Criterion(String symbol) {
            this.symbol = symbol;
        }

        /** "r" or "|r|". */
        public String symbol() {
            return symbol;
        }
    }

    /**
     * One matched pair of dimensions.
     *
     * @param first 0-based column of the first embedding
     * @param second 0-based column of the second embedding
     * @param correlation Pearson's r of the two columns over the shared items; NaN when either
     *     column is constant there
     */
    public record Pair(int first, int second, double correlation) {
    }

    /**
     * The outcome of a matching.
     *
     * @param criterion what was maximised
     * @param pairs matched pairs in the first embedding's column order
     * @param unmatchedFirst 0-based columns of the first embedding left without a partner
     * @param unmatchedSecond 0-based columns of the second embedding left without a partner
     * @param sharedItems items present in both embeddings, the ones correlated over
     */
    public record Result(Criterion criterion, List<Pair> pairs, List<Integer> unmatchedFirst,
            List<Integer> unmatchedSecond, int sharedItems) {
        /** Copies the lists so that the result is immutable. */
        public Result {
            pairs = List.copyOf(pairs);
            unmatchedFirst = List.copyOf(unmatchedFirst);
            unmatchedSecond = List.copyOf(unmatchedSecond);
        }

        /** How many matched pairs have r above {@code threshold} (NaN counts as not). */
        public int countAbove(double threshold) {
            return (int) pairs.stream().filter(pair -> pair.correlation() > threshold).count();
        }

        /** Mean r of the matched pairs, skipping NaN; NaN when none. */
        public double meanCorrelation() {
            return pairs.stream().mapToDouble(Pair::correlation).filter(Double::isFinite)
                    .average().orElse(Double.NaN);
        }
    }

    private DimensionMatching() {
    }

    /**
     * Matches the columns of two embeddings.
     *
     * @param first n₁ × d₁ weights
     * @param second n₂ × d₂ weights; rows are aligned with {@code first}'s by item id
     * @throws IllegalArgumentException when fewer than 3 items are shared
     */
    public static Result match(Embedding first, Embedding second, Criterion criterion) {
        double[][] r = correlations(first, second);
        double[][] cost = new double[first.dims()][second.dims()];
        for (int a = 0; a < cost.length; a++) {
            for (int b = 0; b < cost[a].length; b++) {
                double value = Double.isNaN(r[a][b]) ? 0 : r[a][b];
                cost[a][b] = criterion == Criterion.CORRELATION ? -value : -Math.abs(value);
            }
        }
        int[] assigned = Hungarian.minimumCostAssignment(cost);
        List<Pair> pairs = new ArrayList<>();
        List<Integer> unmatchedFirst = new ArrayList<>();
        boolean[] usedSecond = new boolean[second.dims()];
        for (int a = 0; a < assigned.length; a++) {
            if (assigned[a] < 0) {
                unmatchedFirst.add(a);
            } else {
                pairs.add(new Pair(a, assigned[a], r[a][assigned[a]]));
                usedSecond[assigned[a]] = true;
            }
        }
        List<Integer> unmatchedSecond = new ArrayList<>();
        for (int b = 0; b < usedSecond.length; b++) {
            if (!usedSecond[b]) {
                unmatchedSecond.add(b);
            }
        }
        return new Result(criterion, pairs, unmatchedFirst, unmatchedSecond,
                sharedRows(first, second)[0].length);
    }

    /**
     * Pearson's r between every column of {@code first} and every column of {@code second},
     * over the items both share.
     *
     * @return d₁ × d₂ correlations; NaN where a column is constant over the shared items
     */
    public static double[][] correlations(Embedding first, Embedding second) {
        int[][] rows = sharedRows(first, second);
        if (rows[0].length < 3) {
            throw new IllegalArgumentException("the embeddings share " + rows[0].length
                    + " items; at least 3 are needed");
        }
        double[][] a = standardisedColumns(first, rows[0]);
        double[][] b = standardisedColumns(second, rows[1]);
        double[][] r = new double[a.length][b.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < b.length; j++) {
                double sum = 0;
                for (int k = 0; k < rows[0].length; k++) {
                    sum += a[i][k] * b[j][k];
                }
                r[i][j] = sum / rows[0].length;
            }
        }
        return r;
    }

    /** Row indices of the shared items: [0] in {@code first}, [1] in {@code second}. */
    private static int[][] sharedRows(Embedding first, Embedding second) {
        Map<String, Integer> secondRow = new HashMap<>();
        for (int i = 0; i < second.itemCount(); i++) {
            secondRow.put(second.itemIds().get(i), i);
        }
        int[] inFirst = new int[first.itemCount()];
        int[] inSecond = new int[first.itemCount()];
        int shared = 0;
        for (int i = 0; i < first.itemCount(); i++) {
            Integer j = secondRow.get(first.itemIds().get(i));
            if (j != null) {
                inFirst[shared] = i;
                inSecond[shared++] = j;
            }
        }
        return new int[][] {Arrays.copyOf(inFirst, shared),
            Arrays.copyOf(inSecond, shared)};
    }

    /** Each column over the given rows as z-scores (population SD); NaN when constant. */
    private static double[][] standardisedColumns(Embedding embedding, int[] rows) {
        double[][] z = new double[embedding.dims()][rows.length];
        for (int d = 0; d < embedding.dims(); d++) {
            double sum = 0;
            for (int k = 0; k < rows.length; k++) {
                z[d][k] = embedding.weight(rows[k], d);
                sum += z[d][k];
            }
            double mean = sum / rows.length;
            double squares = 0;
            for (int k = 0; k < rows.length; k++) {
                z[d][k] -= mean;
                squares += z[d][k] * z[d][k];
            }
            double sd = Math.sqrt(squares / rows.length);
            for (int k = 0; k < rows.length; k++) {
                z[d][k] = sd > 0 ? z[d][k] / sd : Double.NaN;
            }
        }
        return z;
    }
}
