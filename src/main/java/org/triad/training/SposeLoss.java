package org.triad.training;

import org.triad.model.JudgementSet;

/**
 * The SPoSE objective of DESIGN.md §4 on a flat weight matrix X (n_items × n_dims, row-major
 * float). For a judgement with kept pair (i, j) and odd one out k, the logits are
 * s_ij = x_i·x_j, s_ik, s_jk and p_ij = softmax(s)_ij; the loss of a batch is the mean of
 * −log p_ij plus (λ / n_items)·Σ|X|.
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
     * Mean cross-entropy and accuracy of X on every judgement of a set.
     *
     * @param x row-major n_items × dims weights
     * @param dims columns of x
     * @param judgements judgements indexing rows of x
     */
    public static Fit evaluate(float[] x, int dims, JudgementSet judgements) {
        int count = judgements.size();
        if (count == 0) {
            return new Fit(Double.NaN, Double.NaN);
        }
        double ce = 0;
        int correct = 0;
        for (int t = 0; t < count; t++) {
            int a = judgements.keptA(t) * dims;
            int b = judgements.keptB(t) * dims;
            int c = judgements.odd(t) * dims;
            float sab = 0f;
            float sac = 0f;
            float sbc = 0f;
            for (int e = 0; e < dims; e++) {
                float xa = x[a + e];
                float xb = x[b + e];
                float xc = x[c + e];
                sab += xa * xb;
                sac += xa * xc;
                sbc += xb * xc;
            }
            ce += negativeLogKept(sab, sac, sbc);
            if (sab > sac && sab > sbc) {
                correct++;
            }
        }
        return new Fit(ce / count, (double) correct / count);
    }

    /** −log softmax(s)_0 for logits (keptPair, other1, other2), computed stably. */
    static double negativeLogKept(double keptPair, double other1, double other2) {
        double max = Math.max(keptPair, Math.max(other1, other2));
        double sum = Math.exp(keptPair - max) + Math.exp(other1 - max) + Math.exp(other2 - max);
        return Math.log(sum) - (keptPair - max);
    }

    /**
     * Adds the gradient of the batch-mean cross-entropy to {@code grad}, for the judgements
     * {@code order[from..to)}, in that order (so the float sums do not depend on threads).
     * With p = softmax(s_ij, s_ik, s_jk) and B = to − from: ∂/∂s_ij = (p_ij − 1)/B,
     * ∂/∂s_ik = p_ik/B, ∂/∂s_jk = p_jk/B, and ∂s_ij/∂x_i = x_j.
     *
     * @param x row-major n_items × dims weights, read only
     * @param grad n_items × dims gradient buffer, added to
     * @param stats receives the summed −log p and the count of correct judgements; may be null
     */
    static void accumulateGradient(float[] x, int dims, JudgementSet judgements, int[] order,
            int from, int to, float[] grad, BatchStats stats) {
        float scale = 1f / (to - from);
        for (int s = from; s < to; s++) {
            int t = order[s];
            int a = judgements.keptA(t) * dims;
            int b = judgements.keptB(t) * dims;
            int c = judgements.odd(t) * dims;
            float sab = 0f;
            float sac = 0f;
            float sbc = 0f;
            for (int e = 0; e < dims; e++) {
                float xa = x[a + e];
                float xb = x[b + e];
                float xc = x[c + e];
                sab += xa * xb;
                sac += xa * xc;
                sbc += xb * xc;
            }
            float max = Math.max(sab, Math.max(sac, sbc));
            double eab = Math.exp(sab - max);
            double eac = Math.exp(sac - max);
            double ebc = Math.exp(sbc - max);
            double sum = eab + eac + ebc;
            if (stats != null) {
                stats.add(Math.log(sum) - (sab - max), sab > sac && sab > sbc);
            }
            float cab = (float) ((eab / sum - 1.0) * scale);
            float cac = (float) (eac / sum * scale);
            float cbc = (float) (ebc / sum * scale);
            for (int e = 0; e < dims; e++) {
                float xa = x[a + e];
                float xb = x[b + e];
                float xc = x[c + e];
                grad[a + e] += cab * xb + cac * xc;
                grad[b + e] += cab * xa + cbc * xc;
                grad[c + e] += cac * xa + cbc * xb;
            }
        }
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
