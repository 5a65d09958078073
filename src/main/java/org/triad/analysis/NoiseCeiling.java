package org.triad.analysis;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.triad.model.JudgementSet;

/**
 * The noise ceiling of a judgement set (DESIGN.md §4): for every unique unordered triplet
 * that was answered more than once, the share of its answers that name the most common odd
 * one out; the ceiling is the mean of these shares over such triplets. No model that answers
 * each triplet the same way every time can beat it on these judgements.
 *
 * @param value the mean modal share in [1/3, 1]; NaN when no triplet was repeated
 * @param repeatedTriplets unique triplets answered at least twice
 * @param repeatedJudgements judgements that belong to those triplets
 */
public record NoiseCeiling(double value, int repeatedTriplets, int repeatedJudgements) {

    /** Whether any triplet was repeated, i.e. whether {@link #value} is defined. */
    public boolean available() {
        return repeatedTriplets > 0;
    }

    /**
     * Computes the ceiling of a judgement set.
     *
     * @param judgements any judgements; the order of the three items does not matter
     * @return the ceiling, NaN with zero counts when no triplet occurs twice
     */
    public static NoiseCeiling of(JudgementSet judgements) {
        Map<Long, int[]> answers = countAnswers(judgements);
        double shareSum = 0;
        int triplets = 0;
        int repeated = 0;
        for (int[] counts : answers.values()) {
            int total = counts[0] + counts[1] + counts[2];
            if (total < 2) {
                continue;
            }
            int modal = Math.max(counts[0], Math.max(counts[1], counts[2]));
            shareSum += (double) modal / total;
            triplets++;
            repeated += total;
        }
        double value = triplets == 0 ? Double.NaN : shareSum / triplets;
        return new NoiseCeiling(value, triplets, repeated);
    }

    /**
     * Per unordered triplet (sorted indices packed in a long), how often each of its three
     * items (in sorted order) was the odd one out.
     */
    private static Map<Long, int[]> countAnswers(JudgementSet judgements) {
        long n = judgements.itemCount();
        Map<Long, int[]> answers = new HashMap<>();
        for (int t = 0; t < judgements.size(); t++) {
            int odd = judgements.odd(t);
            int[] sorted = {judgements.keptA(t), judgements.keptB(t), odd};
            Arrays.sort(sorted);
            long key = (sorted[0] * n + sorted[1]) * n + sorted[2];
            int position = odd == sorted[0] ? 0 : odd == sorted[1] ? 1 : 2;
            answers.computeIfAbsent(key, k -> new int[3])[position]++;
        }
        return answers;
    }
}
