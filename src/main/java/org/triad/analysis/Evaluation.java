package org.triad.analysis;

import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import org.triad.model.Embedding;
import org.triad.model.JudgementSet;
import org.triad.model.Similarity;

/** Held-out evaluation of an embedding on judgements (DESIGN.md §4). */
public final class Evaluation {
    /** Accuracy of guessing: one of the three pairs at random. */
    public static final double CHANCE = 1.0 / 3.0;

    /** Bootstrap resamples of {@link #summarize(Embedding, JudgementSet)}. */
    public static final int DEFAULT_RESAMPLES = 1000;

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
     * What a held-out evaluation reports: the accuracy with its interval, chance, and the
     * noise ceiling of the same judgements.
     *
     * @param accuracy accuracy with its 95 % bootstrap interval
     * @param chance accuracy of guessing, {@link #CHANCE}
     * @param noiseCeiling ceiling from repeated triplets, {@link NoiseCeiling#available()}
     *     false when there are none
     */
    public record Summary(Accuracy accuracy, double chance, NoiseCeiling noiseCeiling) {

        /**
         * One line for people, e.g. "accuracy 61.20 % [60.47, 61.93] (95 % CI, 17345
         * judgements); chance 33.33 %; noise ceiling 67.60 % (95 % CI 66.10–69.00 %; 812
         * repeated triplets, 1,704 answers)".
         */
        public String describe() {
            return String.format(Locale.ROOT,
                    "accuracy %.2f %% [%.2f, %.2f] (95 %% CI, %d judgements); chance %.2f %%; "
                    + "noise ceiling%s", 100 * accuracy.accuracy(), 100 * accuracy.low(),
                    100 * accuracy.high(), accuracy.count(), 100 * chance,
                    noiseCeiling.available() ? " " + noiseCeiling.describe()
                            : ": no repeated triplets");
        }
    }

    /**
     * The held-out summary with {@value #DEFAULT_RESAMPLES} bootstrap resamples, seed 1.
     *
     * @param embedding n_items × n_dims weights
     * @param judgements held-out judgements indexing the embedding's rows
     */
    public static Summary summarize(Embedding embedding, JudgementSet judgements) {
        return summarize(embedding, judgements, DEFAULT_RESAMPLES, 1L);
    }

    /**
     * The held-out summary: accuracy with a 95 % bootstrap interval, chance and the noise
     * ceiling of the judgements.
     *
     * @param resamples bootstrap resamples, e.g. 1000
     * @param seed seed of the resampling
     */
    public static Summary summarize(Embedding embedding, JudgementSet judgements, int resamples,
            long seed) {
        return summarize(embedding, judgements, Similarity.DOT_PRODUCT, resamples, seed);
    }

    /**
     * {@link #summarize(Embedding, JudgementSet, int, long)} for a model trained with another
     * similarity.
     */
    public static Summary summarize(Embedding embedding, JudgementSet judgements,
            Similarity similarity, int resamples, long seed) {
        return new Summary(accuracyWithInterval(embedding, judgements, similarity, resamples,
                seed), CHANCE, NoiseCeiling.of(judgements));
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
        return accuracy(embedding, judgements, Similarity.DOT_PRODUCT);
    }

    /**
     * Share of judgements whose kept pair is the most similar pair under the similarity the
     * model was trained with; ties count as misses. The softmax temperature does not change
     * which pair is most similar, so it is not needed here.
     *
     * @param embedding n_items × n_dims weights
     * @param judgements judgements indexing the embedding's rows
     * @param similarity the similarity of the model's training
     * @return accuracy in [0, 1]; NaN for an empty set
     */
    public static double accuracy(Embedding embedding, JudgementSet judgements,
            Similarity similarity) {
        return share(hits(embedding, judgements, similarity));
    }

    private static double share(boolean[] hits) {
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
        return accuracyWithInterval(embedding, judgements, Similarity.DOT_PRODUCT, resamples,
                seed);
    }

    /**
     * {@link #accuracy(Embedding, JudgementSet, Similarity)} with a 95 % percentile bootstrap
     * interval over judgements.
     *
     * @param resamples bootstrap resamples, e.g. 1000
     * @param seed seed of the {@link SplittableRandom} that resamples
     */
    public static Accuracy accuracyWithInterval(Embedding embedding, JudgementSet judgements,
            Similarity similarity, int resamples, long seed) {
        boolean[] hits = hits(embedding, judgements, similarity);
        int count = hits.length;
        double value = share(hits);
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
        return choiceProbabilities(embedding, judgements, Similarity.DOT_PRODUCT, 1.0);
    }

    /**
     * The model's choice probabilities per judgement: softmax over (s_ij, s_ik, s_jk)/τ with
     * the given similarity, computed stably.
     *
     * @param temperature softmax temperature τ &gt; 0
     * @return judgements × 3 values, row-major: p(kept pair), p(i, k), p(j, k)
     */
    public static double[] choiceProbabilities(Embedding embedding, JudgementSet judgements,
            Similarity similarity, double temperature) {
        if (!(temperature > 0)) {
            throw new IllegalArgumentException("temperature must be > 0, not " + temperature);
        }
        float[] x = embedding.toArray();
        int dims = embedding.dims();
        double[] out = new double[judgements.size() * 3];
        for (int t = 0; t < judgements.size(); t++) {
            double[] s = similarities(x, dims, judgements, t, similarity);
            for (int c = 0; c < 3; c++) {
                s[c] /= temperature;
            }
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

    /** Per judgement: whether the kept pair's similarity is strictly the largest. */
    static boolean[] hits(Embedding embedding, JudgementSet judgements, Similarity similarity) {
        float[] x = embedding.toArray();
        int dims = embedding.dims();
        boolean[] hits = new boolean[judgements.size()];
        for (int t = 0; t < hits.length; t++) {
            double[] s = similarities(x, dims, judgements, t, similarity);
            hits[t] = s[0] > s[1] && s[0] > s[2];
        }
        return hits;
    }

    /** (s_ij, s_ik, s_jk) of judgement t, in double. */
    private static double[] similarities(float[] x, int dims, JudgementSet judgements, int t,
            Similarity similarity) {
        int a = judgements.keptA(t);
        int b = judgements.keptB(t);
        int c = judgements.odd(t);
        return new double[] {similarity.between(x, dims, a, b),
            similarity.between(x, dims, a, c), similarity.between(x, dims, b, c)};
    }
}
