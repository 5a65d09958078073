package org.triad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.triad.model.EpochReport;

/**
 * The Train view's charts during a run of thousands of quick epochs (a small item set): each
 * epoch appends its points instead of redrawing all of them, which had kept every replaced
 * symbol node alive until the heap ran out; past 200 epochs the dots give way to lines.
 */
class TrainChartsTest extends FxRobot {
    private static final int EPOCHS = 2_000;

    static {
        System.setProperty("headless.geometry", "1600x1200-32");
    }

    private TrainViewModel model;

    @BeforeEach
    void start() throws Exception {
        FakeProject project = FakeProject.planted();
        Workbench workbench = new Workbench(project, new FakeEngine(PlantedData.embedding(
                project.items())), new InlineTaskRunner(), new RecordingDialogs());
        model = new TrainViewModel(workbench);
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            stage.setScene(TriadApp.styled(new Scene((javafx.scene.Parent)
                    new TrainView(model, new RecordingDialogs()).node(), 1280, 820)));
            stage.show();
        });
    }

    @AfterEach
    void stop() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void epochsAppendTheirPointsAndManyEpochsDropTheDots() {
        interact(() -> model.history().add(epoch(1)));
        LineChart<Number, Number> loss = chart("Loss");
        XYChart.Data<Number, Number> first = loss.getData().get(0).getData().get(0);
        assertTrue(loss.getCreateSymbols());

        interact(() -> {
            for (int e = 2; e <= EPOCHS; e++) {
                model.history().add(epoch(e));
            }
        });

        for (LineChart<Number, Number> chart : List.of(loss, chart("Accuracy"))) {
            for (XYChart.Series<Number, Number> series : chart.getData()) {
                assertEquals(EPOCHS, series.getData().size(), series.getName());
            }
            assertFalse(chart.getCreateSymbols(), chart.getTitle());
        }
        assertSame(first, loss.getData().get(0).getData().get(0), "appended, not redrawn");

        interact(() -> model.history().setAll(List.of(epoch(1), epoch(2))));
        assertEquals(2, loss.getData().get(1).getData().size(), "a new run starts afresh");
        assertTrue(loss.getCreateSymbols());
    }

    private static EpochReport epoch(int epoch) {
        return new EpochReport(epoch, 1.0 + 1.0 / epoch, 0.5, 1.1 + 1.0 / epoch, 0.45, 10,
                0.001);
    }

    @SuppressWarnings("unchecked")
    private LineChart<Number, Number> chart(String title) {
        return lookup(node -> node instanceof LineChart<?, ?> chart
                && title.equals(chart.getTitle())).queryAs(LineChart.class);
    }
}
