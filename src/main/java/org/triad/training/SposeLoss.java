package org.triad.training;

import org.triad.model.JudgementSet;
import org.triad.model.Similarity;

/**
 * The SPoSE objective of DESIGN.md §4 on a flat weight matrix X (n_items × n_dims, row-major
 * float). For a judgement with kept pair (i, j) and odd one out k, the logits are
 * s_ij = x_i·x_j, s_ik, s_jk and p_ij = softmax(s)_ij; the loss of a batch is the mean of
 * −log p_ij plus (λ / n_items)·Σ|X|. Options: the similarity may be −‖x_i − x_j‖² instead of
 * the dot product, and the logits may be divided by a softmax temperature τ.
 *
 * <p>These are the reference implementations the engine and the tests share; the engine's
 * gradient kernel is {@link #accumulateGradient}.
 */
public final class SposeLoss {
    private SposeLoss() {
    }

    /**
     * Mean cross-entropy and accuracy of X on judgements.
     *
     * @param crossEntropy mean −log p(kept pair) in nats; NaN for an empty set
     * @param accuracy share of judgements whose kept pair has the strictly largest dot product
     *     (a tie is a miss); NaN for an empty set
     */
    public record Fit(double crossEntropy, double accuracy) {
    }

    /**
     * Mean −log p(kept pair) over all judgements.
     *
     * @param x row-major n_items × dims weights
     * @param dims columns of x
     * @param judgements judgements indexing rows of x
     * @return mean cross-entropy in nats; NaN for an empty set
     */
    public static double crossEntropy(float[] x, int dims, JudgementSet judgements) {
        return evaluate(x, dims, judgements).crossEntropy();
    }

    /**
     * The L1 term (λ / n_items)·Σ|X| of the loss.
     *
     * @param x row-major n_items × dims weights
     * @param itemCount n_items, the divisor of λ
     * @param lambda L1 weight λ
     */
    public static double l1Term(float[] x, int itemCount, double lambda) {
        double sum = 0;
        for (float value : x) {
            sum += Math.abs(value);
        }
        return lambda / itemCount * sum;
    }

    /** Cross-entropy plus L1 term: the full SPoSE loss of X on judgements. */
    public static double loss(float[] x, int dims, JudgementSet judgements, double lambda) {
        return crossEntropy(x, dims, judgements) + l1Term(x, x.length / dims, lambda);
    }

    /**
     * Mean cross-entropy and accuracy of X on every judgement of a set, with the dot product
     * at temperature 1.
     *
     * @param x row-major n_items × dims weights
     * @param dims columns of x
     * @param judgements judgements indexing rows of x
     */
    public static Fit evaluate(float[] x, int dims, JudgementSet judgements) {
        return evaluate(x, dims, judgements, Similarity.DOT_PRODUCT, 1.0);
    }

    /**
     * Mean cross-entropy and accuracy of X on every judgement of a set, with logits
     * similarity / temperature.
     *
     * @param x row-major n_items × dims weights
     * @param dims columns of x
     * @param judgements judgements indexing rows of x
     * @param similarity how two rows give a similarity
     * @param temperature softmax temperature τ &gt; 0
     */
    public static Fit evaluate(float[] x, int dims, JudgementSet judgements,
            Similarity similarity, double temperature) {
        int count = judgements.size();
        if (count == 0) {
            return new Fit(Double.NaN, Double.NaN);
        }
        float inverseTemperature = inverse(temperature);
        float[] logits = new float[3];
        double ce = 0;
        int correct = 0;
        for (int t = 0; t < count; t++) {
            logits(x, dims, judgements.keptA(t) * dims, judgements.keptB(t) * dims,
                    judgements.odd(t) * dims, similarity, logits);
            float sab = logits[0] * inverseTemperature;
            float sac = logits[1] * inverseTemperature;
            float sbc = logits[2] * inverseTemperature;
            ce += negativeLogKept(sab, sac, sbc);
            if (sab > sac && sab > sbc) {
                correct++;
            }
        }
        return new Fit(ce / count, (double) correct / count);
    }

