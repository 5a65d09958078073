package org.triad.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 */
record RsmPicture(Rsm rsm, ItemSet items, int[] order, int[] pixels, double min, double max,
        List<Band> bands) {

    /**
     * Picture rows {@code start} (inclusive) to {@code end} (exclusive) share a category.
     *
     * @param category the category, empty for uncategorised items
     */
    record Band(int start, int end, String category) {
    }

    /** Number of rows and columns. */
    int size() {
        return order.length;
    }

    /**
     * Colours an RSM; the colour range is the off-diagonal range, since the diagonal is 1 by
     * definition and would flatten the rest.
     */
    static RsmPicture of(Rsm rsm, ItemSet items, int[] order) {
        int n = order.length;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double value = rsm.get(i, j);
                if (i != j && !Double.isNaN(value)) {
                    min = Math.min(min, value);
                    max = Math.max(max, value);
                }
            }
        }
        if (min > max) {
            min = 0;
            max = 1;
        }
        double range = max > min ? max - min : 1;
        int[] pixels = new int[n * n];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                double value = rsm.get(order[r], order[c]);
                pixels[r * n + c] = ColorMap.argb((value - min) / range);
            }
        }
        return new RsmPicture(rsm, items, order.clone(), pixels, min, max, bands(items, order));
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

    /** "word A (id) × word B (id): 0.412" for a picture cell; "no data" where NaN. */
    String readout(int row, int column) {
        Item a = items.get(order[row]);
        Item b = items.get(order[column]);
        double value = rsm.get(order[row], order[column]);
        String shown = Double.isNaN(value) ? "no data"
                : String.format(Locale.ROOT, "%.3f", value);
        return String.format(Locale.ROOT, "%s (%s) × %s (%s): %s", a.label(), a.id(), b.label(),
                b.id(), shown);
    }
}
