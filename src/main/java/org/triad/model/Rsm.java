package org.triad.model;

import java.util.List;

/**
 * A symmetric item × item similarity matrix with its kind and the item ids of its rows.
 * Values are row-major; NaN marks "no data". Immutable.
 */
public final class Rsm {
    private final RsmKind kind;
    private final List<String> itemIds;
    private final double[] values;

    /**
     * @param kind how the values were obtained
     * @param itemIds ids of rows and columns
     * @param values row-major n × n values; copied
     */
    public Rsm(RsmKind kind, List<String> itemIds, double[] values) {
        long n = itemIds.size();
        if (n * n != values.length) {
            throw new IllegalArgumentException(values.length + " values for " + n + " items");
        }
        this.kind = kind;
        this.itemIds = List.copyOf(itemIds);
        this.values = values.clone();
    }

    /** How the values were obtained. */
    public RsmKind kind() {
        return kind;
    }

    /** Ids of the rows (and columns). */
    public List<String> itemIds() {
        return itemIds;
    }

    /** Number of rows. */
    public int size() {
        return itemIds.size();
    }

    /** The value at row i, column j. */
    public double get(int i, int j) {
        return values[i * itemIds.size() + j];
    }

    /** A copy of the row-major values. */
    public double[] toArray() {
        return values.clone();
    }
}
