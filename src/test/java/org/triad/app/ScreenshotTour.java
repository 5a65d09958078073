package org.triad.app;

import static org.triad.app.TourWindow.text;
import static org.triad.app.TourWindow.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.ScrollEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.triad.collect.FakeChatServer;
import org.triad.collect.FakeChatServer.Answer;
import org.triad.model.RsmKind;

/**
 * Not a test of behaviour: walks through every view and saves a PNG of each into the folder
 * named by {@code -Dtriad.shots=DIR}, so that a person can look at them; runs only when that
 * property is given. With {@code -Dtriad.tour.project=FILE} it
 * opens that project with the real core (building THINGS there if the file is missing);
 * otherwise a small planted project with a stand-in engine.
 */
@EnabledIfSystemProperty(named = "triad.shots", matches = ".+")
class ScreenshotTour {
    private static final Path SHOTS = Path.of(System.getProperty("triad.shots", "."));
    private static FxTaskRunner tasks;

    static {
        // Monocle's headless screen is 1280 × 800 unless told; a larger window overflows it.
        System.setProperty("headless.geometry", "1600x1200-32");
    }

    @Test
    void snapshotEveryView() throws Exception {
        Files.createDirectories(SHOTS);
        tasks = new FxTaskRunner();
        Workbench workbench = TourWindow.workbench(tasks);
        Stage stage = FxToolkit.registerPrimaryStage();
        MainWindow[] window = new MainWindow[1];
        FxToolkit.setupStage(s -> window[0] = TourWindow.show(s, workbench, tasks, 1280, 820));
        Scene scene = stage.getScene();
        waitFor(600, () -> !workbench.embeddings().isEmpty());
        shoot(scene, "0-start");
        FxToolkit.setupFixture(() -> window[0].help().toggle());
        shoot(scene, "0-shortcuts");
        FxToolkit.setupFixture(() -> {
            window[0].help().hide();
            window[0].show(MainWindow.Page.ITEMS);
        });
        shoot(scene, "1-items");
        FxToolkit.setupFixture(() -> window[0].darkProperty().set(true));
        shoot(scene, "1-items-dark");
        FxToolkit.setupFixture(() -> window[0].darkProperty().set(false));
        collectTour(window[0], scene);
        trainAFewEpochs(window[0], scene);
        FxToolkit.setupFixture(() -> window[0].show(MainWindow.Page.DIMENSIONS));
        waitFor(60, () -> !text(scene, "#dimensionSummary").startsWith("Loading"));
        shoot(scene, "3-dimensions");
        FxToolkit.setupFixture(() -> window[0].darkProperty().set(true));
        shoot(scene, "3-dimensions-dark");
        FxToolkit.setupFixture(() -> window[0].darkProperty().set(false));
        FxToolkit.setupFixture(() -> workbench.selectedEmbeddingProperty()
                .set(workbench.embeddings().get(0)));
        waitFor(60, () -> !text(scene, "#dimensionSummary").startsWith("Loading"));
        shoot(scene, "3-dimensions-first");
        FxToolkit.setupFixture(() -> window[0].show(MainWindow.Page.RSM));
        waitFor(900, () -> window[0].rsmView().heatmap().image() != null
                || text(scene, "#rsmStatus").startsWith("The RSM could not"));
        FxRobot robot = new FxRobot();
        robot.moveTo(scene.lookup("#heatmapImage")).moveBy(-40, 60);
        shoot(scene, "4-rsm");
        Node heat = scene.lookup("#heatmapImage");
        for (int step = 0; step < 6; step++) {
            // Monocle's robot has no wheel; the event the wheel would send is fired directly.
            FxToolkit.setupFixture(() -> Event.fireEvent(heat, new ScrollEvent(
                    ScrollEvent.SCROLL, 200, 200, 0, 0, false, false, false, false, false, false,
                    0, 40, 0, 40, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                    ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null)));
        }
        robot.moveBy(1, 1);
        shoot(scene, "4-rsm-zoomed");
        rsmTour(window[0].rsmModel(), scene, robot);
        JobsScreenshots.tour(window[0], scene);
    }

    /** Orderings, a selected block, the empirical RSM and comparisons. */
    private static void rsmTour(RsmViewModel model, Scene scene, FxRobot robot)
            throws Exception {
        FxToolkit.setupFixture(() -> model.orderingProperty().set(RsmOrdering.HIERARCHICAL));
        waitFor(900, () -> !model.busyProperty().get());
        FxToolkit.setupFixture(() -> model.select(40, 40, 160, 160));
        shoot(scene, "5-rsm-hierarchical-selection");
        FxToolkit.setupFixture(() -> {
            model.orderingProperty().set(RsmOrdering.BY_CATEGORY);
            model.source().kindProperty().set(RsmKind.EMPIRICAL);
        });
        waitFor(900, () -> !model.busyProperty().get());
        robot.moveTo(scene.lookup("#heatmapImage")).moveBy(-30, -40);
        shoot(scene, "6-rsm-empirical");
        FxToolkit.setupFixture(() -> {
            model.source().kindProperty().set(RsmKind.CHOICE_PROBABILITY);
            model.comparison().enabledProperty().set(true);
        });
        waitFor(900, () -> !model.busyProperty().get()
                && !model.comparison().busyProperty().get());
        FxToolkit.setupFixture(() -> {
            model.comparison().samplesProperty().set(100);
            model.comparison().startBootstrap();
        });
        waitFor(900, () -> !model.comparison().bootstrappingProperty().get());
        robot.moveTo(scene.lookup("#heatmapImage")).moveBy(20, 30);
        shoot(scene, "7-rsm-compare");
        FxToolkit.setupFixture(() -> {
            model.source().kindProperty().set(RsmKind.EMPIRICAL);
            model.source().sets().setAll(first(model, "du2171-humans"));
            model.comparison().selection().sets().setAll(first(model, "du2171-gpt4"));
        });
        waitFor(900, () -> !model.busyProperty().get()
                && !model.comparison().busyProperty().get());
        shoot(scene, "8-rsm-du2171-humans-vs-gpt4");
    }

