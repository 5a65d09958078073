package org.triad.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javax.imageio.ImageIO;

/** Colours, fonts and axes shared by the canvas plots, and their rendering to PNG and SVG. */
final class PlotStyle {
    static final Color INK = Color.web("#1f2733");
    static final Color MUTED = Color.web("#667085");
    static final Color LINE = Color.web("#dde2ea");
    static final Color ACCENT = Color.web("#2f6fd0");
    static final Color ACCENT_LIGHT = Color.web("#9dbbe9");
    static final Font SMALL = Font.font("System", 11);
    static final Font NORMAL = Font.font("System", 12);
    /** Categorical colours, strong ones first; "no category" is drawn in {@link #NONE}. */
    private static final String[] CATEGORY_COLOURS = {
        "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#bcbd22",
        "#17becf", "#393b79", "#637939", "#8c6d31", "#843c39", "#7b4173", "#aec7e8", "#ffbb78",
        "#98df8a", "#ff9896", "#c5b0d5", "#c49c94", "#f7b6d2", "#dbdb8d", "#9edae5", "#6b6ecf",
        "#b5cf6b", "#e7ba52", "#d6616b", "#ce6dbd",
    };
    static final Color NONE = Color.web("#b8bec8");

    private PlotStyle() {
    }

    /** The colour of category {@code index}; {@code none} marks the uncategorised. */
    static Color category(int index, boolean none) {
        return none ? NONE : Color.web(CATEGORY_COLOURS[index % CATEGORY_COLOURS.length]);
    }

    /** A round step (1, 2 or 5 × 10^k) that splits {@code range} into about {@code ticks}. */
    static double step(double range, int ticks) {
        double raw = range / Math.max(1, ticks);
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double fraction = raw / magnitude;
        return magnitude * (fraction < 1.5 ? 1 : fraction < 3.5 ? 2 : fraction < 7.5 ? 5 : 10);
    }

    /** A tick label with no more decimals than the step needs. */
    static String tick(double value, double step) {
        int decimals = (int) Math.max(0, Math.ceil(-Math.log10(step) - 1e-9));
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    /** Draws a plot of the given size as an SVG document, from the same code as on screen. */
    static String svg(CanvasPane plot, double width, double height) {
        SvgPainter svg = new SvgPainter(width, height);
        plot.draw(svg, width, height);
        return svg.finish();
    }

    /** Renders a plot onto a fresh canvas of the given size and encodes it as PNG. */
    static byte[] png(CanvasPane plot, double width, double height) {
        Canvas canvas = new Canvas(width, height);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, width, height);
        plot.draw(new FxPainter(g), width, height);
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.WHITE);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(canvas.snapshot(parameters, null), null),
                    "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("PNG encoding failed in memory", e);
        }
        return bytes.toByteArray();
    }
}
