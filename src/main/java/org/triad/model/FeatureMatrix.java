package org.triad.model;

/**
 * An n_rows × n_dims matrix of finite float features, row-major, any sign (word vectors,
 * sentence embeddings). Unlike an {@link Embedding} its entries may be negative. When stored in
 * a project its rows follow the project's item set. Immutable.
 */
public final class FeatureMatrix {
    private final int rows;
    private final int dims;
    private final float[] values;

    /**
     * @param rows number of rows (items), ≥ 0
     * @param dims number of columns, ≥ 1
     * @param values row-major rows × dims values, all finite; copied
     * @throws IllegalArgumentException on a shape mismatch or a NaN or infinite value
     */
    public FeatureMatrix(int rows, int dims, float[] values) {
        if (rows < 0 || dims < 1 || (long) rows * dims != values.length) {
            throw new IllegalArgumentException(values.length + " values for a " + rows + " × "
                    + dims + " matrix");
        }
        for (int index = 0; index < values.length; index++) {
            if (!Float.isFinite(values[index])) {
                throw new IllegalArgumentException("value of row " + index / dims + ", column "
                        + index % dims + " is " + values[index]);
            }
        }
        this.rows = rows;
        this.dims = dims;
        this.values = values.clone();
    }

    /** Number of rows. */
    public int rows() {
        return rows;
    }

    /** Number of columns. */
    public int dims() {
        return dims;
    }

    /** The value at a row and column. */
    public float get(int row, int dim) {
        return values[row * dims + dim];
    }

    /** A copy of one row. */
    public float[] row(int row) {
        float[] out = new float[dims];
        System.arraycopy(values, row * dims, out, 0, dims);
        return out;
    }

    /** A copy of the row-major values. */
    public float[] toArray() {
        return values.clone();
    }
}
