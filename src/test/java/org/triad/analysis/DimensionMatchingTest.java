package org.triad.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.triad.model.Embedding;
import org.triad.testdata.Golden;

/** Matching dimensions of two embeddings by the correlation of their columns. */
class DimensionMatchingTest {
    private static final int ITEMS = 200;

    /** ITEMS × dims sparse random weights, seeded. */
    private static float[] weights(int dims, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] x = new float[ITEMS * dims];
        for (int i = 0; i < x.length; i++) {
            x[i] = random.nextDouble() < 0.4 ? (float) random.nextDouble(0.1, 2) : 0f;
        }
        return x;
    }

    /** Columns {@code order} of x (ITEMS × dims), each with a little seeded noise added. */
    private static float[] permuted(float[] x, int dims, int[] order, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] y = new float[ITEMS * order.length];
        for (int i = 0; i < ITEMS; i++) {
            for (int c = 0; c < order.length; c++) {
                y[i * order.length + c] = x[i * dims + order[c]]
                        + (float) random.nextDouble(0, 0.05);
            }
        }
        return y;
    }

    @Test
    void recoversAPermutationAndNamesTheSurplus() {
        float[] x = weights(6, 1L);
        int[] order = {3, 0, 5, 1};
        Embedding first = new Embedding(Golden.ids(ITEMS), 6, x, List.of());
        Embedding second = new Embedding(Golden.ids(ITEMS), 4, permuted(x, 6, order, 2L),
                List.of());

        DimensionMatching.Result result = DimensionMatching.match(first, second,
                DimensionMatching.Criterion.CORRELATION);

        List<Integer> partners = new ArrayList<>();
        result.pairs().forEach(pair -> partners.add(pair.first()));
        assertEquals(List.of(0, 1, 3, 5), partners);
        for (DimensionMatching.Pair pair : result.pairs()) {
            assertEquals(order[pair.second()], pair.first());
        }
        assertEquals(List.of(2, 4), result.unmatchedFirst());
        assertEquals(List.of(), result.unmatchedSecond());
        assertEquals(4, result.countAbove(0.95));
        assertEquals(ITEMS, result.sharedItems());
    }

    @Test
    void alignsRowsByItemIdNotPosition() {
        float[] x = weights(3, 5L);
        List<String> ids = Golden.ids(ITEMS);
        List<String> reversed = new ArrayList<>(ids);
        java.util.Collections.reverse(reversed);
        float[] flipped = new float[x.length];
        for (int i = 0; i < ITEMS; i++) {
            System.arraycopy(x, (ITEMS - 1 - i) * 3, flipped, i * 3, 3);
        }

        DimensionMatching.Result result = DimensionMatching.match(
                new Embedding(ids, 3, x, List.of()), new Embedding(reversed, 3, flipped,
                        List.of()), DimensionMatching.Criterion.ABSOLUTE_CORRELATION);

        for (DimensionMatching.Pair pair : result.pairs()) {
            assertEquals(pair.first(), pair.second());
            assertEquals(1.0, pair.correlation(), 1e-9);
        }
    }

    @Test
    void needsSharedItems() {
        Embedding a = new Embedding(List.of("a", "b"), 1, new float[] {1, 2}, List.of());

        assertThrows(IllegalArgumentException.class, () -> DimensionMatching.match(a, a,
                DimensionMatching.Criterion.CORRELATION));
    }

    @Test
    void histogramKeepsZerosApartAndNeighboursAreByDotProduct() {
        WeightHistogram histogram = WeightHistogram.of(new float[] {0, 0, 1, 2, 4, 4}, 4);

        assertEquals(2, histogram.zeros());
        assertEquals(4.0, histogram.max());
        assertEquals(List.of(1, 1, 0, 2), java.util.Arrays.stream(histogram.counts()).boxed()
                .toList());
        Embedding x = new Embedding(List.of("a", "b", "c", "d"), 2,
                new float[] {1, 0, 0.9f, 0.1f, 0, 1, 0.5f, 0.5f}, List.of());
        List<NearestItems.Neighbour> near = NearestItems.byDotProduct(x, 0, 2);
        assertEquals(List.of(1, 3), near.stream().map(NearestItems.Neighbour::item).toList());
        assertEquals(0.9, near.get(0).similarity(), 1e-6);
    }
}
