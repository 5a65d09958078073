package org.triad.app;

import javafx.scene.shape.Rectangle;

/** The outline of a selected block of heatmap cells, clipped to the visible square. */
final class BlockOutline extends Rectangle {
    private int[] block;

    BlockOutline() {
        getStyleClass().add("heatmap-selection");
        setMouseTransparent(true);
        setVisible(false);
    }

    /** The block {rowFrom, rowTo, columnFrom, columnTo} in picture cells; null hides. */
    void setBlock(int[] cells) {
        block = cells == null ? null : cells.clone();
    }

    /**
     * Places the outline over a heatmap image at (x, y) of the given side that shows cells
     * [row, row + size) × [column, column + size).
     */
    void place(double x, double y, double side, int row, int column, int size) {
        setVisible(block != null && size > 0);
        if (!isVisible()) {
            return;
        }
        double scale = side / size;
        double x0 = Math.max(0, (block[2] - column) * scale);
        double y0 = Math.max(0, (block[0] - row) * scale);
        double x1 = Math.min(side, (block[3] + 1 - column) * scale);
        double y1 = Math.min(side, (block[1] + 1 - row) * scale);
        setVisible(x1 > x0 && y1 > y0);
        setX(x + x0);
        setY(y + y0);
        setWidth(Math.max(0, x1 - x0));
        setHeight(Math.max(0, y1 - y0));
    }
}
