package org.triad.analysis;

/**
 * The distribution of one dimension's weights. SPoSE weights are sparse, so exact zeros are
 * counted apart and the bins cover the positive weights only; otherwise the zero bin would
 * dwarf every other.
 *
 * @param zeros weights equal to 0
 * @param max the largest weight (0 when all are 0)
 * @param counts positive weights per bin; bin b covers (b·w, (b+1)·w] with w = max / bins
 */
public record WeightHistogram(int zeros, double max, int[] counts) {

    /** Copies the counts. */
    public WeightHistogram {
        counts = counts.clone();
    }

    /**
     * Bins weights.
     *
     * @param weights values ≥ 0, e.g. {@code Embedding.column(dim)}
     * @param bins number of bins, ≥ 1
     */
    public static WeightHistogram of(float[] weights, int bins) {
        if (bins < 1) {
            throw new IllegalArgumentException(bins + " bins");
        }
        double max = 0;
        for (float weight : weights) {
            max = Math.max(max, weight);
        }
        int zeros = 0;
        int[] counts = new int[bins];
        for (float weight : weights) {
            if (weight <= 0) {
                zeros++;
            } else {
                int bin = (int) Math.ceil(weight / max * bins) - 1;
                counts[Math.max(0, Math.min(bins - 1, bin))]++;
            }
        }
        return new WeightHistogram(zeros, max, counts);
    }

    /** A copy of the counts per bin. */
    @Override
    public int[] counts() {
        return counts.clone();
    }

    /** Width of one bin. */
    public double binWidth() {
        return max / counts.length;
    }

    /** The largest count of any bin (0 when all weights are 0). */
    public int largestCount() {
        int largest = 0;
        for (int count : counts) {
            largest = Math.max(largest, count);
        }
        return largest;
    }
}
