package org.triad.app;

import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;

/**
 * Draws an {@link RsmPicture} as one image pixel per cell (never one node per cell: 1,854 items
 * make 3.4 million), with category bands on the left and a legend on the right. Wheel: zoom
 * around the mouse; drag: pan; shift-drag: select a block; double click: all. Cells bigger than
 * a screen pixel are enlarged here by repeating pixels, as some pipelines (the software one)
 * ignore {@code ImageView.setSmooth(false)} and would blur them.
 */
final class HeatmapPane extends Region {
    /** Receives the picture cell under the mouse, or (-1, -1) when it leaves. */
    @FunctionalInterface
    interface HoverListener {
        void hover(int row, int column);
    }

    /** Receives a block selected by shift-dragging (corners inclusive, row then column). */
    @FunctionalInterface
    interface SelectionListener {
        void select(int row1, int column1, int row2, int column2);
    }

    /** Receives the visible square (row, column, size) after every zoom or pan. */
    @FunctionalInterface
    interface ViewListener {
        void viewChanged(int row, int column, int size);
    }

    private static final double LABEL_WIDTH = 120;
    private static final double GAP = 4;
    private static final double LEGEND_GAP = 20;
    private static final int MIN_CELLS = 8;
    private static final double ZOOM_STEP = 1.25;

    private final HoverListener listener;
    private final ImageView heat = new ImageView();
    private final BlockOutline selection = new BlockOutline();
    private SelectionListener selectionListener = (r1, c1, r2, c2) -> { };
    private ViewListener viewListener = (row, column, size) -> { };
    private int[] dragStart;
    private int[] buffer;
    private WritableImage enlarged;
    private final CategoryEdge edge;
    private Node legend;
    private RsmPicture picture;
    private WritableImage image;
    private int viewRow;
    private int viewColumn;
    private int viewSize;
    private String rendered = "";
    private double dragX;
    private double dragY;

