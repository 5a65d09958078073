package org.triad.analysis;

import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.triad.model.CancellationToken;
import org.triad.model.ProgressListener;
import org.triad.model.Rsm;

/**
 * Orders an RSM's rows by average-linkage (UPGMA) hierarchical clustering of its RDM, 1 − RSM.
 * <p>Distances come from the upper triangle i &lt; j (RSMs are symmetric by contract). A NaN
 * pair ("no data") gets the mean of the finite off-diagonal distances, so that it neither
 * pulls its items together nor pushes them apart; with no finite pair at all every distance
 * is 1. RSMs whose values exceed 1 (dot products) give negative distances, which is harmless:
 * average linkage merges in the same order when all distances shift by a constant.
 * <p>The tree is built with the nearest-neighbour chain algorithm (Murtagh 1983), as scipy
 * does for average linkage: O(n²) time and one condensed n(n−1)/2 distance array, about
 * 14 MB for 1,854 items. The leaf order is then chosen greedily, bottom-up: at each merge one
 * of the four arrangements of the two children (each as is or reversed) is kept that puts the
 * closest pair of end leaves next to each other. This is not Bar-Joseph et al.'s optimal leaf
 * ordering (O(n³)); it reverses subtrees only, so every cluster stays contiguous.
 */
public final class HierarchicalOrdering {
    private static final Logger LOG = LoggerFactory.getLogger(HierarchicalOrdering.class);

    private HierarchicalOrdering() {
    }

    /**
     * The row order of an RSM by UPGMA clustering with greedy leaf flipping.
     *
     * @param rsm n × n RSM
     * @param listener told after each merge batch
     * @param token checked between merge batches
     * @return a permutation of 0..n−1 (position → row), or null when cancelled
     */
    public static int[] order(Rsm rsm, ProgressListener listener, CancellationToken token) {
        double[] distances = CondensedDistances.of(rsm);
        Dendrogram tree = NearestNeighbourChain.upgma(distances.clone(), rsm.size(), listener,
                token);
        if (tree == null) {
            LOG.info("hierarchical ordering of {} items cancelled", rsm.size());
            return null;
        }
        return leafOrder(tree, distances);
    }

    /**
     * The UPGMA tree of an RSM's RDM (1 − RSM, NaN as described in the class comment).
     *
     * @param rsm n × n RSM
     * @param listener told after each merge batch
     * @param token checked between merge batches
     * @return the tree with n − 1 merges sorted by height, or null when cancelled
     */
    public static Dendrogram upgma(Rsm rsm, ProgressListener listener,
            CancellationToken token) {
        return NearestNeighbourChain.upgma(CondensedDistances.of(rsm), rsm.size(), listener,
                token);
    }

    /**
     * Leaf order of a tree, each merge arranging its children greedily (class comment).
     *
     * @param tree a tree over n leaves
     * @param distances condensed leaf distances, n(n−1)/2 in scipy's order
     * @return a permutation of 0..n−1 in which every cluster of the tree is contiguous
     */
    static int[] leafOrder(Dendrogram tree, double[] distances) {
        int n = tree.leafCount();
        int[][] sequences = new int[n + tree.mergeCount()][];
        for (int leaf = 0; leaf < n; leaf++) {
            sequences[leaf] = new int[] {leaf};
        }
        int[] left = tree.left();
        int[] right = tree.right();
        for (int merge = 0; merge < tree.mergeCount(); merge++) {
            sequences[n + merge] = join(sequences[left[merge]], sequences[right[merge]],
                    distances, n);
            sequences[left[merge]] = null;
            sequences[right[merge]] = null;
        }
        return n == 0 ? new int[0] : sequences[sequences.length - 1];
    }

    /** a then b, each possibly reversed, so that the two leaves that meet are closest. */
    private static int[] join(int[] a, int[] b, double[] distances, int n) {
        int aFirst = a[0];
        int aLast = a[a.length - 1];
        int bFirst = b[0];
        int bLast = b[b.length - 1];
        double[] junction = {
            CondensedDistances.get(distances, n, aLast, bFirst),
            CondensedDistances.get(distances, n, aFirst, bFirst),
            CondensedDistances.get(distances, n, aLast, bLast),
            CondensedDistances.get(distances, n, aFirst, bLast),
        };
        int best = 0;
        for (int k = 1; k < junction.length; k++) {
            if (junction[k] < junction[best]) {
                best = k;
            }
        }
        boolean reverseA = best == 1 || best == 3;
        boolean reverseB = best == 2 || best == 3;
        int[] joined = new int[a.length + b.length];
        for (int k = 0; k < a.length; k++) {
            joined[k] = reverseA ? a[a.length - 1 - k] : a[k];
        }
        for (int k = 0; k < b.length; k++) {
            joined[a.length + k] = reverseB ? b[b.length - 1 - k] : b[k];
        }
        return joined;
    }

    /** The condensed RDM of an RSM, in scipy's pdist order. */
    static final class CondensedDistances {
        private CondensedDistances() {
        }

