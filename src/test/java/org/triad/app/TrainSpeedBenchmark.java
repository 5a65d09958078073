package org.triad.app;

import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.triad.model.EpochReport;
import org.triad.store.ProjectStore;

/**
 * Not a test: trains in the real Train view of a real window and prints each epoch's seconds,
 * to compare the app's training speed with {@code triad train} on the same settings. Run under
 * {@code xvfb-run -a java -cp ... org.triad.app.TrainSpeedBenchmark PROJECT EPOCHS} (or with
 * Monocle's headless flags).
 */
public final class TrainSpeedBenchmark extends Application {
    private static Path project;
    private static int epochs;

    public static void main(String[] args) {
        project = Path.of(args[0]);
        epochs = Integer.parseInt(args[1]);
        launch(TrainSpeedBenchmark.class);
    }

    @Override
    public void start(Stage stage) throws Exception {
        StoreProjectSession session = new StoreProjectSession(ProjectStore.open(project));
        Workbench workbench = new Workbench(session, new CoreComputeEngine(),
                new FxTaskRunner(), new RecordingDialogs());
        MainWindow window = new MainWindow(workbench);
        stage.setScene(TriadApp.styled(new Scene(window.root(), 1280, 820)));
        stage.show();
        window.show(MainWindow.Page.TRAIN);
        TrainViewModel model = window.trainModel();
        model.runningProperty().addListener((o, old, now) -> {
            if (!now) {
                report(model);
            }
        });
        model.sets().addListener((javafx.collections.ListChangeListener<Object>) change -> {
            if (!model.runningProperty().get() && model.history().isEmpty()
                    && model.canStartProperty().get()) {
                model.maxEpochsProperty().set(epochs);
                Platform.runLater(model::start);
            }
        });
    }

    private static void report(TrainViewModel model) {
        for (EpochReport r : model.history()) {
            System.out.printf(Locale.ROOT, "app epoch %d  %.2f s  val acc %.4f%n", r.epoch(),
                    r.seconds(), r.validationAccuracy());
        }
        System.out.println(model.statusProperty().get());
        Platform.exit();
        System.exit(0);
    }
}
