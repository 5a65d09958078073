package org.triad.app;

import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.triad.app.ScatterModel.Points;

/**
 * Two dimensions against each other, one dot per item in its category's colour, drawn on one
 * canvas. The mouse position maps back to the nearest dot within a few pixels.
 */
final class ScatterPlot extends CanvasPane {
    private static final double LEFT = 52;
    /** Right margin without and with a legend drawn into the picture. */
    private static final double RIGHT = 16;
    private static final double LEGEND = 190;
    private static final double TOP = 16;
    private static final double BOTTOM = 40;
    /** Distance in pixels within which the mouse hits a dot. */
    private static final double HIT = 7;
    private static final double DOT = 5;

    private Points points;
    private int hovered = -1;
    private int selected = -1;
    private double maxX = 1;
    private double maxY = 1;
    private double right = RIGHT;

    ScatterPlot(ScatterModel model) {
        setMinSize(300, 240);
        model.pointsProperty().addListener((o, old, now) -> show(now));
        model.hoveredProperty().addListener((o, old, now) -> {
            hovered = now.intValue();
            redraw();
        });
        model.selectedProperty().addListener((o, old, now) -> {
            selected = now.intValue();
            redraw();
        });
        canvas().setOnMouseMoved(event -> model.hover(itemAt(event.getX(), event.getY())));
        canvas().setOnMouseExited(event -> model.hover(-1));
        canvas().setOnMouseClicked(event -> {
            // The right button opens the Save PNG/SVG menu, wherever it is pressed.
            if (event.getButton() == javafx.scene.input.MouseButton.PRIMARY) {
                model.click(itemAt(event.getX(), event.getY()));
            }
        });
        show(model.pointsProperty().get());
    }

    /** Draws the legend into the plot too, for pictures that leave the app. */
    void drawLegend() {
        right = LEGEND;
    }

    private void show(Points shown) {
        points = shown;
        maxX = 1;
        maxY = 1;
        if (shown != null) {
            for (int i = 0; i < shown.x().length; i++) {
                maxX = Math.max(maxX, shown.x()[i]);
                maxY = Math.max(maxY, shown.y()[i]);
            }
            maxX *= 1.04;
            maxY *= 1.04;
        }
        redraw();
    }

    /** The item whose dot is nearest to (x, y) within {@link #HIT} pixels; −1 for none. */
    int itemAt(double x, double y) {
        if (points == null) {
            return -1;
        }
        int best = -1;
        double bestDistance = HIT * HIT;
        double width = canvas().getWidth();
        double height = canvas().getHeight();
        for (int i = 0; i < points.x().length; i++) {
            double dx = screenX(points.x()[i], width) - x;
            double dy = screenY(points.y()[i], height) - y;
            double distance = dx * dx + dy * dy;
            if (distance <= bestDistance) {
                bestDistance = distance;
                best = i;
            }
        }
        return best;
    }

    /** Where item i's dot is drawn on the canvas, as {x, y}. */
    double[] position(int item) {
        return new double[] {screenX(points.x()[item], canvas().getWidth()),
            screenY(points.y()[item], canvas().getHeight())};
    }

    private double screenX(double value, double width) {
        return LEFT + (width - LEFT - right) * value / maxX;
    }

    private double screenY(double value, double height) {
        return TOP + (height - TOP - BOTTOM) * (1 - value / maxY);
    }

    @Override
    void draw(Painter g, double width, double height) {
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, width, height);
        if (points == null) {
            g.text("Choose an embedding.", width / 2, height / 2,
                    TextAlignment.CENTER, PlotStyle.MUTED, PlotStyle.NORMAL);
            return;
        }
        axes(g, width, height);
        int none = points.categories().indexOf(ScatterModel.NO_CATEGORY);
        g.setGlobalAlpha(0.75);
        for (int i = 0; i < points.x().length; i++) {
            int category = points.category()[i];
            g.setFill(PlotStyle.category(category, category == none));
            g.fillOval(screenX(points.x()[i], width) - DOT / 2,
                    screenY(points.y()[i], height) - DOT / 2, DOT, DOT);
        }
        g.setGlobalAlpha(1);
        ring(g, selected, width, height, PlotStyle.INK);
        ring(g, hovered, width, height, PlotStyle.ACCENT);
        if (right == LEGEND) {
            legend(g, width, none);
        }
    }

    private void legend(Painter g, double width, int none) {
        double x = width - LEGEND + 24;
        for (int c = 0; c < points.categories().size(); c++) {
            double y = TOP + 8 + c * 15;
            g.setFill(PlotStyle.category(c, c == none));
            g.fillOval(x, y - 4, 8, 8);
            g.text(points.categories().get(c), x + 14, y, TextAlignment.LEFT,
                    PlotStyle.INK, PlotStyle.SMALL);
        }
    }

    private void ring(Painter g, int item, double width, double height, Color colour) {
        if (item < 0 || item >= points.x().length) {
            return;
        }
        g.setStroke(colour);
        g.setLineWidth(2);
        g.strokeOval(screenX(points.x()[item], width) - 6, screenY(points.y()[item], height) - 6,
                12, 12);
        g.setLineWidth(1);
    }

    private void axes(Painter g, double width, double height) {
        double bottom = height - BOTTOM;
        double xStep = PlotStyle.step(maxX, 6);
        for (double v = 0; v <= maxX; v += xStep) {
            double x = screenX(v, width);
            g.setStroke(PlotStyle.LINE);
            g.strokeLine(x, TOP, x, bottom);
            g.text(PlotStyle.tick(v, xStep), x, bottom + 11, TextAlignment.CENTER,
                    PlotStyle.MUTED, PlotStyle.SMALL);
        }
        double yStep = PlotStyle.step(maxY, 6);
        for (double v = 0; v <= maxY; v += yStep) {
            double y = screenY(v, height);
            g.setStroke(PlotStyle.LINE);
            g.strokeLine(LEFT, y, width - right, y);
            g.text(PlotStyle.tick(v, yStep), LEFT - 6, y, TextAlignment.RIGHT,
                    PlotStyle.MUTED, PlotStyle.SMALL);
        }
        g.text(points.xTitle(), (LEFT + width - right) / 2, height - 10,
                TextAlignment.CENTER, PlotStyle.INK, PlotStyle.NORMAL);
        g.save();
        g.translate(14, (TOP + bottom) / 2);
        g.rotate(-90);
        g.text(points.yTitle(), 0, 0, TextAlignment.CENTER, PlotStyle.INK,
                PlotStyle.NORMAL);
        g.restore();
    }
}
