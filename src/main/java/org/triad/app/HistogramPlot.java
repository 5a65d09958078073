package org.triad.app;

import java.util.Locale;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.triad.analysis.WeightHistogram;

/** The distribution of one dimension's weights as bars; exact zeros are counted in words. */
final class HistogramPlot extends CanvasPane {
    private static final double LEFT = 48;
    private static final double RIGHT = 14;
    private static final double TOP = 26;
    private static final double BOTTOM = 34;

    private WeightHistogram histogram;

    HistogramPlot() {
        setMinHeight(160);
        setPrefHeight(220);
    }

    /** Shows a histogram; null clears the plot. */
    void show(WeightHistogram shown) {
        histogram = shown;
        redraw();
    }

    /** The histogram drawn; null when none. */
    WeightHistogram shown() {
        return histogram;
    }

    @Override
    void draw(Painter g, double width, double height) {
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, width, height);
        if (histogram == null || histogram.max() <= 0) {
            g.text(histogram == null ? "Select a dimension." : "All weights are 0.",
                    width / 2, height / 2, TextAlignment.CENTER, PlotStyle.MUTED,
                    PlotStyle.NORMAL);
            return;
        }
        double plotWidth = width - LEFT - RIGHT;
        double plotHeight = height - TOP - BOTTOM;
        int[] counts = histogram.counts();
        double top = Math.max(1, histogram.largestCount());
        double yStep = PlotStyle.step(top, 4);
        for (double v = 0; v <= top + 1e-9; v += yStep) {
            double y = TOP + plotHeight * (1 - v / top);
            g.setStroke(PlotStyle.LINE);
            g.strokeLine(LEFT, y, LEFT + plotWidth, y);
            g.text(PlotStyle.tick(v, yStep), LEFT - 6, y, TextAlignment.RIGHT,
                    PlotStyle.MUTED, PlotStyle.SMALL);
        }
        double barWidth = plotWidth / counts.length;
        g.setFill(PlotStyle.ACCENT);
        for (int b = 0; b < counts.length; b++) {
            double barHeight = plotHeight * counts[b] / top;
            g.fillRect(LEFT + b * barWidth + 0.5, TOP + plotHeight - barHeight,
                    Math.max(1, barWidth - 1), barHeight);
        }
        double xStep = PlotStyle.step(histogram.max(), 6);
        for (double v = 0; v <= histogram.max() + 1e-9; v += xStep) {
            double x = LEFT + plotWidth * v / histogram.max();
            g.text(PlotStyle.tick(v, xStep), x, TOP + plotHeight + 12,
                    TextAlignment.CENTER, PlotStyle.MUTED, PlotStyle.SMALL);
        }
        g.setStroke(PlotStyle.MUTED);
        g.strokeLine(LEFT, TOP + plotHeight, LEFT + plotWidth, TOP + plotHeight);
        g.text("weight", LEFT + plotWidth / 2, height - 8, TextAlignment.CENTER,
                PlotStyle.MUTED, PlotStyle.SMALL);
        g.text(caption(histogram.zeros()), LEFT, 12, TextAlignment.LEFT, PlotStyle.INK,
                PlotStyle.SMALL);
    }

    /** The caption above the bars, which names the items at 0 that no bar shows. */
    static String caption(long zeros) {
        return "items per bin" + (zeros == 0 ? "" : String.format(Locale.ROOT,
                " · %,d %s at exactly 0 not drawn", zeros, zeros == 1 ? "item" : "items"));
    }
}
