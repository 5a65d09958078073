package org.triad.app;

import java.util.Locale;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.triad.app.ItemProfileModel.Profile;

/**
 * An item's weight on every dimension as horizontal bars, one labelled row per dimension in
 * column order; its three strongest dimensions are drawn in the accent colour.
 */
final class ProfilePlot extends CanvasPane {
    /** Height of one dimension's row. */
    static final double ROW = 17;
    private static final double LABEL = 210;
    private static final double TOP = 10;

    private Profile profile;

    /** Shows a profile; null clears the plot. */
    void show(Profile shown) {
        profile = shown;
        int rows = shown == null ? 0 : shown.weights().length;
        setPrefHeight(TOP * 2 + ROW * Math.max(rows, 3));
        setMinHeight(getPrefHeight());
        redraw();
    }

    @Override
    void draw(Painter g, double width, double height) {
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, width, height);
        if (profile == null) {
            g.text("Search for an item.", width / 2, height / 2, TextAlignment.CENTER,
                    PlotStyle.MUTED, PlotStyle.NORMAL);
            return;
        }
        float[] weights = profile.weights();
        double max = 0;
        for (float weight : weights) {
            max = Math.max(max, weight);
        }
        float third = thirdLargest(weights);
        double barSpace = width - LABEL - 60;
        for (int dim = 0; dim < weights.length; dim++) {
            double y = TOP + dim * ROW;
            String label = (dim + 1) + "  " + shorten(profile.labels().get(dim));
            g.text(label, LABEL - 8, y + ROW / 2, TextAlignment.RIGHT,
                    PlotStyle.INK, PlotStyle.SMALL);
            double length = max > 0 ? barSpace * weights[dim] / max : 0;
            boolean strong = weights[dim] > 0 && weights[dim] >= third;
            g.setFill(strong ? PlotStyle.ACCENT : PlotStyle.ACCENT_LIGHT);
            g.fillRect(LABEL, y + 3, length, ROW - 6);
            g.text(String.format(Locale.ROOT, "%.2f", weights[dim]),
                    LABEL + length + 5, y + ROW / 2, TextAlignment.LEFT, PlotStyle.MUTED,
                    PlotStyle.SMALL);
        }
        g.setStroke(PlotStyle.LINE);
        g.strokeLine(LABEL, TOP, LABEL, TOP + weights.length * ROW);
    }

    private static float thirdLargest(float[] weights) {
        float[] sorted = weights.clone();
        java.util.Arrays.sort(sorted);
        return sorted[Math.max(0, sorted.length - 3)];
    }

    private static String shorten(String label) {
        return label.length() > 30 ? label.substring(0, 29) + "…" : label;
    }
}
