package org.triad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.triad.model.Embedding;

/**
 * The jobs panel and the Preferences dialog, headless, on the planted project with real
 * worker threads: a training run shows up as a running job, is cancelled from the panel and
 * stays listed as cancelled; preferences reach the Train view and the theme.
 */
class JobsPanelTest extends FxRobot {
    static {
        System.setProperty("headless.geometry", "1600x1200-32");
    }

    private final FxTaskRunner tasks = new FxTaskRunner();
    private BlockingEngine engine;
    private Workbench workbench;
    private MainWindow window;

    @BeforeEach
    void start() throws Exception {
        FakeProject project = FakeProject.planted();
        Embedding planted = PlantedData.embedding(project.items());
        engine = new BlockingEngine(planted);
        workbench = new Workbench(project, engine, tasks, new RecordingDialogs());
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            window = new MainWindow(workbench);
            Scene scene = TriadApp.styled(new Scene(window.root(), 1280, 820));
            window.installShortcuts(scene);
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stop() throws TimeoutException {
        engine.release.countDown();
        FxToolkit.cleanupStages();
        tasks.close();
    }

    @Test
    void aTrainingRunIsListedRunningThenCancelledFromThePanel() throws Exception {
        clickOn("#nav-train");
        waitFor(30, () -> !lookup("#startTraining").query().isDisabled());
        clickOn("#startTraining");
        assertTrue(engine.firstEpoch.await(30, TimeUnit.SECONDS));
        Job job = trainingJob();
        String id = "-" + job.id();
        waitFor(10, () -> text("#jobMessage" + id).startsWith("epoch 1, stops by "));
        assertTrue(text("#jobsButton").endsWith("running"), text("#jobsButton"));

        clickOn("#jobsButton");
        assertTrue(lookup("#jobsPanel").query().isVisible());
        assertEquals("Running", text("#jobState" + id));
        // the ETA is the Train view's own least time left (the fake epoch takes no time)
        assertTrue(text("#jobTimes" + id).contains("elapsed · ETA 0:00"),
                text("#jobTimes" + id));
        // The panel lays itself out over a few pulses (its scroll area follows the rows'
        // height); click Cancel once it stays put, so a loaded machine cannot move it away.
        waitUntilSettled("#cancelJob" + id);
        clickOn("#cancelJob" + id);

        waitFor(10, () -> engine.trainingToken.isCancelled());
        assertEquals("Cancelling…", text("#jobMessage" + id));
        engine.release.countDown();
        waitFor(30, () -> text("#jobState" + id).equals("Cancelled"));
        assertTrue(text("#jobTimes" + id).startsWith("took "), text("#jobTimes" + id));
        assertFalse(lookup("#cancelJob" + id).query().isVisible());
        assertTrue(text("#trainStatus").startsWith("Cancelled after 1 epochs"),
                text("#trainStatus"));
        waitFor(30, () -> workbench.jobs().running().isEmpty());
        assertEquals("Ready", text("#jobsButton"));

        waitUntilSettled("#clearJobs");
        clickOn("#clearJobs");
        waitFor(10, () -> lookup("#job" + id).tryQuery().isEmpty());
        push(KeyCode.ESCAPE);
        assertFalse(lookup("#jobsPanel").query().isVisible());
    }

    @Test
    void preferencesRefuseANegativeLambdaThenReachTheTrainViewAndTheTheme() throws Exception {
        clickOn("#nav-train");
        push(KeyCode.CONTROL, KeyCode.COMMA);
        waitFor(10, () -> lookup("#preferencesDialog").tryQuery().isPresent());
        TextField lambda = lookup("#prefLambda").queryAs(TextField.class);
        interact(() -> lambda.setText("-1"));
        clickOn("#preferencesOk");

        assertEquals("λ must be 0 or more, not -1.0", text("#preferencesErrors"));
        assertTrue(lookup("#preferencesDialog").query().getScene().getWindow().isShowing());
        interact(() -> {
            lambda.setText("0.004");
            lookup("#prefDims").queryAs(TextField.class).setText("12");
        });
        clickOn("#appearanceTab .tab-label");
        clickOn("#prefDark");
        clickOn("#preferencesOk");

        waitFor(10, () -> lookup("#preferencesDialog").tryQuery().isEmpty());
        assertEquals(12, spinner("#dims").getValue());
        assertEquals(0.004, spinner("#lambda").getValue());
        assertTrue(window.darkProperty().get());
        assertTrue(lookup("#themeToggle").queryAs(javafx.scene.control.ToggleButton.class)
                .isSelected(), "the navigation's toggle follows");
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T);
        clickOn("#preferencesButton");
        waitFor(10, () -> lookup("#preferencesDialog").tryQuery().isPresent());
        assertFalse(lookup("#prefDark").queryAs(javafx.scene.control.RadioButton.class)
                .isSelected(), "the dialog opens with the theme in force");
        assertEquals(2, Window.getWindows().size());
    }

    @Test
    void theEndpointsTabListsTheSavedProfilesWithoutKeysAndDeletes() throws Exception {
        EndpointProfiles.Profile local = new CollectForm(java.util.Map.of()).profile("ollama");
        interact(() -> window.endpointProfiles().save(local));
        clickOn("#nav-collect");
        clickOn("#profileChoice");
        clickOn("ollama");
        push(KeyCode.CONTROL, KeyCode.COMMA);
        waitFor(10, () -> lookup("#preferencesDialog").tryQuery().isPresent());
        clickOn("#endpointsTab .tab-label");
        javafx.scene.control.TableView<?> table = lookup("#endpointProfilesTable")
                .queryAs(javafx.scene.control.TableView.class);
        assertEquals(1, table.getItems().size());
        assertTrue(lookup("#deleteEndpointProfile").query().isDisabled(), "nothing chosen");
        interact(() -> table.getSelectionModel().select(0));
        clickOn("#deleteEndpointProfile");

        assertEquals(0, table.getItems().size());
        assertEquals(java.util.List.of(), window.endpointProfiles().list());
        clickOn("#preferencesOk");
        javafx.scene.control.ComboBox<?> choice = lookup("#profileChoice")
                .queryAs(javafx.scene.control.ComboBox.class);
        assertEquals(0, choice.getItems().size(), "the Collect view follows");
        assertEquals(null, choice.getValue());
    }

    private Job trainingJob() {
        return workbench.jobs().all().stream()
                .filter(job -> job.title().startsWith("Training")).findFirst().orElseThrow();
    }

    private Spinner<?> spinner(String id) {
        return lookup(id).queryAs(Spinner.class);
    }

    private String text(String id) {
        Node node = lookup(id).query();
        return ((Labeled) node).getText();
    }

    private void waitUntilSettled(String id) throws TimeoutException {
        javafx.geometry.Bounds[] last = {null};
        waitFor(10, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            javafx.geometry.Bounds now = lookup(id).query().localToScreen(
                    lookup(id).query().getBoundsInLocal());
            boolean same = now != null && now.equals(last[0]);
            last[0] = now;
            return same;
        });
    }

    private static void waitFor(int seconds, Callable<Boolean> condition)
            throws TimeoutException {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
