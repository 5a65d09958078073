package org.triad.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.triad.model.Embedding;

/**
 * Reproducibility of dimensions across runs (seeds) of the same model (DESIGN.md §4,
 * Hebart et al. 2020): the items are split once, seeded, into 80 % for matching and 20 % for
 * scoring. For every ordered pair of runs (A, B) and every dimension of A, the dimension of B
 * with the largest Pearson correlation on the matching items is its match, and the
 * correlation of the two on the held-out items is that dimension's score against B. Scoring on
 * items that did not take part in the matching keeps the best-of-many choice from inflating r.
 *
 * <p>A dimension's reproducibility is the mean of its held-out r over all other runs; it is
 * reproducible against a run when that r exceeds the threshold (0.8 by convention). A
 * dimension that is constant on either item part (r undefined) scores 0 there.
 */
public final class DimensionReproducibility {
    /** The conventional threshold of a reproduced dimension. */
    public static final double THRESHOLD = 0.8;

    /** The share of items used for matching; the rest score the match. */
    public static final double MATCH_FRACTION = 0.8;

    private DimensionReproducibility() {
    }

    /**
     * The reproducibility of one dimension of one run.
     *
     * @param run index of the run in the input list
     * @param dim column of that run's embedding
     * @param meanHeldOutR mean held-out r of its matches over all other runs
     * @param shareAbove share of the other runs whose match has held-out r &gt; the threshold
     */
    public record DimensionScore(int run, int dim, double meanHeldOutR, double shareAbove) {
    }

    /**
     * The reproducibility of every dimension of every run.
     *
     * @param dimensions one score per (run, dimension), runs in input order, then columns
     * @param threshold the r above which a match counts as reproduced
     */
    public record Report(List<DimensionScore> dimensions, double threshold) {

        /** Share of all (dimension, other run) matches with held-out r above the threshold. */
        public double shareAbove() {
            return dimensions.stream().mapToDouble(DimensionScore::shareAbove).average()
                    .orElse(Double.NaN);
        }

        /** Share of dimensions whose mean held-out r is above the threshold. */
        public double shareOfDimensionsAbove() {
            return dimensions.stream().filter(d -> d.meanHeldOutR() > threshold).count()
                    / (double) Math.max(1, dimensions.size());
        }

        /** The scores of one run's dimensions, in column order. */
        public List<DimensionScore> ofRun(int run) {
            return dimensions.stream().filter(d -> d.run() == run).toList();
        }
    }

    /**
     * Scores every dimension of every run against all other runs.
     *
     * @param runs two or more embeddings of the same items (same ids, same order)
     * @param seed seed of the 80/20 item split
     * @throws IllegalArgumentException with fewer than two runs, item sets that differ, or
     *     fewer than 10 items (too few to split)
     */
    public static Report compute(List<Embedding> runs, long seed) {
        checkRuns(runs);
        int[][] parts = splitItems(runs.get(0).itemCount(), seed);
        List<double[][]> match = new ArrayList<>();
        List<double[][]> score = new ArrayList<>();
        for (Embedding run : runs) {
            match.add(standardizedColumns(run, parts[0]));
            score.add(standardizedColumns(run, parts[1]));
        }
        int count = runs.size();
        double[][][] heldOut = new double[count][count][];
        IntStream.range(0, count * count).parallel().forEach(pair -> {
            int a = pair / count;
            int b = pair % count;
            if (a != b) {
                heldOut[a][b] = heldOutMatches(match.get(a), match.get(b), score.get(a),
                        score.get(b));
            }
        });
        return new Report(scores(runs, heldOut), THRESHOLD);
    }

