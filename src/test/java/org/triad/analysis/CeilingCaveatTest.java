package org.triad.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.triad.model.JudgementSet;

/**
 * The caveats of the noise ceiling (its interval and how many repeats it rests on) and the
 * detection of judgements copied into two sets.
 */
class CeilingCaveatTest {

    /**
     * {@code triplets} disjoint triplets over 3·triplets items, each answered twice: the
     * first answer always names the third item, the second agrees with probability p.
     */
    private static JudgementSet twice(int triplets, double p, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] packed = new int[6 * triplets];
        for (int t = 0; t < triplets; t++) {
            int a = 3 * t;
            int[] first = {a, a + 1, a + 2};
            int[] second = random.nextDouble() < p ? new int[] {a + 1, a, a + 2}
                    : new int[] {a + 1, a + 2, a};
            System.arraycopy(first, 0, packed, 6 * t, 3);
            System.arraycopy(second, 0, packed, 6 * t + 3, 3);
        }
        return new JudgementSet("twice", 3 * triplets, packed);
    }

    @Test
    void ceilingCarriesABootstrapIntervalAroundItsValue() {
        NoiseCeiling ceiling = NoiseCeiling.of(twice(40, 0.5, 3L));

        assertTrue(ceiling.low() < ceiling.value() && ceiling.value() < ceiling.high(),
                ceiling.toString());
        assertTrue(ceiling.low() >= 0.5 && ceiling.high() <= 1.0, ceiling.toString());
        assertEquals(40, ceiling.repeatedTriplets());
        assertEquals(80, ceiling.repeatedJudgements());
        assertTrue(ceiling.fewTriplets());
        assertTrue(ceiling.describe().contains("fewer than 100 repeated triplets"),
                ceiling.describe());
    }

    @Test
    void moreRepeatsGiveANarrowerIntervalAndNoWarning() {
        NoiseCeiling few = NoiseCeiling.of(twice(40, 0.5, 3L));
        NoiseCeiling many = NoiseCeiling.of(twice(1000, 0.5, 3L));

        assertFalse(many.fewTriplets());
        assertFalse(many.describe().contains("fewer than"), many.describe());
        assertTrue(many.high() - many.low() < 0.5 * (few.high() - few.low()),
                few + " vs " + many);
        // Modal share is 1 with probability p and 1/2 otherwise: 0.75 in expectation.
        assertTrue(many.low() < 0.75 && 0.75 < many.high(), many.toString());
    }

    @Test
    void sameJudgementsGiveTheSameInterval() {
        assertEquals(NoiseCeiling.of(twice(50, 0.6, 9L)), NoiseCeiling.of(twice(50, 0.6, 9L)));
    }

    @Test
    void identicalRowsInTwoSetsAreFlaggedAsLikelyDuplicates() {
        // 20 triplets copied row for row into the second set, as human-a and human-b share.
        JudgementSet first = twice(20, 1.0, 1L);
        JudgementSet copy = new JudgementSet("copy", first.itemCount(), first.toPackedArray());

        SourceAgreement agreement = SourceAgreement.between(first, copy);

        assertEquals(20, agreement.sharedTriplets());
        assertEquals(20, agreement.identicalRows());
        assertTrue(agreement.likelyDuplicates());
    }

    @Test
    void independentAnswersInAnotherOrderAreNotDuplicates() {
        // The same 20 triplets answered alike but written with the kept pair swapped and the
        // items in another order: agreement, not copies.
        JudgementSet first = new JudgementSet("a", 60, rows(20, false));
        JudgementSet second = new JudgementSet("b", 60, rows(20, true));

        SourceAgreement agreement = SourceAgreement.between(first, second);

        assertEquals(1.0, agreement.share(), 1e-12);
        assertEquals(0, agreement.identicalRows());
        assertFalse(agreement.likelyDuplicates());
    }

    private static int[] rows(int triplets, boolean swapped) {
        int[] packed = new int[3 * triplets];
        for (int t = 0; t < triplets; t++) {
            int a = 3 * t;
            packed[3 * t] = swapped ? a + 1 : a;
            packed[3 * t + 1] = swapped ? a : a + 1;
            packed[3 * t + 2] = a + 2;
        }
        return packed;
    }

    @Test
    void repeatsThatAreAllTheIdenticalRowAreCalledCopies() {
        int triplets = 20;
        int[] packed = new int[6 * triplets];
        for (int t = 0; t < triplets; t++) {
            int a = 3 * t;
            int[] row = {a + 1, a, a + 2};
            System.arraycopy(row, 0, packed, 6 * t, 3);
            System.arraycopy(row, 0, packed, 6 * t + 3, 3);
        }
        NoiseCeiling copies = NoiseCeiling.of(new JudgementSet("copies", 3 * triplets, packed));
        // the same answer with the kept pair swapped is a repeat, not a copy
        NoiseCeiling repeats = NoiseCeiling.of(twice(20, 1.0, 3L));

        assertEquals(1.0, copies.value(), 1e-12);
        assertEquals(20, copies.identicalTriplets());
        assertTrue(copies.onlyCopies());
        assertTrue(copies.describe().contains("every repeat is the identical row again"),
                copies.describe());
        assertEquals(1.0, repeats.value(), 1e-12);
        assertEquals(0, repeats.identicalTriplets());
        assertFalse(repeats.onlyCopies());
        assertFalse(repeats.describe().contains("identical row"), repeats.describe());
    }
}
