package org.triad.app;

import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The few drawing operations the plots use, so that one drawing method makes both the screen
 * (and PNG) picture, through {@link FxPainter}, and a vector SVG file, through
 * {@link SvgPainter}. Coordinates are in pixels, origin top left, y downwards; the names follow
 * JavaFX's {@code GraphicsContext}.
 */
interface Painter {
    /** The colour of later fills (rectangles, ovals). */
    void setFill(Color colour);

    /** The colour of later strokes (lines, polylines, oval outlines). */
    void setStroke(Color colour);

    /** The width of later strokes, in pixels. */
    void setLineWidth(double width);

    /** The opacity, 0 to 1, applied to everything drawn from now on. */
    void setGlobalAlpha(double alpha);

    void fillRect(double x, double y, double width, double height);

    void strokeLine(double x1, double y1, double x2, double y2);

    /** An open line through the first {@code points} vertices. */
    void strokePolyline(double[] xs, double[] ys, int points);

    /** Fills the oval inside the rectangle (a circle when it is a square). */
    void fillOval(double x, double y, double width, double height);

    void strokeOval(double x, double y, double width, double height);

    /** Text with its anchor at (x, y), aligned as given, vertically centred on y. */
    void text(String text, double x, double y, TextAlignment align, Color colour, Font font);

    /**
     * A bitmap stretched onto the rectangle without smoothing, one ARGB value per pixel.
     *
     * @param argb width × height pixels, row-major
     */
    void drawPixels(int[] argb, int width, int height, double x, double y, double drawnWidth,
            double drawnHeight);

    /** Remembers the current transform and styles, for {@link #restore()}. */
    void save();

    void restore();

    void translate(double x, double y);

    /** Rotates later drawing by {@code degrees}, clockwise on screen. */
    void rotate(double degrees);
}
