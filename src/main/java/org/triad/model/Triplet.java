package org.triad.model;

/**
 * Three distinct item indices shown together, in the order they were shown (left, middle,
 * right) where that order is known.
 */
public record Triplet(int a, int b, int c) {

    /** Rejects negative or repeated indices. */
    public Triplet {
        if (a < 0 || b < 0 || c < 0) {
            throw new IllegalArgumentException("negative item index in triplet " + a + " " + b
                    + " " + c);
        }
        if (a == b || a == c || b == c) {
            throw new IllegalArgumentException("repeated item in triplet " + a + " " + b + " "
                    + c);
        }
    }

    /** Whether the triplet holds the given item index. */
    public boolean contains(int item) {
        return a == item || b == item || c == item;
    }
}
