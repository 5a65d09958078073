package org.triad.analysis;

import org.triad.model.JudgementSet;

/**
 * The noise ceiling of a judgement set (DESIGN.md §4): over the unique unordered triplets that
 * were answered at least twice, the mean share of answers that name the triplet's most common
 * odd one out. A model that answers each triplet one way cannot do better on such triplets.
 *
 * @param value mean modal share, in [1/3, 1]; NaN when no triplet was repeated
 * @param repeatedTriplets unique triplets answered at least twice
 * @param repeatedJudgements judgements that belong to those triplets
 */
public record NoiseCeiling(double value, int repeatedTriplets, int repeatedJudgements) {

    /** Whether any triplet was repeated, so that {@link #value} is defined. */
    public boolean available() {
        return repeatedTriplets > 0;
    }

    /**
     * The ceiling of a judgement set.
     *
     * @param judgements any judgements; repeats may show the items in any order
     */
    public static NoiseCeiling of(JudgementSet judgements) {
        double shares = 0;
        int triplets = 0;
        int answers = 0;
        for (int[] counts : TripletAnswers.of(judgements).counts().values()) {
            int total = TripletAnswers.total(counts);
            if (total >= 2) {
                shares += (double) Math.max(counts[0], Math.max(counts[1], counts[2])) / total;
                triplets++;
                answers += total;
            }
        }
        return new NoiseCeiling(triplets == 0 ? Double.NaN : shares / triplets, triplets,
                answers);
    }
}
