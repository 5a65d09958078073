package org.triad.collect;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.triad.model.Item;
import org.triad.model.ItemSet;

/** The items a session may show: all, or those in any of some categories. */
public final class ItemSubset {
    private ItemSubset() {
    }

    /**
     * Indices of the items that belong to at least one of the categories, in item order.
     *
     * @param categories category names; empty for every item
     * @throws IllegalArgumentException when fewer than 3 items remain
     */
    public static int[] of(ItemSet items, List<String> categories) {
        int[] pool = IntStream.range(0, items.size())
                .filter(i -> categories.isEmpty() || inAny(items.get(i), categories))
                .toArray();
        if (pool.length < 3) {
            throw new IllegalArgumentException("the categories " + categories + " hold "
                    + pool.length + " items; a triplet needs 3");
        }
        return pool;
    }

    private static boolean inAny(Item item, List<String> categories) {
        return item.categories().stream().anyMatch(categories::contains);
    }

    /** A copy of a pool after checking it holds at least 3 distinct non-negative indices. */
    static int[] checked(int[] pool) {
        int[] copy = pool.clone();
        if (Arrays.stream(copy).distinct().count() != copy.length
                || Arrays.stream(copy).anyMatch(i -> i < 0) || copy.length < 3) {
            throw new IllegalArgumentException("an item pool needs at least 3 distinct"
                    + " non-negative indices, not " + copy.length);
        }
        return copy;
    }
}
