package org.triad.app;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;

/**
 * A region that holds one canvas at its own size and redraws it when it is resized: plots of
 * thousands of marks stay one node instead of thousands.
 */
abstract class CanvasPane extends Region {
    private final Canvas canvas = new Canvas();

    CanvasPane() {
        getChildren().add(canvas);
        getStyleClass().add("plot");
    }

    /** The canvas, for mouse handlers and snapshots. */
    final Canvas canvas() {
        return canvas;
    }

    @Override
    protected void layoutChildren() {
        double width = Math.floor(getWidth());
        double height = Math.floor(getHeight());
        if (canvas.getWidth() != width || canvas.getHeight() != height) {
            canvas.setWidth(width);
            canvas.setHeight(height);
            redraw();
        }
    }

    /** Draws the current content again. */
    final void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (canvas.getWidth() > 0 && canvas.getHeight() > 0) {
            draw(new FxPainter(g), canvas.getWidth(), canvas.getHeight());
        }
    }

    /** Draws onto a cleared canvas, or into an SVG document, of the given size. */
    abstract void draw(Painter g, double width, double height);
}
