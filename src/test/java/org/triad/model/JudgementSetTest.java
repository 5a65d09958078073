package org.triad.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class JudgementSetTest {

    @Test
    void concatKeepsOrderOfSetsAndJudgements() {
        JudgementSet a = new JudgementSet("a", 5, new int[] {0, 1, 2, 3, 4, 0});
        JudgementSet b = new JudgementSet("b", 5, new int[] {4, 2, 1});

        JudgementSet both = JudgementSet.concat("a+b", List.of(a, b));

        assertEquals("a+b", both.name());
        assertEquals(3, both.size());
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 0, 4, 2, 1}, both.toPackedArray());
    }

    @Test
    void concatRefusesSetsOverDifferentItemSets() {
        JudgementSet a = new JudgementSet("a", 5, new int[] {0, 1, 2});
        JudgementSet b = new JudgementSet("b", 6, new int[] {5, 2, 1});

        assertThrows(IllegalArgumentException.class,
                () -> JudgementSet.concat("a+b", List.of(a, b)));
    }

    @Test
    void rejectsRepeatedItemAndOutOfRangeIndex() {
        assertThrows(IllegalArgumentException.class,
                () -> new JudgementSet("x", 5, new int[] {0, 0, 2}));
        assertThrows(IllegalArgumentException.class,
                () -> new JudgementSet("x", 5, new int[] {0, 1, 5}));
    }

    @Test
    void judgementKnowsItsKeptPairWhateverThePosition() {
        Judgement middleOdd = new Judgement(new Triplet(7, 3, 9), 3, "human", -1, null, -1);

        assertEquals(7, middleOdd.keptA());
        assertEquals(9, middleOdd.keptB());
    }
}
