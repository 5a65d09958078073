package org.triad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.triad.model.Embedding;
import org.triad.model.ItemSet;
import org.triad.store.ProjectStore;

/**
 * The whole window on a real project file: judgements made by hand reach the start page, the
 * Train view and Evaluate without reopening the project, and Train keeps the user's ticks.
 */
class SetsFollowJudgingTest extends FxRobot {
    private static final String IMPORTED = "good_triplets";
    private static final String MANUAL = "manual · ann";

    static {
        System.setProperty("headless.geometry", "1600x1200-32");
    }

    @TempDir
    Path folder;
    private StoreProjectSession project;
    private FxTaskRunner tasks;
    private MainWindow window;
    private boolean sessionStarted;

    @BeforeEach
    void start() throws Exception {
        ItemSet items = PlantedData.items();
        Embedding planted = PlantedData.embedding(items);
        ProjectStore store = ProjectStore.open(folder.resolve("sets.triad"));
        store.setItems(items);
        store.addJudgements(IMPORTED, "", PlantedData.judgements(planted, 60, 3, "file"));
        project = new StoreProjectSession(store);
        tasks = new FxTaskRunner();
        Workbench workbench = new Workbench(project, new FakeEngine(planted), tasks,
                new RecordingDialogs());
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            window = new MainWindow(workbench);
            stage.setScene(TriadApp.styled(new Scene(window.root(), 1280, 820)));
            stage.show();
        });
        waitFor(() -> startSets().size() == 1);
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
        tasks.close();
        project.close();
    }

    @Test
    void judgementsByHandReachStartTrainAndEvaluateAndTicksStay() throws Exception {
        clickOn("#nav-train");
        waitFor(() -> setBox(IMPORTED) != null);
        assertEquals(IMPORTED + "  (60)", setBox(IMPORTED).getText(), "'_' shown as typed");
        assertTrue(setBox(IMPORTED).isSelected());

        judge(3);
        clickOn("#nav-start");
        waitFor(() -> startSets().contains("• " + MANUAL + " — 3 judgements"));
        clickOn("#nav-train");
        waitFor(() -> setBox(MANUAL) != null);
        assertEquals(MANUAL + "  (3)", setBox(MANUAL).getText());
        assertTrue(setBox(IMPORTED).isSelected(), "the user's tick stays");
        assertFalse(setBox(MANUAL).isSelected(), "a new set comes unticked");
        clickOn(setBox(IMPORTED));
        clickOn(setBox(MANUAL));

        judge(2);
        clickOn("#nav-train");
        waitFor(() -> setBox(MANUAL) != null && setBox(MANUAL).getText().endsWith("(5)"));
        assertFalse(setBox(IMPORTED).isSelected(), "ticks stay after a second change");
        assertTrue(setBox(MANUAL).isSelected());
        assertFalse(lookup("#startTraining").queryAs(Button.class).isDisabled());
        clickOn("#nav-evaluate");
        waitFor(() -> window.evaluationModel().setNames().contains(MANUAL));
    }

    @Test
    void participantModeHidesTheWindowsFrameAndKeepsToTheTriplets() throws Exception {
        judge(1);
        Node navigation = lookup("#nav-start").query();
        assertTrue(shown(navigation));

        type(KeyCode.F11);
        waitFor(() -> window.participantModeProperty().get());
        assertFalse(shown(navigation), "navigation hidden");
        assertFalse(shown(lookup("#jobsButton").query()), "status bar hidden");
        press(KeyCode.CONTROL).press(KeyCode.DIGIT1).release(KeyCode.DIGIT1)
                .release(KeyCode.CONTROL);
        assertTrue(shown(lookup("#annotateView").query()), "still on the triplets");
        // a click beside the cards must not take the keys away from the triplets
        clickOn(lookup("#annotateStatus").queryAs(Labeled.class));
        judge(1);

        type(KeyCode.F11);
        waitFor(() -> !window.participantModeProperty().get());
        assertTrue(shown(navigation));
    }

    /** Whether the node and all its parents are visible and it is in the scene. */
    private static boolean shown(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    /** Judges {@code count} triplets by key in a session of the annotator "ann". */
    private void judge(int count) throws TimeoutException {
        if (!lookup("#annotateView").tryQuery().map(SetsFollowJudgingTest::shown)
                .orElse(false)) {
            clickOn("#nav-annotate");
        }
        if (!sessionStarted) {
            clickOn("#annotator").write("ann");
            clickOn("#startSession");
            sessionStarted = true;
        }
        for (int i = 0; i < count; i++) {
            waitFor(() -> text("#annotateStatus").startsWith("Trial "));
            String before = text("#annotateStatus");
            type(KeyCode.DIGIT1);
            waitFor(() -> !text("#annotateStatus").equals(before));
        }
    }

    private List<String> startSets() {
        return lookup("#startSets").queryAs(VBox.class).getChildren().stream()
                .map(node -> ((Labeled) node).getText()).toList();
    }

    private CheckBox setBox(String name) {
        // by id, not by a CSS selector: set names hold spaces
        return lookup((Node node) -> ("set-" + name).equals(node.getId()))
                .tryQuery().map(CheckBox.class::cast).orElse(null);
    }

    private String text(String id) {
        return lookup(id).queryAs(Labeled.class).getText();
    }

    private static void waitFor(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
