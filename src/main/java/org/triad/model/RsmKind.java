package org.triad.model;

/** How an RSM's values were obtained. */
public enum RsmKind {
    /** Mean probability that i and j are kept together against every third item (SPoSE). */
    CHOICE_PROBABILITY("choice probability"),
    /** Dot products of embedding rows. */
    DOT_PRODUCT("dot product"),
    /** Cosine of embedding rows. */
    COSINE("cosine"),
    /** Share of co-occurrences in which i and j were kept together; NaN when never shown. */
    EMPIRICAL("empirical");

    private final String displayName;

    RsmKind(String displayName) {
        this.displayName = displayName;
    }

    /** Human-readable name. */
    public String displayName() {
        return displayName;
    }
}
