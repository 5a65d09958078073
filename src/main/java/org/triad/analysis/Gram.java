package org.triad.analysis;

import java.util.stream.IntStream;
import org.triad.model.Embedding;

/** Row dot products of an embedding, in double precision. */
final class Gram {
    private Gram() {
    }

    /**
     * S = X Xᵀ as row arrays.
     *
     * @return n_items arrays of n_items values; exactly symmetric, as both halves sum the same
     *     products in the same order
     */
    static double[][] rows(Embedding embedding) {
        int n = embedding.itemCount();
        int dims = embedding.dims();
        double[][] transposed = new double[dims][];
        for (int dim = 0; dim < dims; dim++) {
            float[] column = embedding.column(dim);
            transposed[dim] = new double[n];
            for (int i = 0; i < n; i++) {
                transposed[dim][i] = column[i];
            }
        }
        double[][] s = new double[n][];
        // rows are independent, so the common pool cannot change the values
        IntStream.range(0, n).parallel().forEach(i -> s[i] = row(transposed, i, n));
        return s;
    }

    /** Row i of X Xᵀ; the inner loop runs over items so that it vectorises. */
    private static double[] row(double[][] transposed, int i, int n) {
        double[] out = new double[n];
        for (double[] column : transposed) {
            double weight = column[i];
            if (weight == 0) {
                continue;
            }
            for (int j = 0; j < n; j++) {
                out[j] += weight * column[j];
            }
        }
        return out;
    }
}