    /** The named set if the project has it, else its first set. */
    private static String first(RsmViewModel model, String name) {
        return model.judgementSets().contains(name) ? name : model.judgementSets().get(0);
    }

    /**
     * The Collect view before, during and after a run against the in-process chat server,
     * which answers slowly, now and then with an error or a reply that names no item.
     */
    private static void collectTour(MainWindow window, Scene scene) throws Exception {
        AtomicInteger asked = new AtomicInteger();
        try (FakeChatServer server = new FakeChatServer((prompt, attempt) -> {
            int n = asked.incrementAndGet();
            return n % 23 == 0 ? Answer.status(400, null) : n % 17 == 0
                    ? Answer.slowReply("Hard to say: B or C.", 60)
                    : Answer.slowReply(n % 3 == 0 ? "B" : "A", 60);
        })) {
            FxToolkit.setupFixture(() -> window.show(MainWindow.Page.COLLECT));
            // The form lies in a scroll pane, whose content joins the scene at the next pulse.
            waitFor(10, () -> scene.lookup("#baseUrl") != null);
            FxToolkit.setupFixture(() -> {
                ((TextField) scene.lookup("#baseUrl")).setText(server.baseUrl().toString());
                ((TextField) scene.lookup("#modelId")).setText("llama3.2");
                spinner(scene, "#count").getValueFactory().setValue(240);
                spinner(scene, "#concurrency").getValueFactory().setValue(4);
            });
            shoot(scene, "1c-collect");
            FxToolkit.setupFixture(() -> ((Button) scene.lookup("#startCollect")).fire());
            waitFor(120, () -> text(scene, "#collectDone").matches("1\\d\\d of .*"));
            // The view scrolls its progress into view by itself when a run starts.
            shoot(scene, "1c-collect-running");
            waitFor(600, () -> text(scene, "#collectStatus").startsWith("Finished")
                    || text(scene, "#collectStatus").startsWith("Collecting failed"));
            FxToolkit.setupFixture(() -> ((Button) scene.lookup("#compareWithPeople")).fire());
            waitFor(120, () -> !text(scene, "#comparison").isEmpty());
            shoot(scene, "1c-collect-finished");
        }
        vectorTour(scene);
    }

    /** word2vec answers Du et al.'s 2,171 triplets, compared with the people's answers. */
    @SuppressWarnings("unchecked")
    private static void vectorTour(Scene scene) throws Exception {
        FxToolkit.setupFixture(() -> {
            ((javafx.scene.control.ChoiceBox<CollectForm.TripletSource>) scene.lookup(
                    "#tripletSource"))
                    .setValue(CollectForm.TripletSource.SET);
            ((ComboBox<String>) scene.lookup("#fromSet")).setValue("du2171-humans");
            ((TitledPane) scene.lookup("#vectorPane")).setExpanded(true);
            ((ComboBox<String>) scene.lookup("#vectorFeatures")).setValue("word2vec 300-d");
        });
        FxToolkit.setupFixture(() -> ((Button) scene.lookup("#answerFromVectors")).fire());
        waitFor(120, () -> text(scene, "#comparison").contains("vectors · word2vec"));
        // Twice: the first layout after the answer makes the page taller.
        for (int i = 0; i < 2; i++) {
            FxToolkit.setupFixture(() -> ((javafx.scene.control.ScrollPane) scene.lookup(
                    ".collect-scroll")).setVvalue(1));
            WaitForAsyncUtils.waitForFxEvents();
        }
        shoot(scene, "1c-collect-vectors");
    }

    @SuppressWarnings("unchecked")
    private static Spinner<Integer> spinner(Scene scene, String id) {
        return (Spinner<Integer>) scene.lookup(id);
    }

    private static void trainAFewEpochs(MainWindow window, Scene scene) throws Exception {
        FxToolkit.setupFixture(() -> {
            window.show(MainWindow.Page.TRAIN);
            window.trainModel().maxEpochsProperty().set(Integer.getInteger("triad.tour.epochs",
                    6));
        });
        WaitForAsyncUtils.waitForFxEvents();
        shoot(scene, "2-train-settings");
        waitFor(60, () -> !scene.lookup("#startTraining").isDisabled());
        FxToolkit.setupFixture(() -> ((Button) scene.lookup("#startTraining")).fire());
        waitFor(1800, () -> {
            String status = text(scene, "#trainStatus");
            return status.startsWith("Finished") || status.startsWith("Cancelled")
                    || status.startsWith("Training failed");
        });
        shoot(scene, "2-train-finished");
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
