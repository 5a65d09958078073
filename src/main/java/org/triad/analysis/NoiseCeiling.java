package org.triad.analysis;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.commons.math3.stat.StatUtils;
import org.triad.model.JudgementSet;

/**
 * The noise ceiling of a judgement set (DESIGN.md §4): for every unique unordered triplet
 * that was answered more than once, the share of its answers that name the most common odd
 * one out; the ceiling is the mean of these shares over such triplets. No model that answers
 * each triplet the same way every time can beat it on these judgements.
 *
 * <p>The ceiling rests only on the repeated triplets, often a few dozen in a set of tens of
 * thousands, so it comes with a 95 % percentile bootstrap interval over those triplets and
 * {@link #fewTriplets()} says when there are too few to take the value at face value.
 *
 * @param value the mean modal share in [1/3, 1]; NaN when no triplet was repeated
 * @param low lower end of the 95 % bootstrap interval over repeated triplets; NaN without any
 * @param high upper end of that interval; NaN without any
 * @param repeatedTriplets unique triplets answered at least twice
 * @param repeatedJudgements judgements (answers) that belong to those triplets
 * @param identicalTriplets repeated triplets whose every answer is the very same row (kept
 *        pair in the same order): likely one judgement copied rather than asked again
 */
public record NoiseCeiling(double value, double low, double high, int repeatedTriplets,
        int repeatedJudgements, int identicalTriplets) {

    /** Below this many repeated triplets the ceiling is a rough estimate; the views warn. */
    public static final int FEW_TRIPLETS = 100;

    /** Where {@link #countAnswers} notes whether a triplet's rows were all the same. */
    private static final int SAME_ROW = 6;

    /** Bootstrap resamples of the interval. */
    static final int RESAMPLES = 2000;

    /** Seed of the bootstrap, fixed so that the same judgements give the same interval. */
    static final long SEED = 17L;

    /** Whether any triplet was repeated, i.e. whether {@link #value} is defined. */
    public boolean available() {
        return repeatedTriplets > 0;
    }

    /** Whether the ceiling rests on fewer than {@value #FEW_TRIPLETS} repeated triplets. */
    public boolean fewTriplets() {
        return repeatedTriplets < FEW_TRIPLETS;
    }

    /** Whether every repeated triplet is the same row again: copies, not repeats. */
    public boolean onlyCopies() {
        return available() && identicalTriplets == repeatedTriplets;
    }

    /**
     * "77.50 % (95 % CI 55.00–100.00 %; 2 repeated triplets, 9 answers; fewer than 100
     * repeated triplets: a rough estimate)", or "no repeated triplets"; a set whose repeats
     * are all identical rows says so.
     */
    public String describe() {
        if (!available()) {
            return "no repeated triplets";
        }
        return String.format(Locale.ROOT, "%.2f %% (95 %% CI %.2f–%.2f %%; %d repeated "
                + "triplets, %d answers%s%s)", 100 * value, 100 * low, 100 * high,
                repeatedTriplets, repeatedJudgements, fewTriplets()
                        ? "; fewer than " + FEW_TRIPLETS + " repeated triplets: a rough estimate"
                        : "", onlyCopies() ? "; every repeat is the identical row again, most "
                                + "likely a copied judgement, so this says nothing about noise"
                                : "");
    }

    /**
     * Computes the ceiling of a judgement set with its bootstrap interval.
     *
     * @param judgements any judgements; the order of the three items does not matter
     * @return the ceiling, NaN with zero counts when no triplet occurs twice
     */
    public static NoiseCeiling of(JudgementSet judgements) {
        Map<Long, int[]> answers = countAnswers(judgements);
        double[] shares = new double[answers.size()];
        int triplets = 0;
        int repeated = 0;
        int identical = 0;
        for (int[] counts : answers.values()) {
            int total = counts[0] + counts[1] + counts[2];
            if (total < 2) {
                continue;
            }
            identical += counts[SAME_ROW];
            int modal = Math.max(counts[0], Math.max(counts[1], counts[2]));
            shares[triplets++] = (double) modal / total;
            repeated += total;
        }
        if (triplets == 0) {
            return new NoiseCeiling(Double.NaN, Double.NaN, Double.NaN, 0, 0, 0);
        }
        double[] modalShares = Arrays.copyOf(shares, triplets);
        // HashMap order is not part of the contract; sorting makes the bootstrap reproducible.
        Arrays.sort(modalShares);
        double[] means = bootstrapMeans(modalShares);
        return new NoiseCeiling(StatUtils.mean(modalShares), StatUtils.percentile(means, 2.5),
                StatUtils.percentile(means, 97.5), triplets, repeated, identical);
    }

    /** Means of {@value #RESAMPLES} resamples (with replacement) of the modal shares. */
    private static double[] bootstrapMeans(double[] modalShares) {
        SplittableRandom random = new SplittableRandom(SEED);
        int count = modalShares.length;
        double[] means = new double[RESAMPLES];
        for (int r = 0; r < RESAMPLES; r++) {
            double sum = 0;
            for (int s = 0; s < count; s++) {
                sum += modalShares[random.nextInt(count)];
            }
            means[r] = sum / count;
        }
        return means;
    }

    /**
     * Per unordered triplet (sorted indices packed in a long), how often each of its three
     * items (in sorted order) was the odd one out, then its first row as stored (kept, kept,
     * odd) and at {@link #SAME_ROW} 1 while every row of it was that row, else 0.
     */
    private static Map<Long, int[]> countAnswers(JudgementSet judgements) {
        long n = judgements.itemCount();
        Map<Long, int[]> answers = new HashMap<>();
        for (int t = 0; t < judgements.size(); t++) {
            int keptA = judgements.keptA(t);
            int keptB = judgements.keptB(t);
            int odd = judgements.odd(t);
            int[] sorted = {keptA, keptB, odd};
            Arrays.sort(sorted);
            long key = (sorted[0] * n + sorted[1]) * n + sorted[2];
            int position = odd == sorted[0] ? 0 : odd == sorted[1] ? 1 : 2;
            int[] counts = answers.computeIfAbsent(key, k -> new int[] {0, 0, 0, keptA, keptB,
                odd, 1});
            counts[position]++;
            if (counts[3] != keptA || counts[4] != keptB || counts[5] != odd) {
                counts[SAME_ROW] = 0;
            }
        }
        return answers;
    }
}
