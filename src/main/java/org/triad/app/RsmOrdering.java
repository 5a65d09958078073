package org.triad.app;

/** How the rows of a heatmap are ordered (DESIGN.md §6). */
enum RsmOrdering {
    /** The project's item order. */
    AS_LOADED("as loaded"),
    /** Grouped by first category, uncategorised last. */
    BY_CATEGORY("by category"),
    /** UPGMA on 1 − RSM with leaf flipping that keeps similar neighbours adjacent. */
    HIERARCHICAL("hierarchical clustering"),
    /** By each item's dominant embedding dimension, then its weight there. */
    DOMINANT_DIMENSION("dominant dimension");

    private final String displayName;

    RsmOrdering(String displayName) {
        this.displayName = displayName;
    }

    /** Human-readable name. */
    String displayName() {
        return displayName;
    }

    @Override
    public String toString() {
        return displayName;
    }
}
