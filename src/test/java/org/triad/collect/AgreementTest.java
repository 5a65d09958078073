package org.triad.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.triad.model.Judgement;
import org.triad.model.Triplet;

/** Consistency and agreement on a hand-made example, counted by hand in the comments. */
class AgreementTest {
    private static Judgement j(int a, int b, int c, int odd) {
        return new Judgement(new Triplet(a, b, c), odd, "", -1, null, -1);
    }

    // Annotator A: {1,2,3} three times (odd 3, 3, 1), {4,5,6} twice (odd 6, 6) in another order,
    // {7,8,9} once. Pairs: {1,2,3} has 3 pairs of which 1 agrees (3–3); {4,5,6} 1 pair, agrees.
    private static final List<Judgement> A = List.of(j(1, 2, 3, 3), j(3, 1, 2, 3),
            j(2, 3, 1, 1), j(4, 5, 6, 6), j(6, 4, 5, 6), j(7, 8, 9, 7));
    // Annotator B: {1,2,3} once (odd 3), {7,8,9} twice (odd 7, 9), {10,11,12} once.
    private static final List<Judgement> B = List.of(j(3, 2, 1, 3), j(9, 8, 7, 7),
            j(8, 7, 9, 9), j(10, 11, 12, 10));

    @Test
    void consistencyCountsAgreeingPairsOfRepeatedAnswers() {
        assertEquals(new Agreement.Result(2.0 / 4, 2, 4), Agreement.consistency(A));
        assertEquals(new Agreement.Result(0.0, 1, 1), Agreement.consistency(B));
    }

    @Test
    void agreementBetweenAnnotatorsComparesEveryAnswerPairOnSharedTriplets() {
        // {1,2,3}: A's 3,3,1 against B's 3 → 2 of 3 agree; {7,8,9}: A's 7 against B's 7, 9 →
        // 1 of 2. Together 3 of 5 pairs over 2 shared triplets.
        assertEquals(new Agreement.Result(3.0 / 5, 2, 5), Agreement.between(A, B));
        assertEquals(Agreement.between(A, B), Agreement.between(B, A));
    }

    @Test
    void nothingToCompareIsNaN() {
        Agreement.Result none = Agreement.consistency(List.of(j(1, 2, 3, 1)));
        assertTrue(Double.isNaN(none.agreement()));
        assertEquals(0, none.pairs());
    }

    @Test
    void theKeyIgnoresOrder() {
        assertEquals(Agreement.key(new Triplet(5, 1, 1_853)),
                Agreement.key(new Triplet(1_853, 5, 1)));
    }
}
