package org.triad.app;

import static org.triad.app.TourWindow.text;
import static org.triad.app.TourWindow.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.triad.model.ProgressListener;
import org.triad.store.EmbeddingInfo;
import org.triad.store.ThingsProject;

/**
 * Not a test of behaviour: walks through the Dimensions, Compare and Evaluate views on a real
 * THINGS project ({@code -Dtriad.tour.project=FILE}, built there if missing) and saves a PNG of
 * each, and the HTML report, into {@code -Dtriad.shots=DIR}; runs only when both are given.
 */
@EnabledIfSystemProperty(named = "triad.tour.project", matches = ".+")
class InterpretScreenshotTour {
    private static final Path SHOTS = Path.of(System.getProperty("triad.shots", "."));
    private static FxTaskRunner tasks;

    static {
        System.setProperty("headless.geometry", "1600x1200-32");
    }

    @Test
    void snapshotTheInterpretationViews() throws Exception {
        Files.createDirectories(SHOTS);
        tasks = new FxTaskRunner();
        StoreProjectSession session = new StoreProjectSession(ThingsProject.openOrCreate(
                ThingsProject.defaultDatasetsDir(), Path.of(System.getProperty(
                        "triad.tour.project")), ProgressListener.NONE));
        Workbench workbench = new Workbench(session, new CoreComputeEngine(), tasks,
                new RecordingDialogs());
        Stage stage = FxToolkit.registerPrimaryStage();
        MainWindow[] window = new MainWindow[1];
        FxToolkit.setupStage(s -> window[0] = TourWindow.show(s, workbench, tasks, 1440, 900));
        Scene scene = stage.getScene();
        waitFor(120, () -> !workbench.embeddings().isEmpty());
        EmbeddingInfo d66 = named(workbench, "66");
        FxToolkit.setupFixture(() -> {
            workbench.selectedEmbeddingProperty().set(d66);
            window[0].show(MainWindow.Page.DIMENSIONS);
        });
        waitFor(60, () -> text(scene, "#dimensionSummary").startsWith("66 dimensions"));
        ListView<?> list = (ListView<?>) scene.lookup("#dimensionList");
        FxToolkit.setupFixture(() -> list.getSelectionModel().select(0));
        shoot(scene, "d1-dimensions");
        FxToolkit.setupFixture(() -> {
            ((javafx.scene.control.Slider) scene.lookup("#topCount")).setValue(20);
            list.getSelectionModel().select(4);
        });
        FxToolkit.setupFixture(() -> list.edit(4));
        shoot(scene, "d1-dimensions-edit");
        FxToolkit.setupFixture(() -> list.edit(-1));
        TabPane tabs = (TabPane) scene.lookup("#dimensionTabs");
        FxToolkit.setupFixture(() -> {
            tabs.getSelectionModel().select(1);
            ((javafx.scene.control.TextField) scene.lookup("#profileSearch")).setText("tiger");
        });
        FxToolkit.setupFixture(() -> ((ListView<?>) scene.lookup("#profileMatches"))
                .getSelectionModel().select(0));
        shoot(scene, "d2-profile");
        scatter(scene, tabs, session);
        report(workbench);
        compare(window[0], workbench, scene);
        FxToolkit.setupFixture(() -> window[0].show(MainWindow.Page.EVALUATE));
        FxToolkit.setupFixture(() -> {
            ((ComboBox<EmbeddingInfo>) scene.lookup("#evalEmbedding")).setValue(d66);
            ((ComboBox<String>) scene.lookup("#evalSet")).setValue("human-b");
        });
        waitFor(120, () -> text(scene, "#evalAccuracy").endsWith("%")
                && !text(scene, "#evalStatus").startsWith("Evaluating"));
        waitFor(120, () -> !((javafx.scene.control.TableView<?>) scene.lookup(
                "#agreementTable")).getItems().isEmpty());
        shoot(scene, "d5-evaluate");
    }

    private static void scatter(Scene scene, TabPane tabs, StoreProjectSession session)
            throws Exception {
        FxToolkit.setupFixture(() -> {
            tabs.getSelectionModel().select(2);
            ((ComboBox<?>) scene.lookup("#scatterY")).getSelectionModel().select(2);
        });
        WaitForAsyncUtils.waitForFxEvents();
        ScatterPlot plot = (ScatterPlot) scene.lookup("#scatterPlot");
        int target = session.items().indexOf("padlock").orElse(0);
        double[] at = WaitForAsyncUtils.asyncFx(() -> plot.position(target)).get();
        Point2D screen = WaitForAsyncUtils.asyncFx(() -> plot.canvas().localToScreen(at[0],
                at[1])).get();
        new FxRobot().moveTo(screen);
        waitFor(10, () -> !text(scene, "#scatterReadout").startsWith("Point at"));
        shoot(scene, "d3-scatter");
    }

    private static void compare(MainWindow window, Workbench workbench, Scene scene)
            throws Exception {
        FxToolkit.setupFixture(() -> {
            window.show(MainWindow.Page.COMPARE);
            ((ComboBox<EmbeddingInfo>) scene.lookup("#compareFirst")).setValue(
                    named(workbench, "49"));
            ((ComboBox<EmbeddingInfo>) scene.lookup("#compareSecond")).setValue(
                    named(workbench, "66"));
            ((Button) scene.lookup("#compareButton")).fire();
        });
        waitFor(300, () -> Character.isDigit(text(scene, "#compareSummary").charAt(0)));
        shoot(scene, "d4-compare");
    }

    /** The HTML report through a second view model, since the button opens a file chooser. */
    private static void report(Workbench workbench) throws Exception {
        DimensionsViewModel[] model = new DimensionsViewModel[1];
        FxToolkit.setupFixture(() -> model[0] = new DimensionsViewModel(workbench));
        waitFor(60, () -> model[0].embeddingProperty().get() != null);
        FxToolkit.setupFixture(() -> {
            model[0].scatter().yDimProperty().set(2);
            ScatterPlot scatter = new ScatterPlot(model[0].scatter());
            scatter.drawLegend();
            HistogramPlot histogram = new HistogramPlot();
            histogram.show(model[0].detail().histogramProperty().get());
            model[0].exportReport(SHOTS.resolve("report.html"), PlotStyle.png(scatter, 800,
                    520), PlotStyle.png(histogram, 640, 260));
            model[0].exportTable(SHOTS.resolve("dimensions.csv"));
        });
        waitFor(30, () -> Files.exists(SHOTS.resolve("report.html")));
    }

    private static EmbeddingInfo named(Workbench workbench, String part) {
        return workbench.embeddings().stream().filter(info -> info.name().contains(part + "-d"))
                .findFirst().orElseThrow();
    }

    @AfterAll
    static void cleanUp() throws TimeoutException {
        FxToolkit.cleanupStages();
        if (tasks != null) {
            tasks.close();
        }
    }

    private static void shoot(Scene scene, String name) throws Exception {
        TourWindow.shoot(scene, SHOTS, name);
    }
}
