package org.triad.app;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import org.triad.app.RsmPicture.Band;

/**
 * Draws an {@link RsmPicture} as one image pixel per cell, scaled up without smoothing so that
 * cells stay crisp, with a strip of category bands and their names along the left edge. Never
 * one node per cell: a 1,854-item RSM has 3.4 million.
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
    /** Band shades alternate so that neighbouring categories stay apart. */
    private static final int[] BAND_SHADES = {0xff8a9bb0, 0xffc9d3df};

    private final ImageView heat = new ImageView();
    private final ImageView strip = new ImageView();
    private final List<Label> bandLabels = new ArrayList<>();
    private RsmPicture picture;

    HeatmapPane(HoverListener listener) {
        getStyleClass().add("heatmap");
        heat.setId("heatmapImage");
        heat.setSmooth(false);
        heat.setPreserveRatio(false);
        strip.setSmooth(false);
        getChildren().addAll(strip, heat);
        heat.setOnMouseMoved(event -> listener.hover(cell(event.getY()), cell(event.getX())));
        heat.setOnMouseExited(event -> listener.hover(-1, -1));
    }

    /** Shows a picture; null clears. Runs on the FX thread, copying pixels in one call. */
    void show(RsmPicture shown) {
        picture = shown;
        getChildren().removeAll(bandLabels);
        bandLabels.clear();
        if (shown == null) {
            heat.setImage(null);
            strip.setImage(null);
            return;
        }
        int n = shown.size();
        WritableImage image = new WritableImage(n, n);
        image.getPixelWriter().setPixels(0, 0, n, n, PixelFormat.getIntArgbInstance(),
                shown.pixels(), 0, n);
        heat.setImage(image);
        strip.setImage(bandStrip(shown));
        for (Band band : shown.bands()) {
            Label label = new Label(band.category().isEmpty() ? "other" : band.category());
            label.getStyleClass().add("band-label");
            bandLabels.add(label);
        }
        getChildren().addAll(bandLabels);
        requestLayout();
    }

    private static WritableImage bandStrip(RsmPicture shown) {
        WritableImage image = new WritableImage(1, shown.size());
        List<Band> bands = shown.bands();
        for (int b = 0; b < bands.size(); b++) {
            for (int row = bands.get(b).start(); row < bands.get(b).end(); row++) {
                image.getPixelWriter().setArgb(0, row, BAND_SHADES[b % 2]);
            }
        }
        return image;
    }

    /** The image shown, for tests and export. */
    WritableImage image() {
        return (WritableImage) heat.getImage();
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
        double width = getWidth() - left - snappedRightInset() - LABEL_WIDTH - STRIP_WIDTH - GAP;
        double height = getHeight() - top - snappedBottomInset();
        double side = Math.max(0, Math.floor(Math.min(width, height)));
        double heatX = left + LABEL_WIDTH + STRIP_WIDTH + GAP;
        heat.setFitWidth(side);
        heat.setFitHeight(side);
        heat.relocate(heatX, top);
        strip.setFitWidth(STRIP_WIDTH);
        strip.setFitHeight(side);
        strip.relocate(left + LABEL_WIDTH, top);
        layoutBandLabels(left, top, side);
    }

    /** Names each band that is tall enough on screen to hold a line of text. */
    private void layoutBandLabels(double left, double top, double side) {
        if (picture == null) {
            return;
        }
        double scale = side / picture.size();
        for (int b = 0; b < bandLabels.size(); b++) {
            Label label = bandLabels.get(b);
            Band band = picture.bands().get(b);
            double height = (band.end() - band.start()) * scale;
            double textHeight = label.prefHeight(-1);
            label.setVisible(height >= textHeight);
            double width = Math.min(label.prefWidth(-1), LABEL_WIDTH - 6);
            label.resizeRelocate(left + LABEL_WIDTH - 6 - width,
                    top + band.start() * scale + (height - textHeight) / 2, width, textHeight);
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return LABEL_WIDTH + STRIP_WIDTH + GAP + 600;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 600;
    }
}