        static double[] of(Rsm rsm) {
            int n = rsm.size();
            if ((long) n * (n - 1) / 2 > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException(n + " items are too many to cluster");
            }
            double[] values = rsm.toArray();
            double[] distances = new double[n * (n - 1) / 2];
            double sum = 0;
            int finite = 0;
            int k = 0;
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    double d = 1 - values[i * n + j];
                    distances[k++] = d;
                    if (!Double.isNaN(d)) {
                        sum += d;
                        finite++;
                    }
                }
            }
            double fill = finite == 0 ? 1 : sum / finite;
            for (int p = 0; p < distances.length; p++) {
                if (Double.isNaN(distances[p])) {
                    distances[p] = fill;
                }
            }
            return distances;
        }

        /** Position of pair (i, j), i ≠ j, in a condensed array over n items. */
        static int index(int n, int i, int j) {
            int a = Math.min(i, j);
            int b = Math.max(i, j);
            return a * n - a * (a + 1) / 2 + (b - a - 1);
        }

        static double get(double[] distances, int n, int i, int j) {
            return distances[index(n, i, j)];
        }
    }

    /** Average-linkage clustering by nearest-neighbour chains. */
    static final class NearestNeighbourChain {
        private NearestNeighbourChain() {
        }

        /**
         * @param distances condensed distances, overwritten with cluster distances
         * @return the tree, merges sorted by height and relabelled as scipy does, or null
         *         when cancelled
         */
        static Dendrogram upgma(double[] distances, int n, ProgressListener listener,
                CancellationToken token) {
            int merges = Math.max(0, n - 1);
            int[] mergedA = new int[merges];
            int[] mergedB = new int[merges];
            double[] heights = new double[merges];
            int[] size = new int[n];
            Arrays.fill(size, 1);
            boolean[] active = new boolean[n];
            Arrays.fill(active, true);
            int[] chain = new int[n];
            int chainLength = 0;
            int batch = Math.max(1, n / 100);
            for (int merge = 0; merge < merges; merge++) {
                if (merge % batch == 0) {
                    if (token.isCancelled()) {
                        return null;
                    }
                    listener.progress(merge, merges, "clustering");
                }
                if (chainLength == 0) {
                    chain[chainLength++] = firstActive(active);
                }
                while (true) {
                    int x = chain[chainLength - 1];
                    int previous = chainLength > 1 ? chain[chainLength - 2] : -1;
                    int y = nearest(distances, n, active, x, previous);
                    if (y == previous) {
                        break;
                    }
                    chain[chainLength++] = y;
                }
                int a = chain[--chainLength];
                int b = chain[--chainLength];
                mergedA[merge] = a;
                mergedB[merge] = b;
                heights[merge] = CondensedDistances.get(distances, n, a, b);
                mergeInto(distances, n, active, size, a, b);
            }
            listener.progress(merges, merges, "clustering");
            return relabel(n, mergedA, mergedB, heights);
        }

        private static int firstActive(boolean[] active) {
            for (int i = 0; i < active.length; i++) {
                if (active[i]) {
                    return i;
                }
            }
            throw new IllegalStateException("no active cluster left");
        }

        /** Nearest active cluster to x; the chain's previous element wins ties. */
        private static int nearest(double[] distances, int n, boolean[] active, int x,
                int previous) {
            int best = previous;
            double bestDistance = previous < 0 ? Double.POSITIVE_INFINITY
                    : CondensedDistances.get(distances, n, x, previous);
            for (int z = 0; z < n; z++) {
                if (z == x || !active[z]) {
                    continue;
                }
                double d = CondensedDistances.get(distances, n, x, z);
                if (d < bestDistance || best < 0) {
                    best = z;
                    bestDistance = d;
                }
            }
            return best;
        }

        /** Lance–Williams update for average linkage; the joined cluster lives in slot b. */
        private static void mergeInto(double[] distances, int n, boolean[] active, int[] size,
                int a, int b) {
            active[a] = false;
            double weightA = size[a] / (double) (size[a] + size[b]);
            double weightB = size[b] / (double) (size[a] + size[b]);
            for (int k = 0; k < n; k++) {
                if (!active[k] || k == b) {
                    continue;
                }
                int toB = CondensedDistances.index(n, b, k);
                distances[toB] = weightA * CondensedDistances.get(distances, n, a, k)
                        + weightB * distances[toB];
            }
            size[b] += size[a];
        }

        /**
         * Sorts the merges by height (stable, so equal heights keep their chain order) and
         * names each new cluster n + k as scipy's linkage does, smaller id first.
         */
        private static Dendrogram relabel(int n, int[] slotA, int[] slotB, double[] heights) {
            int merges = heights.length;
            Integer[] byHeight = new Integer[merges];
            for (int k = 0; k < merges; k++) {
                byHeight[k] = k;
            }
            Arrays.sort(byHeight, (p, q) -> Double.compare(heights[p], heights[q]));
            int[] parent = new int[n];
            int[] clusterOfRoot = new int[n];
            int[] leaves = new int[n];
            for (int i = 0; i < n; i++) {
                parent[i] = i;
                clusterOfRoot[i] = i;
                leaves[i] = 1;
            }
            int[] left = new int[merges];
            int[] right = new int[merges];
            double[] sortedHeights = new double[merges];
            int[] sizes = new int[merges];
            for (int k = 0; k < merges; k++) {
                int m = byHeight[k];
                int rootA = find(parent, slotA[m]);
                int rootB = find(parent, slotB[m]);
                int idA = clusterOfRoot[rootA];
                int idB = clusterOfRoot[rootB];
                left[k] = Math.min(idA, idB);
                right[k] = Math.max(idA, idB);
                sortedHeights[k] = heights[m];
                parent[rootA] = rootB;
                leaves[rootB] += leaves[rootA];
                sizes[k] = leaves[rootB];
                clusterOfRoot[rootB] = n + k;
            }
            return new Dendrogram(n, left, right, sortedHeights, sizes);
        }

        private static int find(int[] parent, int i) {
            int root = i;
            while (parent[root] != root) {
                root = parent[root];
            }
            while (parent[i] != root) {
                int next = parent[i];
                parent[i] = root;
                i = next;
            }
            return root;
        }
    }
}
