package org.triad.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.triad.model.Embedding;
import org.triad.model.ItemSet;
import org.triad.model.JudgementSet;
import org.triad.model.Similarity;

/** Held-out accuracy split by the categories of the items judged. */
public final class CategoryAccuracy {
    /** z of the two-sided 95 % normal interval. */
    private static final double Z95 = 1.959963984540054;

    /** Which judgements count for a category. */
    public enum Rule {
        /** A judgement counts for every category of its odd one out. */
        ODD_ONE_OUT("its odd one out belongs to the category"),
        /** A judgement counts once for every category that any of its three items belongs to. */
        ANY_ITEM("any of its three items belongs to the category");

        private final String description;

        Rule(String description) {
            this.description = description;
        }

        /** The rule in words, to complete "a judgement counts for a category when …". */
        public String description() {
            return description;
        }
    }

    /**
     * The accuracy on one category's judgements.
     *
     * @param category the category name
     * @param judgements judgements that count for it
     * @param correct those whose kept pair the model predicts (ties are misses)
     * @param low lower end of the 95 % Wilson score interval
     * @param high upper end of that interval
     */
    public record Row(String category, int judgements, int correct, double low, double high) {
        /** correct / judgements. */
        public double accuracy() {
            return (double) correct / judgements;
        }
    }

    private CategoryAccuracy() {
    }

    /**
     * Accuracy per category, categories in alphabetical order; categories without judgements
     * are left out, and so are judgements whose items have no category.
     *
     * @param embedding n_items × n_dims weights whose rows follow {@code items}
     * @param judgements judgements indexing {@code items}
     * @param items the item set with each item's categories
     */
    public static List<Row> of(Embedding embedding, JudgementSet judgements, ItemSet items,
            Rule rule) {
        boolean[] hits = Evaluation.hits(embedding, judgements, Similarity.DOT_PRODUCT);
        Map<String, int[]> counts = new TreeMap<>();
        for (int t = 0; t < judgements.size(); t++) {
            for (String category : categoriesOf(judgements, t, items, rule)) {
                int[] count = counts.computeIfAbsent(category, c -> new int[2]);
                count[0]++;
                count[1] += hits[t] ? 1 : 0;
            }
        }
        List<Row> rows = new ArrayList<>(counts.size());
        counts.forEach((category, count) -> {
            double[] interval = wilson(count[1], count[0]);
            rows.add(new Row(category, count[0], count[1], interval[0], interval[1]));
        });
        return rows;
    }

    private static List<String> categoriesOf(JudgementSet judgements, int t, ItemSet items,
            Rule rule) {
        if (rule == Rule.ODD_ONE_OUT) {
            return items.get(judgements.odd(t)).categories();
        }
        List<String> all = new ArrayList<>(items.get(judgements.keptA(t)).categories());
        for (int item : new int[] {judgements.keptB(t), judgements.odd(t)}) {
            for (String category : items.get(item).categories()) {
                if (!all.contains(category)) {
                    all.add(category);
                }
            }
        }
        return all;
    }

    /**
     * The 95 % Wilson score interval of a proportion, which stays inside [0, 1] and behaves for
     * the small counts of rare categories.
     */
    static double[] wilson(int successes, int trials) {
        double p = (double) successes / trials;
        double z2 = Z95 * Z95;
        double centre = (p + z2 / (2 * trials)) / (1 + z2 / trials);
        double half = Z95 * Math.sqrt(p * (1 - p) / trials + z2 / (4.0 * trials * trials))
                / (1 + z2 / trials);
        return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
    }
}
