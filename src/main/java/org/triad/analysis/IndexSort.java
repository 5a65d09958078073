package org.triad.analysis;

/**
 * Stable sort orders of double keys without boxing. A merge sort carries each key beside its
 * index, so memory is read in sequence; looking keys up through the index (a comparator, or
 * a binary search per element) costs a cache miss per step once the 1.7 M pair values of
 * 1,854 items outgrow the cache, which made ranking several times slower.
 */
final class IndexSort {
    private static final int INSERTION_RUN = 32;

    private IndexSort() {
    }

    /** Indices 0..n−1 sorted by key, equal keys in index order. Keys must not be NaN. */
    static int[] order(double[] keys) {
        int[] identity = new int[keys.length];
        for (int i = 0; i < identity.length; i++) {
            identity[i] = i;
        }
        return stableSortBy(keys, identity);
    }

    /** Indices sorted by primary, equal primaries by secondary, then by index. */
    static int[] orderBy(double[] primary, double[] secondary) {
        return stableSortBy(primary, order(secondary));
    }

    /** The given indices re-sorted stably by keys[index]. */
    static int[] stableSortBy(double[] keys, int[] indices) {
        int n = indices.length;
        double[] key = new double[n];
        int[] index = indices.clone();
        for (int k = 0; k < n; k++) {
            key[k] = keys[index[k]];
        }
        for (int start = 0; start < n; start += INSERTION_RUN) {
            insertionSort(key, index, start, Math.min(n, start + INSERTION_RUN));
        }
        double[] keyBuffer = new double[n];
        int[] indexBuffer = new int[n];
        for (int width = INSERTION_RUN; width < n; width *= 2) {
            for (int from = 0; from < n; from += 2 * width) {
                int mid = Math.min(n, from + width);
                int to = Math.min(n, from + 2 * width);
                merge(key, index, keyBuffer, indexBuffer, from, mid, to);
            }
            double[] swapKeys = key;
            key = keyBuffer;
            keyBuffer = swapKeys;
            int[] swapIndex = index;
            index = indexBuffer;
            indexBuffer = swapIndex;
        }
        return index;
    }

    private static void insertionSort(double[] key, int[] index, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            double k = key[i];
            int v = index[i];
            int j = i - 1;
            while (j >= from && key[j] > k) {
                key[j + 1] = key[j];
                index[j + 1] = index[j];
                j--;
            }
            key[j + 1] = k;
            index[j + 1] = v;
        }
    }

    private static void merge(double[] key, int[] index, double[] keyOut, int[] indexOut,
            int from, int mid, int to) {
        int left = from;
        int right = mid;
        for (int out = from; out < to; out++) {
            if (right >= to || (left < mid && key[left] <= key[right])) {
                keyOut[out] = key[left];
                indexOut[out] = index[left++];
            } else {
                keyOut[out] = key[right];
                indexOut[out] = index[right++];
            }
        }
    }
}
