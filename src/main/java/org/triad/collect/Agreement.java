package org.triad.collect;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.triad.model.Judgement;
import org.triad.model.Triplet;

/**
 * Agreement on triplets answered more than once, matched by the unordered triplet (the order
 * shown does not matter): per-annotator consistency on repeats, and agreement between two
 * annotators on the triplets both answered.
 */
public final class Agreement {
    private Agreement() {
    }

    /**
     * An agreement figure.
     *
     * @param agreement share of compared answer pairs with the same odd one out, in [0, 1];
     *     NaN when nothing could be compared
     * @param triplets distinct triplets that took part
     * @param pairs answer pairs compared
     */
    public record Result(double agreement, int triplets, int pairs) {
    }

    /** The unordered triplet as one number: the three sorted indices, 21 bits each. */
    public static long key(Triplet triplet) {
        int x = triplet.a();
        int y = triplet.b();
        int z = triplet.c();
        int low = Math.min(x, Math.min(y, z));
        int high = Math.max(x, Math.max(y, z));
        int mid = x + y + z - low - high;
        return ((long) low << 42) | ((long) mid << 21) | high;
    }

    /**
     * Consistency of one annotator: over every triplet answered at least twice, each pair of
     * its answers counts as agreeing when the odd one out is the same (two answers give one
     * pair, three give three).
     */
    public static Result consistency(List<Judgement> judgements) {
        Map<Long, int[]> answers = byTriplet(judgements);
        int triplets = 0;
        long pairs = 0;
        long same = 0;
        for (Map.Entry<Long, int[]> entry : answers.entrySet()) {
            int[] odd = entry.getValue();
            int n = odd[3];
            if (n < 2) {
                continue;
            }
            triplets++;
            pairs += (long) n * (n - 1) / 2;
            for (int k = 0; k < 3; k++) {
                same += (long) odd[k] * (odd[k] - 1) / 2;
            }
        }
        return result(same, pairs, triplets);
    }

    /**
     * Agreement between two annotators on the triplets both answered: every answer of the one
     * is compared with every answer of the other to the same triplet.
     */
    public static Result between(List<Judgement> first, List<Judgement> second) {
        Map<Long, int[]> a = byTriplet(first);
        Map<Long, int[]> b = byTriplet(second);
        int triplets = 0;
        long pairs = 0;
        long same = 0;
        for (Map.Entry<Long, int[]> entry : a.entrySet()) {
            int[] other = b.get(entry.getKey());
            if (other == null) {
                continue;
            }
            int[] mine = entry.getValue();
            triplets++;
            pairs += (long) mine[3] * other[3];
            for (int k = 0; k < 3; k++) {
                same += (long) mine[k] * other[k];
            }
        }
        return result(same, pairs, triplets);
    }

    private static Result result(long same, long pairs, int triplets) {
        return new Result(pairs == 0 ? Double.NaN : (double) same / pairs, triplets,
                Math.toIntExact(pairs));
    }

    /**
     * Per unordered triplet: how often each of its sorted items was the odd one out (slots
     * 0–2) and the number of answers (slot 3).
     */
    private static Map<Long, int[]> byTriplet(List<Judgement> judgements) {
        Map<Long, int[]> answers = new HashMap<>();
        for (Judgement judgement : judgements) {
            long key = key(judgement.triplet());
            int[] counts = answers.computeIfAbsent(key, k -> new int[4]);
            counts[slot(key, judgement.odd())]++;
            counts[3]++;
        }
        return answers;
    }

    private static int slot(long key, int odd) {
        long mask = (1L << 21) - 1;
        if (odd == (key >>> 42)) {
            return 0;
        }
        return odd == ((key >>> 21) & mask) ? 1 : 2;
    }
}
