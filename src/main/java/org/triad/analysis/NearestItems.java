package org.triad.analysis;

import java.util.ArrayList;
import java.util.List;
import org.triad.model.Embedding;

/** The items most similar to one item in an embedding, by dot product (SPoSE's similarity). */
public final class NearestItems {
    /**
     * One neighbour.
     *
     * @param item row index in the embedding
     * @param similarity dot product with the query item
     */
    public record Neighbour(int item, double similarity) {
    }

    private NearestItems() {
    }

    /**
     * The {@code count} items with the largest dot product with {@code item}, the item itself
     * left out; ties go to the lower row index.
     */
    public static List<Neighbour> byDotProduct(Embedding embedding, int item, int count) {
        float[] x = embedding.toArray();
        int dims = embedding.dims();
        int n = embedding.itemCount();
        double[] similarity = new double[n];
        for (int other = 0; other < n; other++) {
            double sum = 0;
            for (int d = 0; d < dims; d++) {
                sum += (double) x[item * dims + d] * x[other * dims + d];
            }
            similarity[other] = sum;
        }
        List<Integer> order = new ArrayList<>(n);
        for (int other = 0; other < n; other++) {
            if (other != item) {
                order.add(other);
            }
        }
        order.sort((a, b) -> Double.compare(similarity[b], similarity[a]));
        return order.subList(0, Math.min(count, order.size())).stream()
                .map(other -> new Neighbour(other, similarity[other])).toList();
    }
}
