package org.triad.app;

import java.util.List;
import java.util.function.ToDoubleFunction;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.triad.model.EpochReport;

/**
 * The Train view's two charts, loss and accuracy per epoch, drawn from the run's history as
 * lines with a dot per epoch: training blue, validation orange, as on screen. Used for the
 * exported pictures, so that SVG holds real lines rather than a screenshot.
 */
final class TrainingPlot extends CanvasPane {
    static final Color VALIDATION = Color.web("#e07b39");
    /** The size of an exported picture. */
    static final double WIDTH = 900;
    static final double HEIGHT = 640;
    private static final double LEFT = 64;
    private static final double RIGHT = 20;
    private static final double TITLE = 26;
    private static final double BOTTOM = 54;
    private static final Font TITLE_FONT = Font.font("System", FontWeight.BOLD, 13);

    private List<EpochReport> history = List.of();

    /** Shows a run's history, oldest epoch first. */
    void show(List<EpochReport> shown) {
        history = List.copyOf(shown);
        redraw();
    }

    @Override
    void draw(Painter g, double width, double height) {
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, width, height);
        if (history.isEmpty()) {
            g.text("No epochs yet.", width / 2, height / 2, TextAlignment.CENTER,
                    PlotStyle.MUTED, PlotStyle.NORMAL);
            return;
        }
        double half = height / 2;
        panel(g, 0, width, half, "Loss", "loss", EpochReport::trainLoss,
                EpochReport::validationLoss);
        panel(g, half, width, half, "Accuracy", "share of triplets predicted",
                EpochReport::trainAccuracy, EpochReport::validationAccuracy);
    }

    private void panel(Painter g, double top, double width, double height, String title,
            String yTitle, ToDoubleFunction<EpochReport> train,
            ToDoubleFunction<EpochReport> validation) {
        double[] range = range(train, validation);
        Frame frame = new Frame(LEFT, top + TITLE, width - LEFT - RIGHT,
                height - TITLE - BOTTOM, Math.max(5, history.size()), range[0], range[1]);
        g.text(title, LEFT + frame.width() / 2, top + TITLE / 2 + 2, TextAlignment.CENTER,
                PlotStyle.INK, TITLE_FONT);
        axes(g, frame, yTitle);
        series(g, frame, train, PlotStyle.ACCENT);
        series(g, frame, validation, VALIDATION);
        legend(g, frame, validation);
    }

    /** The plot area and the data range it shows. */
    private record Frame(double x, double y, double width, double height, double epochs,
            double low, double high) {
        double screenX(double epoch) {
            return x + width * epoch / epochs;
        }

        double screenY(double value) {
            return y + height * (1 - (value - low) / (high - low));
        }
    }

    private double[] range(ToDoubleFunction<EpochReport> a, ToDoubleFunction<EpochReport> b) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (EpochReport report : history) {
            for (double v : new double[] {a.applyAsDouble(report), b.applyAsDouble(report)}) {
                if (Double.isFinite(v)) {
                    low = Math.min(low, v);
                    high = Math.max(high, v);
                }
            }
        }
        if (!(low < high)) {
            double centre = Double.isFinite(low) ? low : 0;
            return new double[] {centre - 0.5, centre + 0.5};
        }
        double step = PlotStyle.step(high - low, 5);
        return new double[] {Math.floor(low / step) * step, Math.ceil(high / step) * step};
    }

    private void axes(Painter g, Frame frame, String yTitle) {
        double yStep = PlotStyle.step(frame.high() - frame.low(), 5);
        for (double v = frame.low(); v <= frame.high() + yStep * 1e-6; v += yStep) {
            double y = frame.screenY(v);
            g.setStroke(PlotStyle.LINE);
            g.strokeLine(frame.x(), y, frame.x() + frame.width(), y);
            g.text(PlotStyle.tick(v, yStep), frame.x() - 6, y, TextAlignment.RIGHT,
                    PlotStyle.MUTED, PlotStyle.SMALL);
        }
        double xStep = Math.max(1, Math.ceil(frame.epochs() / 10.0));
        double bottom = frame.y() + frame.height();
        for (double epoch = 0; epoch <= frame.epochs(); epoch += xStep) {
            g.text(PlotStyle.tick(epoch, 1), frame.screenX(epoch), bottom + 11,
                    TextAlignment.CENTER, PlotStyle.MUTED, PlotStyle.SMALL);
        }
        g.setStroke(PlotStyle.MUTED);
        g.strokeLine(frame.x(), bottom, frame.x() + frame.width(), bottom);
        g.strokeLine(frame.x(), frame.y(), frame.x(), bottom);
        g.text("epoch", frame.x() + frame.width() / 2, bottom + 27, TextAlignment.CENTER,
                PlotStyle.INK, PlotStyle.NORMAL);
        g.save();
        g.translate(16, frame.y() + frame.height() / 2);
        g.rotate(-90);
        g.text(yTitle, 0, 0, TextAlignment.CENTER, PlotStyle.INK, PlotStyle.NORMAL);
        g.restore();
    }

    /** One line through the finite values, a dot per epoch. */
    private void series(Painter g, Frame frame, ToDoubleFunction<EpochReport> value,
            Color colour) {
        double[] xs = new double[history.size()];
        double[] ys = new double[history.size()];
        int points = 0;
        for (EpochReport report : history) {
            double v = value.applyAsDouble(report);
            if (Double.isFinite(v)) {
                xs[points] = frame.screenX(report.epoch());
                ys[points] = frame.screenY(v);
                points++;
            }
        }
        if (points == 0) {
            return;
        }
        g.setStroke(colour);
        g.setLineWidth(2);
        g.strokePolyline(xs, ys, points);
        g.setLineWidth(1);
        g.setFill(colour);
        for (int p = 0; p < points; p++) {
            g.fillOval(xs[p] - 3, ys[p] - 3, 6, 6);
        }
    }

    private void legend(Painter g, Frame frame, ToDoubleFunction<EpochReport> validation) {
        boolean validated = history.stream()
                .anyMatch(r -> Double.isFinite(validation.applyAsDouble(r)));
        double y = frame.y() + frame.height() + 42;
        double x = frame.x() + frame.width() / 2 - (validated ? 110 : 45);
        entry(g, x, y, PlotStyle.ACCENT, "training");
        if (validated) {
            entry(g, x + 110, y, VALIDATION, "validation");
        }
    }

    private static void entry(Painter g, double x, double y, Color colour, String name) {
        g.setStroke(colour);
        g.setLineWidth(2);
        g.strokeLine(x, y, x + 18, y);
        g.setLineWidth(1);
        g.text(name, x + 24, y, TextAlignment.LEFT, PlotStyle.INK, PlotStyle.SMALL);
    }
}
