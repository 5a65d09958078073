package org.triad.model;

import java.util.Locale;

/**
 * How a SPoSE model turns two embedding rows into the similarity that enters the odd-one-out
 * softmax. The choice must be the same in training and in held-out evaluation.
 */
public enum Similarity {
    /** x_i·x_j, as in SPoSE (Zheng et al. 2019). */
    DOT_PRODUCT("dot"),
    /** −‖x_i − x_j‖², a distance-based alternative. */
    NEGATIVE_SQUARED_EUCLIDEAN("euclidean");

    private final String key;

    Similarity(String key) {
        this.key = key;
    }

    /** The short name used on the command line and in manifests: "dot" or "euclidean". */
    public String key() {
        return key;
    }

    /**
     * The similarity named by a key ("dot", "euclidean") or an enum name, case-insensitive.
     *
     * @throws IllegalArgumentException for an unknown name
     */
    public static Similarity parse(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        for (Similarity similarity : values()) {
            if (similarity.key.equals(wanted)
                    || similarity.name().toLowerCase(Locale.ROOT).equals(wanted)) {
                return similarity;
            }
        }
        throw new IllegalArgumentException("unknown similarity '" + name
                + "' (use dot or euclidean)");
    }

    /**
     * The similarity of rows a and b of a row-major matrix, float entries combined in double.
     *
     * @param x row-major rows × dims
     * @param dims columns of x
     * @param a first row index
     * @param b second row index
     */
    public double between(float[] x, int dims, int a, int b) {
        int ra = a * dims;
        int rb = b * dims;
        double sum = 0;
        if (this == DOT_PRODUCT) {
            for (int e = 0; e < dims; e++) {
                sum += (double) x[ra + e] * x[rb + e];
            }
            return sum;
        }
        for (int e = 0; e < dims; e++) {
            double difference = (double) x[ra + e] - x[rb + e];
            sum += difference * difference;
        }
        return -sum;
    }
}
