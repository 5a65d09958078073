package org.triad.analysis;

import org.triad.model.ItemSet;

/** Row orders for drawing RSMs. */
public final class Orderings {
    private Orderings() {
    }

    /**
     * Items grouped by their first category (in category order), uncategorised last; each item
     * appears once. Returns a permutation of 0..n-1.
     */
    public static int[] byCategory(ItemSet items) {
        throw new UnsupportedOperationException("stub");
    }
}
