package org.triad.app;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.triad.app.RsmPicture.Band;

/**
 * Draws an {@link RsmPicture} as one image pixel per cell, with a strip of category bands and
 * their names along the left edge and a legend to the right. Never one node per cell: a
 * 1,854-item RSM has 3.4 million. The wheel zooms around the mouse, dragging pans, a double
 * click shows everything again. When a cell is bigger than a screen pixel the visible part is
 * enlarged here by repeating pixels, because some rendering pipelines (the software one among
 * them) ignore {@code ImageView.setSmooth(false)} and would blur the cells.
 */
final class HeatmapPane extends Region {
    /** Receives the picture cell under the mouse, or (-1, -1) when it leaves. */
    @FunctionalInterface
    interface HoverListener {
        void hover(int row, int column);
    }

    private static final double LABEL_WIDTH = 120;
    private static final double STRIP_WIDTH = 10;
    private static final double GAP = 4;
    private static final double LEGEND_GAP = 20;
    private static final int MIN_CELLS = 8;
    private static final double ZOOM_STEP = 1.25;
    /** Band shades alternate so that neighbouring categories stay apart. */
    private static final Color[] BAND_SHADES = {Color.web("#8a9bb0"), Color.web("#c9d3df")};

    private final HoverListener listener;
    private final ImageView heat = new ImageView();
    private final List<Rectangle> bandStrips = new ArrayList<>();
    private final List<Label> bandLabels = new ArrayList<>();
    private Node legend;
    private RsmPicture picture;
    private WritableImage image;
    private int viewRow;
    private int viewColumn;
    private int viewSize;
    private String rendered = "";
    private double dragX;
    private double dragY;

    HeatmapPane(HoverListener listener) {
        this.listener = listener;
        setId("heatmap");
        getStyleClass().add("heatmap");
        heat.setId("heatmapImage");
        heat.setSmooth(false);
        heat.setPreserveRatio(false);
        getChildren().add(heat);
        heat.setOnMouseMoved(this::hover);
        heat.setOnMouseExited(event -> listener.hover(-1, -1));
        heat.setOnScroll(this::zoom);
        heat.setOnMousePressed(event -> {
            dragX = event.getX();
            dragY = event.getY();
        });
        heat.setOnMouseDragged(this::pan);
        heat.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                setView(0, 0, picture == null ? 0 : picture.size());
            }
        });
    }

    /** Places a legend to the right of the heatmap. */
    void setLegend(Node node) {
        legend = node;
        getChildren().add(node);
    }

    /** Shows a picture, all of it; null clears. Copies the pixels in one call. */
    void show(RsmPicture shown) {
        picture = shown;
        getChildren().removeAll(bandLabels);
        getChildren().removeAll(bandStrips);
        bandLabels.clear();
        bandStrips.clear();
        rendered = "";
        if (shown == null) {
            image = null;
            heat.setImage(null);
            return;
        }
        int n = shown.size();
        image = new WritableImage(n, n);
        image.getPixelWriter().setPixels(0, 0, n, n, PixelFormat.getIntArgbInstance(),
                shown.pixels(), 0, n);
        List<Band> bands = shown.bands();
        for (int b = 0; b < bands.size(); b++) {
            Label label = new Label(bands.get(b).category().isEmpty() ? "no category"
                    : bands.get(b).category());
            label.getStyleClass().add("band-label");
            bandLabels.add(label);
            bandStrips.add(new Rectangle(STRIP_WIDTH, 1, BAND_SHADES[b % 2]));
        }
        getChildren().addAll(bandStrips);
        getChildren().addAll(bandLabels);
        setView(0, 0, n);
    }

    /** The picture's image, one pixel per cell (n × n), for tests. */
    WritableImage image() {
        return image;
    }

    private void setView(int row, int column, int size) {
        if (picture == null) {
            return;
        }
        int n = picture.size();
        viewSize = Math.max(Math.min(MIN_CELLS, n), Math.min(n, size));
        viewRow = Math.max(0, Math.min(n - viewSize, row));
        viewColumn = Math.max(0, Math.min(n - viewSize, column));
        requestLayout();
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

    private void hover(MouseEvent event) {
        hoverAt(event.getX(), event.getY());
    }

    /** Reports the cell at a point of the image, e.g. also after a zoom under a still mouse. */
    private void hoverAt(double x, double y) {
        if (picture == null || heat.getFitWidth() <= 0) {
            return;
        }
        double cellsPerPixel = viewSize / heat.getFitWidth();
        int row = viewRow + (int) Math.floor(y * cellsPerPixel);
        int column = viewColumn + (int) Math.floor(x * cellsPerPixel);
        listener.hover(Math.min(row, picture.size() - 1), Math.min(column, picture.size() - 1));
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
        int n = picture.size();
        int size = viewSize * factor;
        int[] source = picture.pixels();
        int[] scaled = new int[size * size];
        for (int y = 0; y < size; y++) {
            int from = (viewRow + y / factor) * n + viewColumn;
            for (int x = 0; x < size; x++) {
                scaled[y * size + x] = source[from + x / factor];
            }
        }
        WritableImage enlarged = new WritableImage(size, size);
        enlarged.getPixelWriter().setPixels(0, 0, size, size, PixelFormat.getIntArgbInstance(),
                scaled, 0, size);
        heat.setViewport(null);
        heat.setImage(enlarged);
    }

    @Override
    protected void layoutChildren() {
        double left = snappedLeftInset();
        double top = snappedTopInset();
        double legendWidth = legend == null ? 0 : legend.prefWidth(-1) + LEGEND_GAP;
        double width = getWidth() - left - snappedRightInset() - LABEL_WIDTH - STRIP_WIDTH - GAP
                - legendWidth;
        double height = getHeight() - top - snappedBottomInset();
        double side = Math.max(0, Math.floor(Math.min(width, height)));
        double heatX = left + LABEL_WIDTH + STRIP_WIDTH + GAP;
        heat.setFitWidth(side);
        heat.setFitHeight(side);
        heat.relocate(heatX, top);
        if (legend != null) {
            legend.resizeRelocate(heatX + side + LEGEND_GAP, top, legend.prefWidth(-1),
                    legend.prefHeight(-1));
        }
        if (picture != null && side > 0) {
            render(side);
            layoutBands(left, top, side);
        }
    }

    /** Draws the visible part of each band and names those tall enough to hold a line. */
    private void layoutBands(double left, double top, double side) {
        double scale = side / viewSize;
        for (int b = 0; b < bandLabels.size(); b++) {
            Band band = picture.bands().get(b);
            int start = Math.max(band.start(), viewRow);
            int end = Math.min(band.end(), viewRow + viewSize);
            double height = Math.max(0, end - start) * scale;
            double y = top + (start - viewRow) * scale;
            Rectangle strip = bandStrips.get(b);
            strip.setVisible(height > 0);
            strip.setHeight(height);
            strip.relocate(left + LABEL_WIDTH, y);
            Label label = bandLabels.get(b);
            double textHeight = label.prefHeight(-1);
            label.setVisible(height >= textHeight);
            double width = Math.min(label.prefWidth(-1), LABEL_WIDTH - 6);
            label.resizeRelocate(left + LABEL_WIDTH - 6 - width, y + (height - textHeight) / 2,
                    width, textHeight);
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        double legendWidth = legend == null ? 0 : legend.prefWidth(-1) + LEGEND_GAP;
        return LABEL_WIDTH + STRIP_WIDTH + GAP + 600 + legendWidth;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 600;
    }
}
