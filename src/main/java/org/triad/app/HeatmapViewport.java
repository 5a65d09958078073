package org.triad.app;

/**
 * The visible square of a picture enlarged by a whole factor, as pixels: what the heatmap
 * shows when a cell is bigger than a screen pixel. Kept apart from the pane so that its cost,
 * paid on every zoom and pan step, can be measured without a toolkit.
 */
final class HeatmapViewport {
    private HeatmapViewport() {
    }

    /**
     * Copies cells [row, row + size) × [column, column + size) of an n × n picture, each
     * repeated factor × factor times.
     *
     * @param target an array of at least (size·factor)² ints to fill, or null for a new one
     * @return the (size·factor)² pixels, row-major
     */
    static int[] enlarge(int[] source, int n, int row, int column, int size, int factor,
            int[] target) {
        int side = size * factor;
        int[] out = target != null && target.length >= side * side ? target
                : new int[side * side];
        for (int r = 0; r < size; r++) {
            int from = (row + r) * n + column;
            int first = r * factor * side;
            for (int c = 0; c < size; c++) {
                int colour = source[from + c];
                int at = first + c * factor;
                for (int k = 0; k < factor; k++) {
                    out[at + k] = colour;
                }
            }
            // the other factor − 1 lines of this cell row are copies of the first
            for (int k = 1; k < factor; k++) {
                System.arraycopy(out, first, out, first + k * side, side);
            }
        }
        return out;
    }
}
