package org.triad.app;

import static org.triad.app.TourWindow.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.testfx.api.FxToolkit;

/**
 * Not a test of behaviour: PNGs of the jobs panel and the Preferences dialog, in the light and
 * dark themes, into {@code -Dtriad.shots=DIR}. {@link #tour} is also the screenshot tour's
 * last stop; the test here trains the planted project with the real trainer for long enough
 * that the panel shows a running job with its ETA.
 */
@EnabledIfSystemProperty(named = "triad.shots", matches = ".+")
class JobsScreenshots {
    private static final Path SHOTS = Path.of(System.getProperty("triad.shots", "."));
    private static FxTaskRunner tasks;

    static {
        System.setProperty("headless.geometry", "1600x1200-32");
    }

    @Test
    void runningTrainingInTheJobsPanel() throws Exception {
        Files.createDirectories(SHOTS);
        tasks = new FxTaskRunner();
        FakeProject project = FakeProject.planted();
        Workbench workbench = new Workbench(project, new CoreComputeEngine(), tasks,
                new RecordingDialogs());
        Stage stage = FxToolkit.registerPrimaryStage();
        MainWindow[] window = new MainWindow[1];
        FxToolkit.setupStage(s -> {
            window[0] = new MainWindow(workbench);
            s.setScene(TriadApp.styled(new Scene(window[0].root(), 1280, 820)));
            window[0].installShortcuts(s.getScene());
            s.show();
        });
        Scene scene = stage.getScene();
        FxToolkit.setupFixture(() -> {
            window[0].show(MainWindow.Page.TRAIN);
            window[0].trainModel().maxEpochsProperty().set(100_000);
            window[0].trainModel().patienceProperty().set(1000);
        });
        waitFor(60, () -> !scene.lookup("#startTraining").isDisabled());
        FxToolkit.setupFixture(() -> window[0].trainModel().start());
        waitFor(120, () -> workbench.jobs().running().stream()
                .anyMatch(job -> job.etaText().startsWith("ETA")));
        FxToolkit.setupFixture(() -> window[0].jobsPanel().show());
        shoot(scene, "9-jobs-running");
        FxToolkit.setupFixture(() -> window[0].darkProperty().set(true));
        shoot(scene, "9-jobs-running-dark");
        FxToolkit.setupFixture(() -> window[0].trainModel().cancel());
        waitFor(120, () -> workbench.jobs().running().isEmpty());
        shoot(scene, "9-jobs-cancelled-dark");
    }

    /** The jobs panel over the finished tour, then the Preferences dialog; light and dark. */
    static void tour(MainWindow window, Scene scene) throws Exception {
        FxToolkit.setupFixture(() -> window.jobsPanel().show());
        shoot(scene, "9-jobs");
        FxToolkit.setupFixture(() -> window.darkProperty().set(true));
        shoot(scene, "9-jobs-dark");
        FxToolkit.setupFixture(() -> {
            window.jobsPanel().hide();
            window.darkProperty().set(false);
            window.showPreferences();
        });
        Scene dialog = window.preferencesDialog().dialog().getDialogPane().getScene();
        shoot(dialog, "10-preferences");
        FxToolkit.setupFixture(() -> {
            ((TextField) dialog.lookup("#prefLambda")).setText("-0.1");
            ((TextField) dialog.lookup("#prefBatchSize")).setText("ten");
            ((Button) window.preferencesDialog().dialog().getDialogPane()
                    .lookupButton(ButtonType.OK)).fire();
        });
        shoot(dialog, "10-preferences-refused");
        FxToolkit.setupFixture(() -> window.preferencesDialog().dialog().close());
        FxToolkit.setupFixture(() -> {
            window.darkProperty().set(true);
            window.showPreferences();
            window.preferencesDialog().select("appearanceTab");
        });
        shoot(dialog, "10-preferences-appearance-dark");
        FxToolkit.setupFixture(() -> window.preferencesDialog().select("endpointsTab"));
        shoot(dialog, "10-preferences-endpoints-dark");
        FxToolkit.setupFixture(() -> window.preferencesDialog().select("trainingTab"));
        shoot(dialog, "10-preferences-dark");
        FxToolkit.setupFixture(() -> window.preferencesDialog().dialog().close());
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
