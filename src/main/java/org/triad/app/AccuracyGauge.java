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
    /** Closer than this, in pixels, a mark's label and the model's would overlap. */
    private static final double NEAR = 70;
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
        double x = SIDE + span * result.accuracy().accuracy();
        double chance = SIDE + span * EvaluationViewModel.CHANCE;
        mark(g, chance, y, PlotStyle.MUTED, "chance", x);
        // The model's label moves away from a mark close to it, so no two labels overlap.
        TextAlignment modelSide = awayFrom(chance, x, TextAlignment.CENTER);
        if (result.ceiling().available()) {
            double ceiling = SIDE + span * result.ceiling().value();
            mark(g, ceiling, y, Color.web("#e07b39"), "noise ceiling", x);
            TextAlignment fromCeiling = awayFrom(ceiling, x, modelSide);
            // Marks close on both sides leave no room to move: keep the label centred.
            modelSide = modelSide != TextAlignment.CENTER && fromCeiling != modelSide
                    ? TextAlignment.CENTER : fromCeiling;
        }
        double low = result.accuracy().low();
        double high = result.accuracy().high();
        if (Double.isFinite(low) && Double.isFinite(high)) {
            g.setStroke(PlotStyle.ACCENT);
            g.setLineWidth(6);
            g.strokeLine(SIDE + span * low, y, SIDE + span * high, y);
            g.setLineWidth(1);
        }
        g.setFill(PlotStyle.ACCENT);
        g.fillOval(x - 6, y - 6, 12, 12);
        double shift = modelSide == TextAlignment.LEFT ? 4
                : modelSide == TextAlignment.RIGHT ? -4 : 0;
        g.text("model", x + shift, y - 16, modelSide, PlotStyle.ACCENT, PlotStyle.NORMAL);
    }

    /** How to set the model's label at {@code model} away from a mark at {@code mark}. */
    private static TextAlignment awayFrom(double mark, double model, TextAlignment otherwise) {
        if (Math.abs(mark - model) >= NEAR) {
            return otherwise;
        }
        return mark < model ? TextAlignment.LEFT : TextAlignment.RIGHT;
    }

    /** A mark with its name above; a name near the model's point is set to the far side. */
    private static void mark(Painter g, double x, double y, Color colour, String name,
            double model) {
        g.setStroke(colour);
        g.setLineWidth(2);
        g.strokeLine(x, y - 9, x, y + 9);
        g.setLineWidth(1);
        TextAlignment side = Math.abs(x - model) >= NEAR ? TextAlignment.CENTER
                : x < model ? TextAlignment.RIGHT : TextAlignment.LEFT;
        g.text(name, x, y - 16, side, colour, PlotStyle.SMALL);
    }
}
