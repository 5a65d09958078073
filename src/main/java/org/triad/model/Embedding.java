package org.triad.model;

import java.util.ArrayList;
import java.util.List;

/**
 * An n_items × n_dims matrix of non-negative weights, row-major, with the item ids of its rows
 * and an optional label per dimension. Immutable.
 */
public final class Embedding {
    private final List<String> itemIds;
    private final int dims;
    private final float[] weights;
    private final List<String> labels;

    /**
     * @param itemIds ids of the rows, in item-set order
     * @param dims number of dimensions (columns)
     * @param weights row-major n_items × dims values, finite and ≥ 0; copied
     * @param labels one label per dimension, or an empty list for none
     * @throws IllegalArgumentException on a shape mismatch or a negative or non-finite weight
     */
    public Embedding(List<String> itemIds, int dims, float[] weights, List<String> labels) {
        if ((long) itemIds.size() * dims != weights.length) {
            throw new IllegalArgumentException("weights hold " + weights.length + " values, not "
                    + itemIds.size() + " × " + dims);
        }
        if (!labels.isEmpty() && labels.size() != dims) {
            throw new IllegalArgumentException(labels.size() + " labels for " + dims
                    + " dimensions");
        }
        for (int index = 0; index < weights.length; index++) {
            float w = weights[index];
            if (!(w >= 0f) || Float.isInfinite(w)) {
                throw new IllegalArgumentException("weight of item " + index / dims + ", dim "
                        + index % dims + " is " + w + " (must be finite and ≥ 0)");
            }
        }
        this.itemIds = List.copyOf(itemIds);
        this.dims = dims;
        this.weights = weights.clone();
        this.labels = List.copyOf(labels);
    }

    /** Number of rows (items). */
    public int itemCount() {
        return itemIds.size();
    }

    /** Number of columns (dimensions). */
    public int dims() {
        return dims;
    }

    /** Item ids of the rows. */
    public List<String> itemIds() {
        return itemIds;
    }

    /** Weight of an item on a dimension. */
    public float weight(int item, int dim) {
        return weights[item * dims + dim];
    }

    /** A copy of the row-major weights. */
    public float[] toArray() {
        return weights.clone();
    }

    /** A copy of one item's weights. */
    public float[] row(int item) {
        float[] row = new float[dims];
        System.arraycopy(weights, item * dims, row, 0, dims);
        return row;
    }

    /** A copy of one dimension's weights over all items. */
    public float[] column(int dim) {
        float[] column = new float[itemIds.size()];
        for (int i = 0; i < column.length; i++) {
            column[i] = weights[i * dims + dim];
        }
        return column;
    }

    /** Dimension labels, empty when unlabelled. */
    public List<String> labels() {
        return labels;
    }

    /** The label of a dimension, or "dim N" (1-based) when unlabelled. */
    public String label(int dim) {
        return labels.isEmpty() ? "dim " + (dim + 1) : labels.get(dim);
    }

    /** The same weights with new labels (one per dimension). */
    public Embedding withLabels(List<String> newLabels) {
        return new Embedding(itemIds, dims, weights, newLabels);
    }

    /** Indices of the items with the largest weights on a dimension, highest first. */
    public List<Integer> topItems(int dim, int count) {
        List<Integer> order = new ArrayList<>(itemIds.size());
        for (int i = 0; i < itemIds.size(); i++) {
            order.add(i);
        }
        order.sort((x, y) -> Float.compare(weight(y, dim), weight(x, dim)));
        return List.copyOf(order.subList(0, Math.min(count, order.size())));
    }
}