    private static List<DimensionScore> scores(List<Embedding> runs, double[][][] heldOut) {
        List<DimensionScore> out = new ArrayList<>();
        int count = runs.size();
        for (int a = 0; a < count; a++) {
            for (int dim = 0; dim < runs.get(a).dims(); dim++) {
                double sum = 0;
                int above = 0;
                for (int b = 0; b < count; b++) {
                    if (b != a) {
                        double r = heldOut[a][b][dim];
                        sum += r;
                        above += r > THRESHOLD ? 1 : 0;
                    }
                }
                out.add(new DimensionScore(a, dim, sum / (count - 1),
                        (double) above / (count - 1)));
            }
        }
        return out;
    }

    /**
     * For each column of A: the held-out r of its best-matching column of B.
     *
     * @param matchA standardised columns of A on the matching items (dims × items)
     * @return one r per column of A, 0 where undefined
     */
    static double[] heldOutMatches(double[][] matchA, double[][] matchB, double[][] scoreA,
            double[][] scoreB) {
        double[] out = new double[matchA.length];
        for (int i = 0; i < matchA.length; i++) {
            int best = -1;
            double bestR = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < matchB.length; j++) {
                double r = dot(matchA[i], matchB[j]);
                if (r > bestR) {
                    bestR = r;
                    best = j;
                }
            }
            double r = best < 0 ? Double.NaN : dot(scoreA[i], scoreB[best]);
            out[i] = Double.isNaN(r) ? 0 : r;
        }
        return out;
    }

    /** Σ a·b, or NaN when either is null (a constant column). */
    static double dot(double[] a, double[] b) {
        if (a == null || b == null) {
            return Double.NaN;
        }
        double sum = 0;
        for (int k = 0; k < a.length; k++) {
            sum += a[k] * b[k];
        }
        return sum;
    }

    /**
     * The columns of an embedding restricted to some items, centred and scaled to unit
     * length, so that the dot product of two is their Pearson r; a constant column is null.
     *
     * @return dims × items.length
     */
    static double[][] standardizedColumns(Embedding embedding, int[] items) {
        double[][] out = new double[embedding.dims()][];
        for (int dim = 0; dim < embedding.dims(); dim++) {
            double[] column = new double[items.length];
            double mean = 0;
            for (int k = 0; k < items.length; k++) {
                column[k] = embedding.weight(items[k], dim);
                mean += column[k] / items.length;
            }
            double norm = 0;
            for (int k = 0; k < items.length; k++) {
                column[k] -= mean;
                norm += column[k] * column[k];
            }
            if (norm > 0) {
                double scale = 1 / Math.sqrt(norm);
                for (int k = 0; k < items.length; k++) {
                    column[k] *= scale;
                }
                out[dim] = column;
            }
        }
        return out;
    }

    /**
     * The seeded 80/20 split of item indices.
     *
     * @return {matching items, held-out items}, each sorted
     */
    static int[][] splitItems(int itemCount, long seed) {
        int[] order = IntStream.range(0, itemCount).toArray();
        SplittableRandom random = new SplittableRandom(seed);
        for (int s = order.length - 1; s > 0; s--) {
            int r = random.nextInt(s + 1);
            int swap = order[s];
            order[s] = order[r];
            order[r] = swap;
        }
        int matchCount = (int) Math.round(MATCH_FRACTION * itemCount);
        int[] matching = Arrays.copyOfRange(order, 0, matchCount);
        int[] heldOut = Arrays.copyOfRange(order, matchCount, itemCount);
        Arrays.sort(matching);
        Arrays.sort(heldOut);
        return new int[][] {matching, heldOut};
    }

    static void checkRuns(List<Embedding> runs) {
        if (runs.size() < 2) {
            throw new IllegalArgumentException("reproducibility needs two or more runs, not "
                    + runs.size());
        }
        List<String> ids = runs.get(0).itemIds();
        for (Embedding run : runs) {
            if (!run.itemIds().equals(ids)) {
                throw new IllegalArgumentException("runs must share one item set");
            }
        }
        if (ids.size() < 10) {
            throw new IllegalArgumentException("reproducibility needs ≥ 10 items to split, not "
                    + ids.size());
        }
    }
}
