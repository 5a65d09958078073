package org.triad.analysis;

import java.util.Arrays;
import org.triad.model.Rsm;

/**
 * The off-diagonal upper-triangle pairs of two aligned RSMs where neither value is NaN, in
 * row-major order of the shared items. Package-private working data of {@link RsmComparison}.
 */
final class AlignedPairs {
    /** Value in the first RSM, per used pair. */
    final double[] first;
    /** Value in the second RSM, per used pair. */
    final double[] second;
    /** Smaller shared-item position (0..sharedCount−1) of each used pair. */
    final int[] rowItem;
    /** Larger shared-item position of each used pair. */
    final int[] columnItem;
    /** Number of upper-triangle pairs left out because either value is NaN. */
    final long skipped;
    /** Number of shared items. */
    final int itemCount;

    private AlignedPairs(double[] first, double[] second, int[] rowItem, int[] columnItem,
            long skipped, int itemCount) {
        this.first = first;
        this.second = second;
        this.rowItem = rowItem;
        this.columnItem = columnItem;
        this.skipped = skipped;
        this.itemCount = itemCount;
    }

    /**
     * Reads the upper triangle i &lt; j of both matrices over the shared items. Only the upper
     * triangle is read: RSMs are symmetric by contract, and reading one half keeps every
     * pair counted once.
     */
    static AlignedPairs of(Rsm a, Rsm b, RsmAlignment alignment) {
        int n = alignment.sharedCount();
        int[] rowsA = alignment.rowsInFirst();
        int[] rowsB = alignment.rowsInSecond();
        int all = Math.toIntExact((long) n * (n - 1) / 2);
        double[] valuesA = a.toArray();
        double[] valuesB = b.toArray();
        double[] x = new double[all];
        double[] y = new double[all];
        int[] rows = new int[all];
        int[] columns = new int[all];
        int used = 0;
        for (int i = 0; i < n; i++) {
            int offsetA = rowsA[i] * a.size();
            int offsetB = rowsB[i] * b.size();
            for (int j = i + 1; j < n; j++) {
                double va = valuesA[offsetA + rowsA[j]];
                double vb = valuesB[offsetB + rowsB[j]];
                if (Double.isNaN(va) || Double.isNaN(vb)) {
                    continue;
                }
                x[used] = va;
                y[used] = vb;
                rows[used] = i;
                columns[used] = j;
                used++;
            }
        }
        return new AlignedPairs(Arrays.copyOf(x, used), Arrays.copyOf(y, used),
                Arrays.copyOf(rows, used), Arrays.copyOf(columns, used), all - used, n);
    }

    /** Number of pairs used. */
    int used() {
        return first.length;
    }
}
