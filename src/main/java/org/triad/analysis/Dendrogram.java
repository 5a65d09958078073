package org.triad.analysis;

import java.util.Arrays;

/**
 * A binary merge tree in scipy's linkage convention: clusters 0..n−1 are the leaves (rows of
 * the RSM), merge k creates cluster n + k; merges are sorted by height, ascending.
 *
 * @param leafCount n, the number of leaves
 * @param left per merge, the smaller cluster id joined (length n − 1)
 * @param right per merge, the larger cluster id joined
 * @param heights per merge, the linkage distance at which it joined (same units as 1 − RSM)
 * @param sizes per merge, the number of leaves below it
 */
public record Dendrogram(int leafCount, int[] left, int[] right, double[] heights,
        int[] sizes) {

    /** Checks the shape and copies the arrays so that the tree is immutable. */
    public Dendrogram {
        int merges = Math.max(0, leafCount - 1);
        if (left.length != merges || right.length != merges || heights.length != merges
                || sizes.length != merges) {
            throw new IllegalArgumentException("a tree of " + leafCount + " leaves has "
                    + merges + " merges");
        }
        left = left.clone();
        right = right.clone();
        heights = heights.clone();
        sizes = sizes.clone();
    }

    /** Number of merges, n − 1 (0 for fewer than two leaves). */
    public int mergeCount() {
        return heights.length;
    }

    /** The leaves below a cluster id (a leaf or n + merge), in ascending order. */
    public int[] members(int cluster) {
        if (cluster < leafCount) {
            return new int[] {cluster};
        }
        int merge = cluster - leafCount;
        int[] a = members(left[merge]);
        int[] b = members(right[merge]);
        int[] all = new int[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        Arrays.sort(all);
        return all;
    }

    /** The smaller cluster id joined per merge (a copy). */
    @Override
    public int[] left() {
        return left.clone();
    }

    /** The larger cluster id joined per merge (a copy). */
    @Override
    public int[] right() {
        return right.clone();
    }

    /** The linkage distance per merge (a copy). */
    @Override
    public double[] heights() {
        return heights.clone();
    }

    /** The leaves below each merge (a copy). */
    @Override
    public int[] sizes() {
        return sizes.clone();
    }
}
