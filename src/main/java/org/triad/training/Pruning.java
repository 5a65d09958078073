package org.triad.training;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.triad.model.Embedding;

/**
 * The SPoSE clean-up after training (DESIGN.md §4): drop the dimensions whose largest weight
 * is ≤ {@link #THRESHOLD}, and order the rest by their column sum (L1 norm), largest first.
 */
public final class Pruning {
    /** A dimension is active when some item weighs more than this on it. */
    public static final float THRESHOLD = 0.1f;

    private Pruning() {
    }

    /**
     * The columns to keep, in output order.
     *
     * @param weights row-major n_items × dims, entries ≥ 0
     * @param dims columns of weights
     * @return indices of columns with max &gt; 0.1, by column sum descending (ties by index)
     */
    public static int[] keptDimsSorted(float[] weights, int dims) {
        float[] max = new float[dims];
        double[] sum = new double[dims];
        for (int e = 0; e < weights.length; e++) {
            int dim = e % dims;
            max[dim] = Math.max(max[dim], weights[e]);
            sum[dim] += Math.abs(weights[e]);
        }
        List<Integer> kept = new ArrayList<>();
        for (int dim = 0; dim < dims; dim++) {
            if (max[dim] > THRESHOLD) {
                kept.add(dim);
            }
        }
        kept.sort(Comparator.comparingDouble((Integer dim) -> -sum[dim]));
        return kept.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Number of columns whose largest weight exceeds {@link #THRESHOLD}. */
    public static int activeDims(float[] weights, int dims) {
        float[] max = new float[dims];
        for (int e = 0; e < weights.length; e++) {
            max[e % dims] = Math.max(max[e % dims], weights[e]);
        }
        int active = 0;
        for (float value : max) {
            if (value > THRESHOLD) {
                active++;
            }
        }
        return active;
    }

    /**
     * The pruned, sorted embedding.
     *
     * @param weights row-major n_items × dims, entries ≥ 0
     * @param dims columns of weights
     * @param itemIds ids of the n_items rows
     * @return an n_items × kept embedding without labels (kept may be 0)
     */
    public static Embedding prune(float[] weights, int dims, List<String> itemIds) {
        int[] kept = keptDimsSorted(weights, dims);
        int rows = itemIds.size();
        float[] out = new float[rows * kept.length];
        for (int i = 0; i < rows; i++) {
            for (int c = 0; c < kept.length; c++) {
                out[i * kept.length + c] = weights[i * dims + kept[c]];
            }
        }
        return new Embedding(itemIds, kept.length, out, List.of());
    }
}
