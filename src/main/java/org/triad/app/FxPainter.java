package org.triad.app;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/** Draws onto a JavaFX canvas: what the plots show on screen and save as PNG. */
final class FxPainter implements Painter {
    private final GraphicsContext g;

    FxPainter(GraphicsContext g) {
        this.g = g;
    }

    @Override
    public void setFill(Color colour) {
        g.setFill(colour);
    }

    @Override
    public void setStroke(Color colour) {
        g.setStroke(colour);
    }

    @Override
    public void setLineWidth(double width) {
        g.setLineWidth(width);
    }

    @Override
    public void setGlobalAlpha(double alpha) {
        g.setGlobalAlpha(alpha);
    }

    @Override
    public void fillRect(double x, double y, double width, double height) {
        g.fillRect(x, y, width, height);
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        g.strokeLine(x1, y1, x2, y2);
    }

    @Override
    public void strokePolyline(double[] xs, double[] ys, int points) {
        g.strokePolyline(xs, ys, points);
    }

    @Override
    public void fillOval(double x, double y, double width, double height) {
        g.fillOval(x, y, width, height);
    }

    @Override
    public void strokeOval(double x, double y, double width, double height) {
        g.strokeOval(x, y, width, height);
    }

    @Override
    public void text(String text, double x, double y, TextAlignment align, Color colour,
            Font font) {
        g.setFill(colour);
        g.setFont(font);
        g.setTextAlign(align);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, x, y);
    }

    @Override
    public void drawPixels(int[] argb, int width, int height, double x, double y,
            double drawnWidth, double drawnHeight) {
        WritableImage image = new WritableImage(width, height);
        image.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(),
                argb, 0, width);
        boolean smooth = g.isImageSmoothing();
        g.setImageSmoothing(false);
        g.drawImage(image, x, y, drawnWidth, drawnHeight);
        g.setImageSmoothing(smooth);
    }

    @Override
    public void save() {
        g.save();
    }

    @Override
    public void restore() {
        g.restore();
    }

    @Override
    public void translate(double x, double y) {
        g.translate(x, y);
    }

    @Override
    public void rotate(double degrees) {
        g.rotate(degrees);
    }
}
