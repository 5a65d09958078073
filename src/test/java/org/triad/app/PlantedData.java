package org.triad.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.triad.model.Embedding;
import org.triad.model.Item;
import org.triad.model.ItemSet;
import org.triad.model.Judgement;
import org.triad.store.ProjectStore;
import org.triad.store.StoreException;

/**
 * A small world for tests: 30 items in three categories, an embedding whose dimension c loads on
 * the items of category c, and judgements sampled from that embedding with a fixed seed.
 */
final class PlantedData {
    static final List<String> CATEGORIES = List.of("animal", "food", "tool");
    private static final String[][] WORDS = {
        {"cat", "dog", "horse", "cow", "sheep", "goat", "lion", "tiger", "bear", "wolf"},
        {"apple", "bread", "cheese", "pear", "rice", "soup", "cake", "egg", "plum", "bean"},
        {"hammer", "saw", "drill", "wrench", "chisel", "file", "pliers", "axe", "rake", "hoe"},
    };

    private PlantedData() {
    }

    /** 30 items; item 10·c + k is word k of category c. */
    static ItemSet items() {
        List<Item> items = new ArrayList<>();
        for (int c = 0; c < WORDS.length; c++) {
            for (String word : WORDS[c]) {
                items.add(new Item(word + "_1", word, "a " + word + " (" + CATEGORIES.get(c)
                        + ")", "", List.of(CATEGORIES.get(c))));
            }
        }
        return new ItemSet(items);
    }

    /** The planted 30 × 3 embedding, labelled by category. */
    static Embedding embedding(ItemSet items) {
        Random random = new Random(11);
        float[] weights = new float[items.size() * 3];
        for (int i = 0; i < items.size(); i++) {
            for (int d = 0; d < 3; d++) {
                weights[i * 3 + d] = d == i / 10 ? 1.5f + random.nextFloat()
                        : 0.2f * random.nextFloat();
            }
        }
        return new Embedding(items.ids(), 3, weights, CATEGORIES);
    }

    /** Judgements drawn from the embedding's choice probabilities. */
    static List<Judgement> judgements(Embedding embedding, int count, long seed, String source) {
        Random random = new Random(seed);
        int n = embedding.itemCount();
        List<Judgement> judgements = new ArrayList<>(count);
        while (judgements.size() < count) {
            int a = random.nextInt(n);
            int b = random.nextInt(n);
            int c = random.nextInt(n);
            if (a == b || a == c || b == c) {
                continue;
            }
            double ab = Math.exp(dot(embedding, a, b));
            double ac = Math.exp(dot(embedding, a, c));
            double bc = Math.exp(dot(embedding, b, c));
            double u = random.nextDouble() * (ab + ac + bc);
            if (u < ab) {
                judgements.add(Judgement.ofSpose(a, b, c, source));
            } else if (u < ab + ac) {
                judgements.add(Judgement.ofSpose(a, c, b, source));
            } else {
                judgements.add(Judgement.ofSpose(b, c, a, source));
            }
        }
        return judgements;
    }

    /**
     * Writes the planted project the headless app tests start on: the 30 items, 600 + 300
     * planted judgements in sets human-a and human-b, and the planted embedding.
     *
     * @return the planted embedding, as stored
     */
    static Embedding writeProject(Path file) throws StoreException {
        ItemSet items = items();
        Embedding planted = embedding(items);
        try (ProjectStore store = ProjectStore.open(file)) {
            store.setItems(items);
            store.addJudgements("human-a", "planted, seed 1", judgements(planted, 600, 1, "a"));
            store.addJudgements("human-b", "planted, seed 2", judgements(planted, 300, 2, "b"));
            store.saveEmbedding("Planted 3-d", "reference", planted, "{}", List.of());
        }
        return planted;
    }

    static double dot(Embedding embedding, int i, int j) {
        double sum = 0;
        for (int d = 0; d < embedding.dims(); d++) {
            sum += embedding.weight(i, d) * embedding.weight(j, d);
        }
        return sum;
    }
}
