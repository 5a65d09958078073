package org.triad.collect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.triad.model.Triplet;

/**
 * One triplet to ask, in the order it will be shown.
 *
 * @param key stable key within a run: the sorted item indices, the occurrence of that triplet
 *     in the input (so that deliberate repeats stay apart) and the rotation, e.g.
 *     {@code 3-17-40#0/r0}
 * @param shown the three items in presentation order
 */
public record CollectionTask(String key, Triplet shown) {

    /**
     * Plans a run: each triplet gets a random presentation order drawn from the seed and its
     * key, so a resumed run shows every triplet exactly as the first run would have.
     *
     * @param triplets the triplets to ask, in any order; repeats are asked once per occurrence
     * @param allRotations ask each triplet in its 3 rotations (to measure position bias)
     * @param seed seed of the presentation orders
     */
    public static List<CollectionTask> plan(List<Triplet> triplets, boolean allRotations,
            long seed) {
        List<CollectionTask> tasks = new ArrayList<>();
        Map<String, Integer> occurrences = new HashMap<>();
        for (Triplet triplet : triplets) {
            int[] sorted = {triplet.a(), triplet.b(), triplet.c()};
            Arrays.sort(sorted);
            String items = sorted[0] + "-" + sorted[1] + "-" + sorted[2];
            int occurrence = occurrences.merge(items, 1, Integer::sum) - 1;
            String base = items + "#" + occurrence;
            int[] order = shuffled(sorted, new SplittableRandom(seed ^ base.hashCode() * 31L));
            for (int rotation = 0; rotation < (allRotations ? 3 : 1); rotation++) {
                tasks.add(new CollectionTask(base + "/r" + rotation, new Triplet(
                        order[rotation % 3], order[(rotation + 1) % 3],
                        order[(rotation + 2) % 3])));
            }
        }
        return tasks;
    }

    private static int[] shuffled(int[] sorted, SplittableRandom random) {
        int[] order = sorted.clone();
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }
}
