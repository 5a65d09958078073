package org.triad.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.triad.model.CancellationToken;
import org.triad.model.Embedding;
import org.triad.model.JudgementSet;
import org.triad.model.ProgressListener;
import org.triad.model.Rsm;
import org.triad.model.RsmKind;

/**
 * The inputs that break careless RSM code: NaN rows, an all-zero embedding row, item sets in
 * different orders or only partly shared. Each must give a defined, labelled result.
 */
class RsmEdgeCaseTest {
    private static final int N = 12;

    @Test
    void nanRowsAreSkippedAndCounted() {
        Rsm full = TestRsms.rsm(TestRsms.ids(N), TestRsms.values(N, 0.02, 3));
        double[] holes = full.toArray();
        for (int j = 0; j < N; j++) {
            holes[4 * N + j] = Double.NaN;
            holes[j * N + 4] = Double.NaN;
        }
        Rsm withNanRow = TestRsms.rsm(TestRsms.ids(N), holes);

        List<ComparisonResult> results = RsmComparison.compareAll(full, withNanRow);

        for (ComparisonResult result : results) {
            assertEquals(N - 1, result.pairsSkipped(), result.method().name());
            assertEquals((long) N * (N - 1) / 2 - (N - 1), result.pairsUsed());
            assertEquals(1.0, result.value(), 1e-12, result.method().name());
            assertEquals("", result.warning());
        }
    }

    @Test
    void allZeroRowHasNanCosineAndIsSkippedInComparisons() {
        Embedding embedding = RsmsTest.randomEmbedding(N, 4, 9L);
        float[] weights = embedding.toArray();
        for (int d = 0; d < 4; d++) {
            weights[2 * 4 + d] = 0f;
        }
        Embedding zeroRow = new Embedding(embedding.itemIds(), 4, weights, List.of());

        Rsm cosine = Rsms.cosine(zeroRow);
        Rsm dot = Rsms.dotProduct(zeroRow);
        Rsm choice = Rsms.choiceProbability(zeroRow, ProgressListener.NONE,
                CancellationToken.none());

        assertEquals(1.0, cosine.get(2, 2));
        for (int j = 0; j < N; j++) {
            if (j != 2) {
                assertTrue(Double.isNaN(cosine.get(2, j)) && Double.isNaN(cosine.get(j, 2)));
                assertEquals(0.0, dot.get(2, j));
                assertTrue(choice.get(2, j) > 0 && choice.get(2, j) < 1);
            }
        }
        ComparisonResult result = RsmComparison.compare(cosine, dot, ComparisonMethod.SPEARMAN);
        assertEquals(N - 1, result.pairsSkipped());
        assertTrue(Double.isFinite(result.value()));
    }

    @Test
    void differentItemOrdersAreMatchedByIdNotPosition() {
        Rsm rsm = TestRsms.rsm(TestRsms.ids(N), TestRsms.values(N, 0.02, 5));
        List<String> shuffled = new ArrayList<>(rsm.itemIds());
        Collections.shuffle(shuffled, new Random(1));
        Rsm reordered = Rsms.aligned(rsm, shuffled);

        assertEquals(shuffled, reordered.itemIds());
        int p = shuffled.indexOf("item3");
        int q = shuffled.indexOf("item7");
        assertEquals(rsm.get(3, 7), reordered.get(p, q));
        for (ComparisonResult result : RsmComparison.compareAll(rsm, reordered)) {
            assertEquals(1.0, result.value(), 1e-12, result.method().name());
            assertEquals(0, result.pairsSkipped());
        }
        assertArrayEquals(rsm.toArray(), Rsms.aligned(reordered, rsm.itemIds()).toArray());
    }

    @Test
    void partlySharedItemsAreComparedOnTheIntersectionWithAWarning() {
        Rsm rsm = TestRsms.rsm(TestRsms.ids(N), TestRsms.values(N, 0.02, 7));
        List<String> fewer = new ArrayList<>(rsm.itemIds().subList(2, N));
        fewer.add("stranger");
        Collections.reverse(fewer);
        Rsm other = Rsms.aligned(rsm, fewer);

        ComparedPairs pairs = RsmComparison.pairs(rsm, other);
        ComparisonResult result = RsmComparison.compare(rsm, other, ComparisonMethod.PEARSON);

        assertEquals(N - 2, pairs.alignment().sharedCount());
        assertEquals((N - 2) * (N - 3) / 2, pairs.used());
        assertEquals(1.0, result.value(), 1e-12);
        assertEquals(List.of("item0", "item1"), result.onlyInFirst());
        assertEquals(List.of("stranger"), result.onlyInSecond());
        assertTrue(result.warning().contains("compared on 10 shared items"), result.warning());
        assertTrue(Double.isNaN(other.get(0, 0)), "a missing item has no data, not even 1");
    }

    @Test
    void empiricalCountsPoolSets() {
        List<String> ids = TestRsms.ids(4);
        JudgementSet a = new JudgementSet("a", 4, new int[] {0, 1, 2, 0, 1, 3});
        JudgementSet b = new JudgementSet("b", 4, new int[] {0, 2, 1});

        EmpiricalRsm empirical = Rsms.empiricalCounts(List.of(a, b), ids);

        assertEquals(RsmKind.EMPIRICAL, empirical.rsm().kind());
        assertEquals(3, empirical.shownTogether(0, 1));
        assertEquals(2, empirical.keptTogether(1, 0));
        assertEquals(2.0 / 3, empirical.rsm().get(0, 1), 1e-15);
        assertEquals(0, empirical.shownTogether(2, 3));
        assertTrue(Double.isNaN(empirical.rsm().get(2, 3)));
        assertEquals(5, empirical.pairsWithData());
        assertArrayEquals(Rsms.empirical(a, ids).toArray(),
                Rsms.empiricalCounts(List.of(a), ids).rsm().toArray());
    }
}