    /** The full SPoSE loss of X with a given similarity and temperature. */
    public static double loss(float[] x, int dims, JudgementSet judgements, double lambda,
            Similarity similarity, double temperature) {
        return evaluate(x, dims, judgements, similarity, temperature).crossEntropy()
                + l1Term(x, x.length / dims, lambda);
    }

    /** 1/τ as the float every engine multiplies its similarities by. */
    static float inverse(double temperature) {
        if (!(temperature > 0) || !Double.isFinite(temperature)) {
            throw new IllegalArgumentException("temperature must be > 0, not " + temperature);
        }
        return (float) (1.0 / temperature);
    }

    /** The float similarities (ab, ac, bc) of rows starting at a, b, c, before 1/τ. */
    private static void logits(float[] x, int dims, int a, int b, int c, Similarity similarity,
            float[] out) {
        float sab = 0f;
        float sac = 0f;
        float sbc = 0f;
        boolean dot = similarity == Similarity.DOT_PRODUCT;
        for (int e = 0; e < dims; e++) {
            float xa = x[a + e];
            float xb = x[b + e];
            float xc = x[c + e];
            if (dot) {
                sab += xa * xb;
                sac += xa * xc;
                sbc += xb * xc;
            } else {
                sab -= (xa - xb) * (xa - xb);
                sac -= (xa - xc) * (xa - xc);
                sbc -= (xb - xc) * (xb - xc);
            }
        }
        out[0] = sab;
        out[1] = sac;
        out[2] = sbc;
    }

    /** −log softmax(s)_0 for logits (keptPair, other1, other2), computed stably. */
    static double negativeLogKept(double keptPair, double other1, double other2) {
        double max = Math.max(keptPair, Math.max(other1, other2));
        double sum = Math.exp(keptPair - max) + Math.exp(other1 - max) + Math.exp(other2 - max);
        return Math.log(sum) - (keptPair - max);
    }

    /**
     * {@link #accumulateGradient(float[], int, JudgementSet, int[], int, int, float[],
     * BatchStats, Similarity, float)} for the dot product at temperature 1.
     */
    static void accumulateGradient(float[] x, int dims, JudgementSet judgements, int[] order,
            int from, int to, float[] grad, BatchStats stats) {
        accumulateGradient(x, dims, judgements, order, from, to, grad, stats,
                Similarity.DOT_PRODUCT, 1f);
    }

    /**
     * Adds the gradient of the batch-mean cross-entropy to {@code grad}, for the judgements
     * {@code order[from..to)}, in that order (so the float sums do not depend on threads).
     * With logits s = sim/τ, p = softmax(s_ij, s_ik, s_jk) and B = to − from:
     * ∂/∂s_ij = (p_ij − 1)/B, ∂/∂s_ik = p_ik/B, ∂/∂s_jk = p_jk/B; for the dot product
     * ∂s_ij/∂x_i = x_j/τ, for −‖x_i − x_j‖² it is −2(x_i − x_j)/τ.
     *
     * @param x row-major n_items × dims weights, read only
     * @param grad n_items × dims gradient buffer, added to
     * @param stats receives the summed −log p and the count of correct judgements; may be null
     * @param inverseTemperature 1/τ, from {@link #inverse(double)}
     */
    static void accumulateGradient(float[] x, int dims, JudgementSet judgements, int[] order,
            int from, int to, float[] grad, BatchStats stats, Similarity similarity,
            float inverseTemperature) {
        float scale = 1f / (to - from);
        if (similarity == Similarity.DOT_PRODUCT) {
            dotGradient(x, dims, judgements, order, from, to, grad, stats, scale,
                    inverseTemperature);
        } else {
            euclideanGradient(x, dims, judgements, order, from, to, grad, stats, scale,
                    inverseTemperature);
        }
    }

