package org.triad.analysis;

import java.util.HashMap;
import java.util.Map;
import org.triad.model.JudgementSet;

/**
 * How often each item of each unordered triplet was named the odd one out in a judgement set.
 * The key packs the three sorted indices; the counts follow that sorted order.
 */
final class TripletAnswers {
    private final Map<Long, int[]> counts;

    private TripletAnswers(Map<Long, int[]> counts) {
        this.counts = counts;
    }

    /** Counts the answers of every judgement; the order the items were shown does not matter. */
    static TripletAnswers of(JudgementSet judgements) {
        long n = judgements.itemCount();
        Map<Long, int[]> counts = new HashMap<>();
        for (int t = 0; t < judgements.size(); t++) {
            int a = judgements.keptA(t);
            int b = judgements.keptB(t);
            int odd = judgements.odd(t);
            int low = Math.min(a, Math.min(b, odd));
            int high = Math.max(a, Math.max(b, odd));
            int middle = a + b + odd - low - high;
            long key = (low * n + middle) * n + high;
            int position = odd == low ? 0 : odd == middle ? 1 : 2;
            counts.computeIfAbsent(key, k -> new int[3])[position]++;
        }
        return new TripletAnswers(counts);
    }

    /** The unordered triplet of judgement t: its three indices sorted, packed in a long. */
    static long tripletKey(JudgementSet judgements, int t) {
        long n = judgements.itemCount();
        int a = judgements.keptA(t);
        int b = judgements.keptB(t);
        int odd = judgements.odd(t);
        int low = Math.min(a, Math.min(b, odd));
        int high = Math.max(a, Math.max(b, odd));
        int middle = a + b + odd - low - high;
        return (low * n + middle) * n + high;
    }

    /** Judgement t as written: kept, kept, odd in that order, packed in a long. */
    static long rowKey(JudgementSet judgements, int t) {
        long n = judgements.itemCount();
        return (judgements.keptA(t) * n + judgements.keptB(t)) * n + judgements.odd(t);
    }

    /** Unordered triplet keys mapped to the answer counts of their sorted items. */
    Map<Long, int[]> counts() {
        return counts;
    }

    /** Total answers of one triplet's counts. */
    static int total(int[] answers) {
        return answers[0] + answers[1] + answers[2];
    }
}
