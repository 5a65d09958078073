package org.triad.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.triad.analysis.EmpiricalRsm;
import org.triad.model.Item;
import org.triad.model.ItemSet;
import org.triad.model.Rsm;

/**
 * An RSM ready to draw: its cells reordered and coloured, one ARGB pixel per cell, with the
 * colour range and the category bands along the edge. Built off the UI thread. Immutable by
 * convention: nobody writes to the arrays after {@link #of}.
 *
 * @param rsm the matrix in item-set order
 * @param items the items of its rows
 * @param order row {@code r} of the picture shows item {@code order[r]}
 * @param pixels size × size ARGB, row-major, in picture order
 * @param min smallest off-diagonal value (the colour map's low end)
 * @param max largest off-diagonal value (the colour map's high end)
 * @param bands runs of picture rows whose items share their first category
 * @param counts co-occurrence counts of an empirical RSM, or null
 * @param noData off-diagonal cells that are NaN
 */
record RsmPicture(Rsm rsm, ItemSet items, int[] order, int[] pixels, double min, double max,
        List<Band> bands, EmpiricalRsm counts, long noData) {

    /**
     * Picture rows {@code start} (inclusive) to {@code end} (exclusive) share a category.
     *
     * @param category the category, empty for uncategorised items
     */
    record Band(int start, int end, String category) {
        /** The name a band is labelled with: its category, or "no category". */
        String label() {
            return category.isEmpty() ? ScatterModel.NO_CATEGORY : category;
        }
    }

    /**
     * A rectangle of picture cells and what it holds.
     *
     * @param rowFrom first picture row, inclusive
     * @param rowTo last picture row, inclusive
     * @param columnFrom first picture column, inclusive
     * @param columnTo last picture column, inclusive
     * @param mean mean of its off-diagonal values with data; NaN when none
     * @param cells off-diagonal cells with data
     * @param noData off-diagonal cells without
     */
    record Block(int rowFrom, int rowTo, int columnFrom, int columnTo, double mean, long cells,
            long noData) {
    }

    /** Number of rows and columns. */
    int size() {
        return order.length;
    }

    /** {@link #of(Rsm, ItemSet, int[], EmpiricalRsm)} without counts. */
    static RsmPicture of(Rsm rsm, ItemSet items, int[] order) {
        return of(rsm, items, order, null);
    }

    /**
     * Colours an RSM; the colour range is the off-diagonal range, since the diagonal is 1 by
     * definition and would flatten the rest. NaN cells get {@link ColorMap#NO_DATA}.
     */
    static RsmPicture of(Rsm rsm, ItemSet items, int[] order, EmpiricalRsm counts) {
        int n = order.length;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        long noData = 0;
        double[] values = rsm.toArray();
        for (int cell = 0; cell < values.length; cell++) {
            double value = values[cell];
            if (cell / n == cell % n) {
                continue;
            }
            if (Double.isNaN(value)) {
                noData++;
            } else {
                min = Math.min(min, value);
                max = Math.max(max, value);
            }
        }
        if (min > max) {
            min = 0;
            max = 1;
        }
        double range = max > min ? max - min : 1;
        int[] pixels = new int[n * n];
        for (int r = 0; r < n; r++) {
            int from = order[r] * n;
            for (int c = 0; c < n; c++) {
                pixels[r * n + c] = ColorMap.argb((values[from + order[c]] - min) / range);
            }
        }
        return new RsmPicture(rsm, items, order.clone(), pixels, min, max, bands(items, order),
                counts, noData);
    }

    private static List<Band> bands(ItemSet items, int[] order) {
        List<Band> bands = new ArrayList<>();
        int start = 0;
        for (int r = 1; r <= order.length; r++) {
            if (r == order.length
                    || !category(items.get(order[r])).equals(category(items.get(order[start])))) {
                bands.add(new Band(start, r, category(items.get(order[start]))));
                start = r;
            }
        }
        return List.copyOf(bands);
    }

    private static String category(Item item) {
        return item.categories().isEmpty() ? "" : item.categories().get(0);
    }

    /** The band of a picture row. */
    Band bandAt(int row) {
        for (Band band : bands) {
            if (row >= band.start() && row < band.end()) {
                return band;
            }
        }
        throw new IndexOutOfBoundsException("row " + row + " of " + size());
    }

    /** The value at a picture cell. */
    double valueAt(int row, int column) {
        return rsm.get(order[row], order[column]);
    }

    /**
     * "word A (id) × word B (id): 0.412" for a picture cell, "no data" where NaN; for an
     * empirical RSM also how often the pair was kept together out of how often it was shown.
     */
    String readout(int row, int column) {
        Item a = items.get(order[row]);
        Item b = items.get(order[column]);
        double value = valueAt(row, column);
        String shown = Double.isNaN(value) ? "no data" : format(value);
        if (counts != null && row != column) {
            int together = counts.shownTogether(order[row], order[column]);
            shown += together == 0 ? " (never shown together)"
                    : String.format(Locale.ROOT, " · kept together %d of %d co-occurrences",
                            counts.keptTogether(order[row], order[column]), together);
        }
        return String.format(Locale.ROOT, "%s (%s) × %s (%s): %s", a.label(), a.id(), b.label(),
                b.id(), shown);
    }

    /** The mean of a rectangle of picture cells, corners in any order, clamped to the picture. */
    Block block(int row1, int column1, int row2, int column2) {
        int rowFrom = clamp(Math.min(row1, row2));
        int rowTo = clamp(Math.max(row1, row2));
        int columnFrom = clamp(Math.min(column1, column2));
        int columnTo = clamp(Math.max(column1, column2));
        double sum = 0;
        long cells = 0;
        long missing = 0;
        for (int r = rowFrom; r <= rowTo; r++) {
            for (int c = columnFrom; c <= columnTo; c++) {
                double value = valueAt(r, c);
                if (r == c) {
                    continue;
                }
                if (Double.isNaN(value)) {
                    missing++;
                } else {
                    sum += value;
                    cells++;
                }
            }
        }
        return new Block(rowFrom, rowTo, columnFrom, columnTo,
                cells == 0 ? Double.NaN : sum / cells, cells, missing);
    }

    private int clamp(int index) {
        return Math.max(0, Math.min(size() - 1, index));
    }

    /** Three decimals, scientific notation for values too small or large, "no data" for NaN. */
    static String format(double value) {
        if (Double.isNaN(value)) {
            return "no data";
        }
        double magnitude = Math.abs(value);
        return magnitude != 0 && (magnitude < 1e-3 || magnitude >= 1e4)
                ? String.format(Locale.ROOT, "%.3g", value)
                : String.format(Locale.ROOT, "%.3f", value);
    }
}