    /** The dot-product kernel of {@link #accumulateGradient}; kept apart because it is hot. */
    private static void dotGradient(float[] x, int dims, JudgementSet judgements, int[] order,
            int from, int to, float[] grad, BatchStats stats, float scale, float inverse) {
        float[] c = new float[3];
        for (int s = from; s < to; s++) {
            int t = order[s];
            int a = judgements.keptA(t) * dims;
            int b = judgements.keptB(t) * dims;
            int o = judgements.odd(t) * dims;
            float sab = 0f;
            float sac = 0f;
            float sbc = 0f;
            for (int e = 0; e < dims; e++) {
                float xa = x[a + e];
                float xb = x[b + e];
                float xc = x[o + e];
                sab += xa * xb;
                sac += xa * xc;
                sbc += xb * xc;
            }
            softmaxCoefficients(sab * inverse, sac * inverse, sbc * inverse, scale * inverse,
                    stats, c);
            float cab = c[0];
            float cac = c[1];
            float cbc = c[2];
            for (int e = 0; e < dims; e++) {
                float xa = x[a + e];
                float xb = x[b + e];
                float xc = x[o + e];
                grad[a + e] += cab * xb + cac * xc;
                grad[b + e] += cab * xa + cbc * xc;
                grad[o + e] += cac * xa + cbc * xb;
            }
        }
    }

    /** The −‖x_i − x_j‖² kernel of {@link #accumulateGradient}. */
    private static void euclideanGradient(float[] x, int dims, JudgementSet judgements,
            int[] order, int from, int to, float[] grad, BatchStats stats, float scale,
            float inverse) {
        float[] c = new float[3];
        for (int s = from; s < to; s++) {
            int t = order[s];
            int a = judgements.keptA(t) * dims;
            int b = judgements.keptB(t) * dims;
            int o = judgements.odd(t) * dims;
            float sab = 0f;
            float sac = 0f;
            float sbc = 0f;
            for (int e = 0; e < dims; e++) {
                float dab = x[a + e] - x[b + e];
                float dac = x[a + e] - x[o + e];
                float dbc = x[b + e] - x[o + e];
                sab -= dab * dab;
                sac -= dac * dac;
                sbc -= dbc * dbc;
            }
            // ∂s_ab/∂x_a = −2(x_a − x_b)/τ: fold −2 into the coefficients.
            softmaxCoefficients(sab * inverse, sac * inverse, sbc * inverse,
                    -2f * scale * inverse, stats, c);
            float cab = c[0];
            float cac = c[1];
            float cbc = c[2];
            for (int e = 0; e < dims; e++) {
                float dab = x[a + e] - x[b + e];
                float dac = x[a + e] - x[o + e];
                float dbc = x[b + e] - x[o + e];
                grad[a + e] += cab * dab + cac * dac;
                grad[b + e] += cbc * dbc - cab * dab;
                grad[o + e] += -cac * dac - cbc * dbc;
            }
        }
    }

    /**
     * Writes ((p_ab − 1)·factor, p_ac·factor, p_bc·factor) to {@code out} for the logits
     * (sab, sac, sbc), computed stably, and records the judgement in {@code stats}.
     */
    private static void softmaxCoefficients(float sab, float sac, float sbc, float factor,
            BatchStats stats, float[] out) {
        float max = Math.max(sab, Math.max(sac, sbc));
        double eab = Math.exp(sab - max);
        double eac = Math.exp(sac - max);
        double ebc = Math.exp(sbc - max);
        double sum = eab + eac + ebc;
        if (stats != null) {
            stats.add(Math.log(sum) - (sab - max), sab > sac && sab > sbc);
        }
        out[0] = (float) ((eab / sum - 1.0) * factor);
        out[1] = (float) (eac / sum * factor);
        out[2] = (float) (ebc / sum * factor);
    }

    /** Running sums of one epoch's training batches. */
    static final class BatchStats {
        private double crossEntropySum;
        private long correct;
        private long count;

        void add(double negativeLogKept, boolean hit) {
            crossEntropySum += negativeLogKept;
            count++;
            if (hit) {
                correct++;
            }
        }

        /** Adds the sums of many judgements at once (engines that reduce on a device). */
        void addAll(double negativeLogKeptSum, long hits, long judgements) {
            crossEntropySum += negativeLogKeptSum;
            correct += hits;
            count += judgements;
        }

        double meanCrossEntropy() {
            return count == 0 ? Double.NaN : crossEntropySum / count;
        }

        double accuracy() {
            return count == 0 ? Double.NaN : (double) correct / count;
        }

        long count() {
            return count;
        }
    }
}
