package org.triad.app;

import java.util.Locale;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.triad.app.RsmPicture.Band;
import org.triad.model.RsmKind;

/**
 * A whole RSM as a figure for export: the heatmap of every cell in the current ordering (one
 * bitmap pixel per cell; in SVG a base64 PNG {@code image}, since 1,854² cells are too many
 * for vector marks), with vector category bands and names on the left and a vector colour
 * legend on the right.
 */
final class RsmFigure {
    /** The figure's size in pixels. */
    static final double WIDTH = 1080;
    static final double HEIGHT = 860;
    private static final double LABELS = 150;
    private static final double STRIP = 12;
    private static final double TOP = 50;
    private static final double SIDE = 780;
    private static final int RAMP = 64;
    private static final Font TITLE = Font.font("System", FontWeight.BOLD, 14);

    private RsmFigure() {
    }

    /** The figure as an SVG document. */
    static String svg(RsmPicture picture, String title) {
        SvgPainter svg = new SvgPainter(WIDTH, HEIGHT);
        draw(svg, picture, title);
        return svg.finish();
    }

    /** The figure on a canvas, for the PNG export: the same drawing as the SVG. */
    static javafx.scene.canvas.Canvas canvas(RsmPicture picture, String title) {
        javafx.scene.canvas.Canvas canvas = new javafx.scene.canvas.Canvas(WIDTH, HEIGHT);
        draw(new FxPainter(canvas.getGraphicsContext2D()), picture, title);
        return canvas;
    }

    /** Draws the figure at {@link #WIDTH} × {@link #HEIGHT}. */
    static void draw(Painter g, RsmPicture picture, String title) {
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.text(title, 20, 24, TextAlignment.LEFT, PlotStyle.INK, TITLE);
        double left = LABELS + STRIP + 4;
        g.drawPixels(picture.pixels(), picture.size(), picture.size(), left, TOP, SIDE, SIDE);
        bands(g, picture);
        legend(g, picture, left + SIDE + 24);
    }

    private static void bands(Painter g, RsmPicture picture) {
        int[] colours = BandColours.rowColours(picture);
        double cell = SIDE / picture.size();
        for (Band band : picture.bands()) {
            double y = TOP + band.start() * cell;
            double height = (band.end() - band.start()) * cell;
            g.setFill(colour(colours[band.start()]));
            g.fillRect(LABELS, y, STRIP, height);
            if (height >= 11) {
                g.text(shorten(band.label()), LABELS - 6, y + height / 2,
                        TextAlignment.RIGHT, PlotStyle.INK, PlotStyle.SMALL);
            }
        }
    }

    private static void legend(Painter g, RsmPicture picture, double x) {
        RsmKind kind = picture.rsm().kind();
        g.text(kind == RsmKind.CHOICE_PROBABILITY ? "choice probability" : kind.displayName(),
                x, TOP + 6, TextAlignment.LEFT, PlotStyle.INK, PlotStyle.NORMAL);
        g.text(RsmPicture.format(picture.max()), x, TOP + 26, TextAlignment.LEFT,
                PlotStyle.INK, PlotStyle.SMALL);
        double rampTop = TOP + 38;
        double rampHeight = 300;
        double step = rampHeight / RAMP;
        for (int s = 0; s < RAMP; s++) {
            g.setFill(colour(ColorMap.argb(1 - (s + 0.5) / RAMP)));
            g.fillRect(x, rampTop + s * step, 18, step + 0.5);
        }
        double below = rampTop + rampHeight;
        g.text(RsmPicture.format(picture.min()), x, below + 12, TextAlignment.LEFT,
                PlotStyle.INK, PlotStyle.SMALL);
        if (kind != RsmKind.DOT_PRODUCT) {
            g.text("diagonal = 1", x, below + 32, TextAlignment.LEFT, PlotStyle.MUTED,
                    PlotStyle.SMALL);
        }
        long pairs = (long) picture.size() * (picture.size() - 1);
        if (picture.noData() > 0) {
            g.setFill(colour(ColorMap.NO_DATA));
            g.fillRect(x, below + 46, 18, 12);
            g.text(String.format(Locale.ROOT, "no data (%.1f %%)", 100.0 * picture.noData()
                    / pairs), x + 24, below + 52, TextAlignment.LEFT, PlotStyle.MUTED,
                    PlotStyle.SMALL);
        }
        g.text(String.format(Locale.ROOT, "%,d items", picture.size()), x, below + 76,
                TextAlignment.LEFT, PlotStyle.MUTED, PlotStyle.SMALL);
    }

    private static Color colour(int argb) {
        return Color.rgb(argb >> 16 & 0xff, argb >> 8 & 0xff, argb & 0xff);
    }

    private static String shorten(String text) {
        return text.length() > 22 ? text.substring(0, 21) + "…" : text;
    }
}
