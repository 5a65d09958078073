package org.triad.app;

import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.triad.app.EvaluationViewModel.Result;

/**
 * One line from 0 to 100 % with chance, the model's accuracy (with its interval) and the noise
 * ceiling marked on it, so that the accuracy is read against both bounds at a glance.
 */
final class AccuracyGauge extends CanvasPane {
    private static final double SIDE = 24;
    private Result result;

    AccuracyGauge() {
        setMinHeight(70);
        setPrefHeight(70);
    }

    /** Shows an evaluation; null clears the gauge. */
    void show(Result shown) {
        result = shown;
        redraw();
    }

    @Override
    void draw(Painter g, double width, double height) {
        double y = height / 2;
        double span = width - 2 * SIDE;
        g.setStroke(PlotStyle.LINE);
        g.setLineWidth(6);
        g.strokeLine(SIDE, y, width - SIDE, y);
        g.setLineWidth(1);
        for (int p = 0; p <= 100; p += 20) {
            g.text(p + " %", SIDE + span * p / 100, y + 18, TextAlignment.CENTER,
                    PlotStyle.MUTED, PlotStyle.SMALL);
        }
        if (result == null) {
            return;
        }
        mark(g, SIDE + span * EvaluationViewModel.CHANCE, y, PlotStyle.MUTED, "chance");
        if (result.ceiling().available()) {
            mark(g, SIDE + span * result.ceiling().value(), y, Color.web("#e07b39"),
                    "noise ceiling");
        }
        double low = result.accuracy().low();
        double high = result.accuracy().high();
        if (Double.isFinite(low) && Double.isFinite(high)) {
            g.setStroke(PlotStyle.ACCENT);
            g.setLineWidth(6);
            g.strokeLine(SIDE + span * low, y, SIDE + span * high, y);
            g.setLineWidth(1);
        }
        double x = SIDE + span * result.accuracy().accuracy();
        g.setFill(PlotStyle.ACCENT);
        g.fillOval(x - 6, y - 6, 12, 12);
        g.text("model", x, y - 16, TextAlignment.CENTER, PlotStyle.ACCENT,
                PlotStyle.NORMAL);
    }

    private static void mark(Painter g, double x, double y, Color colour, String name) {
        g.setStroke(colour);
        g.setLineWidth(2);
        g.strokeLine(x, y - 9, x, y + 9);
        g.setLineWidth(1);
        g.text(name, x, y - 16, TextAlignment.CENTER, colour, PlotStyle.SMALL);
    }
}
