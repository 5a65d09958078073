package org.triad.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.triad.model.Item;
import org.triad.model.ItemSet;

/** Row orders for drawing RSMs. */
public final class Orderings {
    private Orderings() {
    }

    /**
     * Items grouped by their first category, uncategorised last; each item appears once and
     * keeps its item-set order within its group. Categories come in the order in which they
     * first appear when scanning the items in order (and each item's categories in order),
     * which for THINGS is a stable, data-defined order rather than an alphabetical one.
     *
     * @return a permutation of 0..n−1: position p of the drawing shows item {@code order[p]}
     */
    public static int[] byCategory(ItemSet items) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (Item item : items.items()) {
            for (String category : item.categories()) {
                groups.computeIfAbsent(category, key -> new ArrayList<>());
            }
        }
        List<Integer> uncategorised = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            List<String> categories = items.get(i).categories();
            if (categories.isEmpty()) {
                uncategorised.add(i);
            } else {
                groups.get(categories.get(0)).add(i);
            }
        }
        int[] order = new int[items.size()];
        int position = 0;
        for (List<Integer> group : groups.values()) {
            for (int item : group) {
                order[position++] = item;
            }
        }
        for (int item : uncategorised) {
            order[position++] = item;
        }
        return order;
    }
}
