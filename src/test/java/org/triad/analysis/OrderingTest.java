package org.triad.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.triad.model.CancellationToken;
import org.triad.model.Embedding;
import org.triad.model.ProgressListener;
import org.triad.model.Rsm;

class OrderingTest {

    /** Heights to 1e-12 (12-decimal inputs, a few averages); merges by their leaf sets. */
    @Test
    void upgmaMatchesScipyLinkage() {
        JsonNode reference = ReferenceData.load().get("upgma");
        Rsm rsm = ReferenceData.rsm(reference);

        Dendrogram tree = HierarchicalOrdering.upgma(rsm, ProgressListener.NONE,
                CancellationToken.none());

        JsonNode merges = reference.get("merges");
        assertEquals(merges.size(), tree.mergeCount());
        for (int k = 0; k < merges.size(); k++) {
            JsonNode merge = merges.get(k);
            assertEquals(merge.get("height").asDouble(), tree.heights()[k], 1e-12);
            assertEquals(merge.get("size").asInt(), tree.sizes()[k]);
            List<String> members = new ArrayList<>();
            for (int leaf : tree.members(rsm.size() + k)) {
                members.add(rsm.itemIds().get(leaf));
            }
            assertEquals(ReferenceData.strings(merge.get("members")), members);
        }
    }

    @Test
    void hierarchicalOrderKeepsBlocksTogether() {
        int n = 30;
        int[] block = new int[n];
        double[] values = new double[n * n];
        int[] shuffle = TestRsms.shuffle(n, 8);
        for (int i = 0; i < n; i++) {
            block[shuffle[i]] = i % 3;
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double jitter = 0.01 * ((i * 31 + j * 17 + i * j) % 7 + (j * 31 + i * 17) % 7);
                values[i * n + j] = i == j ? 1 : block[i] == block[j] ? 0.8 - jitter : 0.1;
            }
        }
        Rsm rsm = TestRsms.rsm(TestRsms.ids(n), values);

        int[] order = HierarchicalOrdering.order(rsm, ProgressListener.NONE,
                CancellationToken.none());

        assertPermutation(order, n);
        int changes = 0;
        for (int k = 1; k < n; k++) {
            changes += block[order[k]] != block[order[k - 1]] ? 1 : 0;
        }
        assertEquals(2, changes, Arrays.toString(order));
    }

    @Test
    void greedyFlipPutsChainNeighboursNextToEachOther() {
        int n = 12;
        double[] values = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                values[i * n + j] = 1 - Math.abs(i - j) / (double) n;
            }
        }
        int[] shuffle = TestRsms.shuffle(n, 3);
        Rsm shuffled = TestRsms.permuted(TestRsms.rsm(TestRsms.ids(n), values), shuffle);

        int[] order = HierarchicalOrdering.order(shuffled, ProgressListener.NONE,
                CancellationToken.none());

        for (int k = 1; k < n; k++) {
            int gap = Math.abs(shuffle[order[k]] - shuffle[order[k - 1]]);
            assertEquals(1, gap, "positions along the line: " + Arrays.toString(order));
        }
    }

    @Test
    void hierarchicalOrderHandlesTinyNanAndCancelledInputs() {
        double[] nan = new double[9];
        Arrays.fill(nan, Double.NaN);
        Rsm allNan = TestRsms.rsm(TestRsms.ids(3), nan);
        CancellationToken cancelled = new CancellationToken();
        cancelled.cancel();
        Rsm rsm = TestRsms.rsm(TestRsms.ids(5), TestRsms.values(5, 0.1, 1));

        assertPermutation(HierarchicalOrdering.order(allNan, ProgressListener.NONE,
                CancellationToken.none()), 3);
        assertArrayEquals(new int[] {0}, HierarchicalOrdering.order(
                TestRsms.rsm(List.of("only"), new double[] {1}), ProgressListener.NONE,
                CancellationToken.none()));
        assertNull(HierarchicalOrdering.order(rsm, ProgressListener.NONE, cancelled));
    }

    @Test
    void dominantDimensionGroupsByDimensionThenWeight() {
        float[] weights = {
            0.1f, 0.9f, 0.0f,
            0.8f, 0.2f, 0.0f,
            0.0f, 0.0f, 0.0f,
            0.3f, 0.3f, 0.1f,
            0.1f, 0.5f, 0.0f,
            0.0f, 0.1f, 0.7f,
        };
        Embedding embedding = new Embedding(TestRsms.ids(6), 3, weights, List.of());

        int[] order = DominantDimensionOrdering.order(embedding);

        assertArrayEquals(new int[] {1, 3, 0, 4, 5, 2}, order);
        assertArrayEquals(new int[] {1, 0, -1, 0, 1, 2},
                DominantDimensionOrdering.dominantDimensions(embedding));
    }

    private static void assertPermutation(int[] order, int n) {
        assertEquals(n, order.length);
        boolean[] seen = new boolean[n];
        for (int row : order) {
            assertTrue(row >= 0 && row < n && !seen[row], Arrays.toString(order));
            seen[row] = true;
        }
    }
}
