package org.triad.analysis;

import java.util.Map;
import org.triad.model.JudgementSet;

/**
 * How often two sources of judgements (two judgement sets, e.g. people and a language model)
 * choose the same odd one out on the triplets both answered. Per shared unordered triplet it
 * is the chance that an answer drawn from the first set equals one drawn from the second (with
 * one answer each: 1 when they agree, else 0); the agreement is the mean over shared triplets.
 * Chance level is 1/3.
 *
 * @param share mean agreement in [0, 1]; NaN when no triplet is shared
 * @param sharedTriplets unique unordered triplets answered in both sets
 * @param sameChoices answer pairs (one from each set, over the shared triplets) that agree
 * @param answerPairs answer pairs compared; equals {@code sharedTriplets} when every triplet
 *     was answered once per set
 */
public record SourceAgreement(double share, int sharedTriplets, long sameChoices,
        long answerPairs) {

    /**
     * Compares two judgement sets over the same item set.
     *
     * @throws IllegalArgumentException when the sets index different numbers of items
     */
    public static SourceAgreement between(JudgementSet first, JudgementSet second) {
        if (first.itemCount() != second.itemCount()) {
            throw new IllegalArgumentException("'" + first.name() + "' indexes "
                    + first.itemCount() + " items, '" + second.name() + "' "
                    + second.itemCount());
        }
        Map<Long, int[]> a = TripletAnswers.of(first).counts();
        Map<Long, int[]> b = TripletAnswers.of(second).counts();
        double shares = 0;
        int shared = 0;
        long same = 0;
        long pairs = 0;
        for (Map.Entry<Long, int[]> entry : a.entrySet()) {
            int[] other = b.get(entry.getKey());
            if (other == null) {
                continue;
            }
            int[] mine = entry.getValue();
            long agreeing = (long) mine[0] * other[0] + (long) mine[1] * other[1]
                    + (long) mine[2] * other[2];
            long all = (long) TripletAnswers.total(mine) * TripletAnswers.total(other);
            shares += (double) agreeing / all;
            shared++;
            same += agreeing;
            pairs += all;
        }
        return new SourceAgreement(shared == 0 ? Double.NaN : shares / shared, shared, same,
                pairs);
    }
}
