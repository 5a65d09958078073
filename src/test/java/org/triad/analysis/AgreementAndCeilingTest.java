package org.triad.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.triad.model.Embedding;
import org.triad.model.Item;
import org.triad.model.ItemSet;
import org.triad.model.JudgementSet;
import org.triad.testdata.Golden;

/** Noise ceiling (golden.json), agreement between sources and per-category accuracy. */
class AgreementAndCeilingTest {

    /** golden.py's repeats, (0,1,2) answered 2,2,2,0,2 and (1,3,4) answered 4,3,4,4, in
     * shuffled presentation orders, plus one triplet answered once. */
    private static JudgementSet repeats() {
        return new JudgementSet("repeats", 5, new int[] {
            0, 1, 2, 1, 0, 2, 0, 1, 2, 2, 1, 0, 1, 0, 2,
            3, 1, 4, 1, 4, 3, 3, 1, 4, 1, 3, 4,
            0, 3, 4,
        });
    }

    @Test
    void noiseCeilingMatchesGolden() {
        NoiseCeiling ceiling = NoiseCeiling.of(repeats());

        assertEquals(Golden.number("noise_ceiling"), ceiling.value(), 1e-6);
        assertEquals(0.775, ceiling.value(), 1e-12);
        assertEquals(2, ceiling.repeatedTriplets());
        assertEquals(9, ceiling.repeatedJudgements());
    }

    @Test
    void noRepeatsNoCeiling() {
        NoiseCeiling ceiling = NoiseCeiling.of(new JudgementSet("once", 5,
                new int[] {0, 1, 2, 2, 3, 4}));

        assertFalse(ceiling.available());
        assertTrue(Double.isNaN(ceiling.value()));
    }

    @Test
    void agreementComparesChoicesOnSharedUnorderedTriplets() {
        // Shared: {0,1,2} odd 2 vs odd 2 (same, shown in another order), {1,2,3} odd 3 vs 1
        // (differ), {0,3,4} odd 4 vs 4 (same); {0,1,4} only in the first set.
        JudgementSet first = new JudgementSet("a", 5,
                new int[] {0, 1, 2, 1, 2, 3, 0, 3, 4, 0, 1, 4});
        JudgementSet second = new JudgementSet("b", 5, new int[] {1, 0, 2, 2, 3, 1, 3, 0, 4});

        SourceAgreement agreement = SourceAgreement.between(first, second);

        assertEquals(3, agreement.sharedTriplets());
        assertEquals(2.0 / 3.0, agreement.share(), 1e-12);
        assertEquals(2, agreement.sameChoices());
        assertEquals(agreement.share(), SourceAgreement.between(second, first).share(), 1e-12);
    }

    @Test
    void repeatedAnswersAgreeInProportion() {
        // {0,1,2}: first says 2, 2, 0; second says 2 → 2 of 3 answer pairs agree.
        JudgementSet first = new JudgementSet("a", 3, new int[] {0, 1, 2, 1, 0, 2, 1, 2, 0});
        JudgementSet second = new JudgementSet("b", 3, new int[] {1, 0, 2});

        SourceAgreement agreement = SourceAgreement.between(first, second);

        assertEquals(2.0 / 3.0, agreement.share(), 1e-12);
        assertEquals(3, agreement.answerPairs());
    }

    @Test
    void categoryAccuracyFollowsTheRule() {
        ItemSet items = new ItemSet(List.of(
                new Item("a", "a", "", "", List.of("animal")),
                new Item("b", "b", "", "", List.of("animal")),
                new Item("c", "c", "", "", List.of("tool")),
                new Item("d", "d", "", "", List.of())));
        Embedding x = new Embedding(items.ids(), 2, new float[] {1, 0, 1, 0, 0, 1, 0, 1},
                List.of());
        // Hit: keeps (a, b), odd c. Miss: keeps (a, c), odd b. Hit: keeps (c, d), odd a.
        JudgementSet set = new JudgementSet("s", 4, new int[] {0, 1, 2, 0, 2, 1, 2, 3, 0});

        List<CategoryAccuracy.Row> odd = CategoryAccuracy.of(x, set, items,
                CategoryAccuracy.Rule.ODD_ONE_OUT);
        List<CategoryAccuracy.Row> any = CategoryAccuracy.of(x, set, items,
                CategoryAccuracy.Rule.ANY_ITEM);

        assertEquals(List.of("animal", "tool"), odd.stream().map(r -> r.category()).toList());
        assertEquals(2, odd.get(0).judgements());
        assertEquals(0.5, odd.get(0).accuracy());
        assertEquals(1, odd.get(1).correct());
        assertEquals(3, any.get(0).judgements());
        assertEquals(3, any.get(1).judgements());
        assertEquals(2, any.get(1).correct());
        assertTrue(any.get(1).low() < 2.0 / 3 && any.get(1).high() > 2.0 / 3);
    }

    @Test
    void wilsonIntervalMatchesTheTextbookValue() {
        // 8 of 10: Wilson 95 % interval (0.4902, 0.9433).
        double[] interval = CategoryAccuracy.wilson(8, 10);

        assertEquals(0.4902, interval[0], 1e-4);
        assertEquals(0.9433, interval[1], 1e-4);
    }
}
