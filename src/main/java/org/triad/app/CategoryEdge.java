package org.triad.app;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import org.triad.app.RsmPicture.Band;

/**
 * The category bands along a heatmap's left edge: a strip coloured by category (drawn from a
 * one-pixel-wide image, so that a scattered ordering costs no extra nodes) and the names of
 * the bands tall enough to hold one, right-aligned against the strip.
 */
final class CategoryEdge extends Region {
    private static final double STRIP_WIDTH = 10;
    private static final int MIN_LABELLED_ROWS = 3;

    private double labelWidth;
    private final ImageView strip = new ImageView();
    private final List<Band> labelledBands = new ArrayList<>();
    private final List<Label> labels = new ArrayList<>();

    /** @param labelWidth room for the names; 0 draws the strip only */
    CategoryEdge(double labelWidth) {
        this.labelWidth = labelWidth;
        strip.setSmooth(false);
        strip.setPreserveRatio(false);
        getChildren().add(strip);
        setMouseTransparent(true);
    }

    /** Room for the names; 0 hides them. */
    void setLabelWidth(double width) {
        labelWidth = width;
        labels.forEach(label -> label.setVisible(false));
    }

    /** Width of names plus strip. */
    double edgeWidth() {
        return labelWidth + STRIP_WIDTH;
    }

    /** Shows the bands of a picture; null clears. */
    void show(RsmPicture picture) {
        getChildren().removeAll(labels);
        labels.clear();
        labelledBands.clear();
        strip.setImage(picture == null ? null : BandColours.strip(picture));
        if (picture == null) {
            return;
        }
        for (Band band : picture.bands()) {
            // a band of one or two rows never has room for its name unless zoomed far in
            if (band.end() - band.start() >= MIN_LABELLED_ROWS) {
                Label label = new Label(band.label());
                label.getStyleClass().add("band-label");
                labels.add(label);
                labelledBands.add(band);
            }
        }
        getChildren().addAll(labels);
    }

    /** Lays the bands of picture rows [row, row + size) along a heatmap of the given side. */
    void layout(int row, int size, double side) {
        if (strip.getImage() == null || size <= 0) {
            return;
        }
        strip.setViewport(new Rectangle2D(0, row, 1, size));
        strip.setFitWidth(STRIP_WIDTH);
        strip.setFitHeight(side);
        strip.relocate(labelWidth, 0);
        double scale = side / size;
        for (int b = 0; b < labels.size(); b++) {
            Band band = labelledBands.get(b);
            int start = Math.max(band.start(), row);
            int end = Math.min(band.end(), row + size);
            double height = Math.max(0, end - start) * scale;
            Label label = labels.get(b);
            double textHeight = label.prefHeight(-1);
            label.setVisible(labelWidth > 0 && height >= textHeight);
            if (label.isVisible()) {
                double width = Math.min(label.prefWidth(-1), labelWidth - 6);
                label.resizeRelocate(labelWidth - 6 - width,
                        (start - row) * scale + (height - textHeight) / 2, width, textHeight);
            }
        }
    }

    @Override
    protected void layoutChildren() {
        // placed by layout(row, size, side), which the heatmap calls with its view
    }
}
