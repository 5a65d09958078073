package org.triad.analysis;

import java.util.Arrays;
import org.triad.model.Embedding;

/**
 * Orders items by the embedding dimension on which each weighs most, so that an RSM drawn in
 * this order shows one block per dimension. Dimensions keep the embedding's column order
 * (after training: by L1 norm, descending); within a dimension, items go from the highest
 * weight down.
 */
public final class DominantDimensionOrdering {
    private DominantDimensionOrdering() {
    }

    /**
     * The row order of an embedding's items by dominant dimension.
     * <p>An item's dominant dimension is the argmax of its weights, the lowest dimension
     * winning exact ties. Items whose weights are all 0 have no dominant dimension and come
     * last, in item order. Equal weights within a dimension keep item order.
     *
     * @param embedding n_items × n_dims, entries ≥ 0
     * @return a permutation of 0..n_items−1 (position → item row)
     */
    public static int[] order(Embedding embedding) {
        int n = embedding.itemCount();
        int[] dominant = dominantDimensions(embedding);
        Integer[] items = new Integer[n];
        for (int i = 0; i < n; i++) {
            items[i] = i;
        }
        Arrays.sort(items, (a, b) -> {
            int byDimension = Integer.compare(groupOf(dominant[a], embedding),
                    groupOf(dominant[b], embedding));
            if (byDimension != 0 || dominant[a] < 0) {
                return byDimension;
            }
            int dim = dominant[a];
            return Float.compare(embedding.weight(b, dim), embedding.weight(a, dim));
        });
        return Arrays.stream(items).mapToInt(Integer::intValue).toArray();
    }

    /**
     * Each item's dominant dimension.
     *
     * @param embedding n_items × n_dims, entries ≥ 0
     * @return per item, the index of its largest weight (lowest index on ties), or −1 when all
     *         its weights are 0
     */
    public static int[] dominantDimensions(Embedding embedding) {
        int[] dominant = new int[embedding.itemCount()];
        for (int i = 0; i < dominant.length; i++) {
            int best = -1;
            float bestWeight = 0f;
            for (int d = 0; d < embedding.dims(); d++) {
                if (embedding.weight(i, d) > bestWeight) {
                    best = d;
                    bestWeight = embedding.weight(i, d);
                }
            }
            dominant[i] = best;
        }
        return dominant;
    }

    /** Sort key of a dominant dimension: the dimension itself, with "none" after all. */
    private static int groupOf(int dominant, Embedding embedding) {
        return dominant < 0 ? embedding.dims() : dominant;
    }
}