    /**
     * @param listener told about the cell under the mouse
     * @param compact without the column of category names (for a second heatmap beside one)
     * @param id the node id; its image gets id + "Image"
     */
    HeatmapPane(HoverListener listener, boolean compact, String id) {
        this.listener = listener;
        this.edge = new CategoryEdge(compact ? 0 : LABEL_WIDTH);
        setId(id);
        getStyleClass().add("heatmap");
        heat.setId(id + "Image");
        heat.setSmooth(false);
        heat.setPreserveRatio(false);
        getChildren().addAll(edge, heat, selection);
        heat.setOnMouseMoved(event -> hoverAt(event.getX(), event.getY()));
        heat.setOnMouseExited(event -> listener.hover(-1, -1));
        heat.setOnScroll(this::zoom);
        heat.setOnMousePressed(this::press);
        heat.setOnMouseDragged(this::drag);
        heat.setOnMouseReleased(this::release);
        heat.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                setView(0, 0, picture == null ? 0 : picture.size());
            }
        });
    }

    /** Who hears of shift-drag selections. */
    void setOnSelect(SelectionListener listener) {
        selectionListener = listener;
    }

    /** Who hears of zooms and pans, e.g. a second heatmap that follows this one. */
    void setOnViewChanged(ViewListener listener) {
        viewListener = listener;
    }

    /** Outlines a block of picture cells {rowFrom, rowTo, columnFrom, columnTo}; null hides. */
    void showSelection(int[] block) {
        selection.setBlock(block);
        requestLayout();
    }

    /** Shows or hides the column of category names (the strip stays). */
    void setCategoryNames(boolean shown) {
        edge.setLabelWidth(shown ? LABEL_WIDTH : 0);
        requestLayout();
    }

    /** Places a legend to the right of the heatmap. */
    void setLegend(Node node) {
        legend = node;
        getChildren().add(node);
    }

    /** Shows a picture, all of it; null clears. Copies the pixels in one call. */
    void show(RsmPicture shown) {
        picture = shown;
        rendered = "";
        selection.setBlock(null);
        viewSize = 0;
        if (shown == null) {
            image = null;
            heat.setImage(null);
            edge.show(null);
            return;
        }
        int n = shown.size();
        image = new WritableImage(n, n);
        image.getPixelWriter().setPixels(0, 0, n, n, PixelFormat.getIntArgbInstance(),
                shown.pixels(), 0, n);
        edge.show(shown);
        setView(0, 0, n);
        requestLayout();
    }

    /** The picture's image, one pixel per cell (n × n), for tests. */
    WritableImage image() {
        return image;
    }

    /** Shows the square of cells at (row, column) of the given size, clamped to the picture. */
    void setView(int row, int column, int size) {
        if (picture == null) {
            return;
        }
        int n = picture.size();
        int newSize = Math.max(Math.min(MIN_CELLS, n), Math.min(n, size));
        int newRow = Math.max(0, Math.min(n - newSize, row));
        int newColumn = Math.max(0, Math.min(n - newSize, column));
        if (newSize == viewSize && newRow == viewRow && newColumn == viewColumn) {
            return;
        }
        viewSize = newSize;
        viewRow = newRow;
        viewColumn = newColumn;
        requestLayout();
        viewListener.viewChanged(viewRow, viewColumn, viewSize);
    }

    private void press(MouseEvent event) {
        dragX = event.getX();
        dragY = event.getY();
        dragStart = event.isShiftDown() ? cellAt(event.getX(), event.getY()) : null;
    }

    private void drag(MouseEvent event) {
        if (dragStart == null) {
            pan(event);
            return;
        }
        int[] end = cellAt(event.getX(), event.getY());
        if (end != null) {
            showSelection(new int[] {Math.min(dragStart[0], end[0]), Math.max(dragStart[0],
                end[0]), Math.min(dragStart[1], end[1]), Math.max(dragStart[1], end[1])});
        }
    }

    private void release(MouseEvent event) {
        int[] end = dragStart == null ? null : cellAt(event.getX(), event.getY());
        if (end != null) {
            selectionListener.select(dragStart[0], dragStart[1], end[0], end[1]);
        }
        dragStart = null;
    }

    private void zoom(ScrollEvent event) {
        if (picture == null || event.getDeltaY() == 0 || heat.getFitWidth() <= 0) {
            return;
        }
        double cellsPerPixel = viewSize / heat.getFitWidth();
        double row = viewRow + event.getY() * cellsPerPixel;
        double column = viewColumn + event.getX() * cellsPerPixel;
        double factor = event.getDeltaY() > 0 ? 1 / ZOOM_STEP : ZOOM_STEP;
        int size = (int) Math.round(viewSize * factor);
        if (size == viewSize) {
            size += event.getDeltaY() > 0 ? -1 : 1;
        }
        double keep = size / heat.getFitWidth();
        setView((int) Math.round(row - event.getY() * keep),
                (int) Math.round(column - event.getX() * keep), size);
        hoverAt(event.getX(), event.getY());
        event.consume();
    }

    private void pan(MouseEvent event) {
        if (picture == null || heat.getFitWidth() <= 0) {
            return;
        }
        double cellsPerPixel = viewSize / heat.getFitWidth();
        int rows = (int) Math.round((dragY - event.getY()) * cellsPerPixel);
        int columns = (int) Math.round((dragX - event.getX()) * cellsPerPixel);
        if (rows != 0 || columns != 0) {
            setView(viewRow + rows, viewColumn + columns, viewSize);
            dragX -= columns / cellsPerPixel;
            dragY -= rows / cellsPerPixel;
        }
    }

    /** Reports the cell at a point of the image, e.g. also after a zoom under a still mouse. */
    private void hoverAt(double x, double y) {
        int[] cell = cellAt(x, y);
        if (cell != null) {
            listener.hover(cell[0], cell[1]);
        }
    }

    /** The picture cell {row, column} at a point of the image, or null with no picture. */
    private int[] cellAt(double x, double y) {
        if (picture == null || heat.getFitWidth() <= 0) {
            return null;
        }
        double cellsPerPixel = viewSize / heat.getFitWidth();
        int last = picture.size() - 1;
        int row = viewRow + (int) Math.floor(Math.max(0, y) * cellsPerPixel);
        int column = viewColumn + (int) Math.floor(Math.max(0, x) * cellsPerPixel);
        return new int[] {Math.min(row, last), Math.min(column, last)};
    }

    /** Shows the visible cells, enlarged by a whole factor so that they stay sharp. */
    private void render(double side) {
        int factor = (int) Math.max(1, Math.floor(side / viewSize));
        String key = viewRow + "/" + viewColumn + "/" + viewSize + "/" + factor;
        if (key.equals(rendered)) {
            return;
        }
        rendered = key;
        if (factor == 1) {
            heat.setImage(image);
            heat.setViewport(new Rectangle2D(viewColumn, viewRow, viewSize, viewSize));
            return;
        }
        int size = viewSize * factor;
        buffer = HeatmapViewport.enlarge(picture.pixels(), picture.size(), viewRow, viewColumn,
                viewSize, factor, buffer);
        if (enlarged == null || enlarged.getWidth() != size) {
            enlarged = new WritableImage(size, size);
        }
        enlarged.getPixelWriter().setPixels(0, 0, size, size, PixelFormat.getIntArgbInstance(),
                buffer, 0, size);
        heat.setViewport(null);
        heat.setImage(enlarged);
    }

    @Override
    protected void layoutChildren() {
        double left = snappedLeftInset();
        double top = snappedTopInset();
        double legendWidth = legend == null ? 0 : legend.prefWidth(-1) + LEGEND_GAP;
        double width = getWidth() - left - snappedRightInset() - edge.edgeWidth() - GAP
                - legendWidth;
        double height = getHeight() - top - snappedBottomInset();
        double side = Math.max(0, Math.floor(Math.min(width, height)));
        double heatX = left + edge.edgeWidth() + GAP;
        heat.setFitWidth(side);
        heat.setFitHeight(side);
        heat.relocate(heatX, top);
        if (legend != null) {
            legend.resizeRelocate(heatX + side + LEGEND_GAP, top, legend.prefWidth(-1),
                    legend.prefHeight(-1));
        }
        if (picture != null && side > 0) {
            render(side);
            edge.resizeRelocate(left, top, edge.edgeWidth(), side);
            edge.layout(viewRow, viewSize, side);
            selection.place(heatX, top, side, viewRow, viewColumn, viewSize);
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        double legendWidth = legend == null ? 0 : legend.prefWidth(-1) + LEGEND_GAP;
        return edge.edgeWidth() + GAP + 300 + legendWidth;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 300;
    }
}
