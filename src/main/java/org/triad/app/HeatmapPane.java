package org.triad.app;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.triad.app.RsmPicture.Band;

/**
 * Draws an {@link RsmPicture} as one image pixel per cell, with a strip of category bands and
 * their names along the left edge and a legend to the right. Never one node per cell: a
 * 1,854-item RSM has 3.4 million. When a cell is bigger than a screen pixel the image is
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
    /** Band shades alternate so that neighbouring categories stay apart. */
    private static final Color[] BAND_SHADES = {Color.web("#8a9bb0"), Color.web("#c9d3df")};

    private final ImageView heat = new ImageView();
    private final List<Rectangle> bandStrips = new ArrayList<>();
    private final List<Label> bandLabels = new ArrayList<>();
    private Node legend;
    private RsmPicture picture;
    private WritableImage image;
    private int shownFactor;

    HeatmapPane(HoverListener listener) {
        setId("heatmap");
        getStyleClass().add("heatmap");
        heat.setId("heatmapImage");
        heat.setSmooth(false);
        heat.setPreserveRatio(false);
        getChildren().add(heat);
        heat.setOnMouseMoved(event -> listener.hover(cell(event.getY()), cell(event.getX())));
        heat.setOnMouseExited(event -> listener.hover(-1, -1));
    }

    /** Places a legend to the right of the heatmap. */
    void setLegend(Node node) {
        legend = node;
        getChildren().add(node);
    }

    /** Shows a picture; null clears. Runs on the FX thread, copying pixels in one call. */
    void show(RsmPicture shown) {
        picture = shown;
        getChildren().removeAll(bandLabels);
        getChildren().removeAll(bandStrips);
        bandLabels.clear();
        bandStrips.clear();
        shownFactor = 0;
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
            Label label = new Label(bands.get(b).category().isEmpty() ? "other"
                    : bands.get(b).category());
            label.getStyleClass().add("band-label");
            bandLabels.add(label);
            bandStrips.add(new Rectangle(STRIP_WIDTH, 1, BAND_SHADES[b % 2]));
        }
        getChildren().addAll(bandStrips);
        getChildren().addAll(bandLabels);
        requestLayout();
    }

    /** The picture's image, one pixel per cell (n × n), for tests and export. */
    WritableImage image() {
        return image;
    }

    /** Shows the image enlarged by a whole factor so that scaling it to the screen stays sharp. */
    private void showScaled(double side) {
        int n = picture.size();
        int factor = (int) Math.max(1, Math.floor(side / n));
        if (factor == shownFactor) {
            return;
        }
        shownFactor = factor;
        if (factor == 1) {
            heat.setImage(image);
            return;
        }
        int size = n * factor;
        int[] source = picture.pixels();
        int[] scaled = new int[size * size];
        for (int y = 0; y < size; y++) {
            int row = y / factor * n;
            for (int x = 0; x < size; x++) {
                scaled[y * size + x] = source[row + x / factor];
            }
        }
        WritableImage enlarged = new WritableImage(size, size);
        enlarged.getPixelWriter().setPixels(0, 0, size, size, PixelFormat.getIntArgbInstance(),
                scaled, 0, size);
        heat.setImage(enlarged);
    }

    /** Side length of the drawn heatmap in pixels. */
    double side() {
        return heat.getFitWidth();
    }

    private int cell(double position) {
        if (picture == null || heat.getFitWidth() <= 0) {
            return -1;
        }
        int index = (int) Math.floor(position / heat.getFitWidth() * picture.size());
        return Math.max(0, Math.min(picture.size() - 1, index));
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
            showScaled(side);
        }
        layoutBands(left, top, side);
    }

    /** Draws the band strip and names each band that is tall enough to hold a line of text. */
    private void layoutBands(double left, double top, double side) {
        if (picture == null) {
            return;
        }
        double scale = side / picture.size();
        for (int b = 0; b < bandLabels.size(); b++) {
            Label label = bandLabels.get(b);
            Band band = picture.bands().get(b);
            double height = (band.end() - band.start()) * scale;
            Rectangle strip = bandStrips.get(b);
            strip.setHeight(height);
            strip.relocate(left + LABEL_WIDTH, top + band.start() * scale);
            double textHeight = label.prefHeight(-1);
            label.setVisible(height >= textHeight);
            double width = Math.min(label.prefWidth(-1), LABEL_WIDTH - 6);
            label.resizeRelocate(left + LABEL_WIDTH - 6 - width,
                    top + band.start() * scale + (height - textHeight) / 2, width, textHeight);
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
