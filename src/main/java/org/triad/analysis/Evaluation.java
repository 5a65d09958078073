package org.triad.analysis;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.triad.model.Embedding;
import org.triad.model.JudgementSet;

/** Held-out evaluation of an embedding on judgements (DESIGN.md §4). */
public final class Evaluation {
    private Evaluation() {
    }

    /**
     * An accuracy with its bootstrap interval.
     *
     * @param accuracy share of judgements predicted
     * @param low lower end of the 95 % percentile bootstrap interval
     * @param high upper end of that interval
     * @param count judgements evaluated
     */
    public record Accuracy(double accuracy, double low, double high, int count) {
    }

    /**
     * Share of judgements whose kept pair is the most similar pair (largest dot product);
     * ties count as misses.
     *
     * @param embedding n_items × n_dims weights
     * @param judgements judgements indexing the embedding's rows
     * @return accuracy in [0, 1]; NaN for an empty set
     */
    public static double accuracy(Embedding embedding, JudgementSet judgements) {
        boolean[] hits = hits(embedding, judgements);
        int correct = 0;
        for (boolean hit : hits) {
            correct += hit ? 1 : 0;
        }
        return hits.length == 0 ? Double.NaN : (double) correct / hits.length;
    }

    /**
     * {@link #accuracy} with a 95 % percentile bootstrap interval over judgements.
     *
     * @param resamples bootstrap resamples, e.g. 1000
     * @param seed seed of the {@link SplittableRandom} that resamples
     */
    public static Accuracy accuracyWithInterval(Embedding embedding, JudgementSet judgements,
            int resamples, long seed) {
        boolean[] hits = hits(embedding, judgements);
        int count = hits.length;
        double value = accuracy(embedding, judgements);
        if (count == 0 || resamples < 1) {
            return new Accuracy(value, Double.NaN, Double.NaN, count);
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] means = new double[resamples];
        for (int r = 0; r < resamples; r++) {
            int correct = 0;
            for (int s = 0; s < count; s++) {
                correct += hits[random.nextInt(count)] ? 1 : 0;
            }
            means[r] = (double) correct / count;
        }
        Arrays.sort(means);
        int lowIndex = (int) Math.floor(0.025 * (resamples - 1));
        int highIndex = (int) Math.ceil(0.975 * (resamples - 1));
        return new Accuracy(value, means[lowIndex], means[highIndex], count);
    }

    /**
     * The model's choice probabilities per judgement: softmax over (s_ij, s_ik, s_jk) for
     * kept pair (i, j) and odd one out k, computed stably.
     *
     * @return judgements × 3 values, row-major: p(kept pair), p(i, k), p(j, k)
     */
    public static double[] choiceProbabilities(Embedding embedding, JudgementSet judgements) {
        float[] x = embedding.toArray();
        int dims = embedding.dims();
        double[] out = new double[judgements.size() * 3];
        for (int t = 0; t < judgements.size(); t++) {
            double[] s = similarities(x, dims, judgements, t);
            double max = Math.max(s[0], Math.max(s[1], s[2]));
            double sum = 0;
            for (int c = 0; c < 3; c++) {
                s[c] = Math.exp(s[c] - max);
                sum += s[c];
            }
            for (int c = 0; c < 3; c++) {
                out[3 * t + c] = s[c] / sum;
            }
        }
        return out;
    }

    /** Per judgement: whether the kept pair's dot product is strictly the largest. */
    static boolean[] hits(Embedding embedding, JudgementSet judgements) {
        float[] x = embedding.toArray();
        int dims = embedding.dims();
        boolean[] hits = new boolean[judgements.size()];
        for (int t = 0; t < hits.length; t++) {
            double[] s = similarities(x, dims, judgements, t);
            hits[t] = s[0] > s[1] && s[0] > s[2];
        }
        return hits;
    }

    /** (s_ij, s_ik, s_jk) of judgement t, float products summed in double. */
    private static double[] similarities(float[] x, int dims, JudgementSet judgements, int t) {
        int a = judgements.keptA(t) * dims;
        int b = judgements.keptB(t) * dims;
        int c = judgements.odd(t) * dims;
        double ab = 0;
        double ac = 0;
        double bc = 0;
        for (int e = 0; e < dims; e++) {
            ab += x[a + e] * x[b + e];
            ac += x[a + e] * x[c + e];
            bc += x[b + e] * x[c + e];
        }
        return new double[] {ab, ac, bc};
    }
}
