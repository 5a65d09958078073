package org.triad.analysis;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.triad.model.JudgementSet;

/**
 * How often two sources of judgements (two judgement sets, e.g. people and a language model)
 * choose the same odd one out on the triplets both answered. Per shared unordered triplet it
 * is the chance that an answer drawn from the first set equals one drawn from the second (with
 * one answer each: 1 when they agree, else 0); the agreement is the mean over shared triplets.
 * Chance level is 1/3.
 *
 * <p>Two sets cut from the same pool of data can hold the same judgements, row for row; then
 * "agreement" only counts copies. {@link #identicalRows()} counts shared triplets with a row
 * (kept pair in the same order, same odd one out) that occurs in both sets, and
 * {@link #likelyDuplicates()} says when nearly all shared triplets are such rows: people
 * repeating a THINGS triplet agree on about two thirds of them, and list the kept pair in the
 * same order on about a third.
 *
 * @param share mean agreement in [0, 1]; NaN when no triplet is shared
 * @param sharedTriplets unique unordered triplets answered in both sets
 * @param sameChoices answer pairs (one from each set, over the shared triplets) that agree
 * @param answerPairs answer pairs compared; equals {@code sharedTriplets} when every triplet
 *     was answered once per set
 * @param identicalRows shared triplets with an identical row (i j k in the same order) in
 *     both sets
 */
public record SourceAgreement(double share, int sharedTriplets, long sameChoices,
        long answerPairs, int identicalRows) {

    /** Share of identical rows above which the shared triplets look like copies. */
    public static final double DUPLICATE_SHARE = 0.9;

    /** Fewer shared triplets than this are never called duplicates: too few to tell. */
    static final int DUPLICATE_MIN_TRIPLETS = 10;

    /**
     * Whether at least {@value #DUPLICATE_SHARE} of the shared triplets (and at least
     * {@value #DUPLICATE_MIN_TRIPLETS}) have an identical row in both sets: most likely the same
     * judgements present in both, not repeats by different people or models.
     */
    public boolean likelyDuplicates() {
        return sharedTriplets >= DUPLICATE_MIN_TRIPLETS
                && identicalRows >= DUPLICATE_SHARE * sharedTriplets;
    }

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
                pairs, identicalRows(first, second));
    }

    /** Unordered triplets that have a row, in the same order, in both sets. */
    private static int identicalRows(JudgementSet first, JudgementSet second) {
        Set<Long> rows = new HashSet<>();
        for (int t = 0; t < second.size(); t++) {
            rows.add(TripletAnswers.rowKey(second, t));
        }
        Set<Long> triplets = new HashSet<>();
        for (int t = 0; t < first.size(); t++) {
            if (rows.contains(TripletAnswers.rowKey(first, t))) {
                triplets.add(TripletAnswers.tripletKey(first, t));
            }
        }
        return triplets.size();
    }
}
