package org.triad.app;

import static org.triad.app.TourWindow.text;
import static org.triad.app.TourWindow.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.testfx.api.FxToolkit;
import org.triad.model.CancellationToken;
import org.triad.model.Embedding;
import org.triad.model.EpochReport;
import org.triad.model.ItemSet;
import org.triad.model.JudgementSet;
import org.triad.model.ProgressListener;
import org.triad.model.Rsm;
import org.triad.training.EngineChoice;
import org.triad.training.SposeConfig;
import org.triad.training.TrainingListener;
import org.triad.training.TrainingResult;

/**
 * Not a test of behaviour: PNGs of the views a new user's trial changed (Train while a run is
 * going, Evaluate held out and in-sample, Compare) on the planted project, into the folder
 * named by {@code -Dtriad.trial.shots=DIR}; runs only when that property is given.
 */
@EnabledIfSystemProperty(named = "triad.trial.shots", matches = ".+")
class TrialScreenshots {
    private static final Path SHOTS = Path.of(System.getProperty("triad.trial.shots", "."));
    private static FxTaskRunner tasks;

    static {
        System.setProperty("headless.geometry", "1600x1200-32");
    }

    @Test
    void snapshotTheChangedViews() throws Exception {
        Files.createDirectories(SHOTS);
        tasks = new FxTaskRunner();
        FakeProject fake = FakeProject.planted();
        JudgementSet humanA = fake.judgementSet("human-a");
        fake.addSet("human-a-copy", new JudgementSet("human-a-copy", humanA.itemCount(),
                humanA.toPackedArray()));
        CountDownLatch release = new CountDownLatch(1);
        PausingEngine engine = new PausingEngine(new FakeEngine(PlantedData.embedding(
                fake.items())), release);
        Workbench workbench = new Workbench(fake, engine, tasks, new RecordingDialogs());
        Stage stage = FxToolkit.registerPrimaryStage();
        MainWindow[] window = new MainWindow[1];
        FxToolkit.setupStage(s -> {
            window[0] = new MainWindow(workbench);
            s.setScene(TriadApp.styled(new Scene(window[0].root(), 1280, 820)));
            s.show();
        });
        Scene scene = stage.getScene();
        waitFor(60, () -> !workbench.embeddings().isEmpty());
        FxToolkit.setupFixture(() -> {
            window[0].show(MainWindow.Page.TRAIN);
            window[0].trainModel().maxEpochsProperty().set(60);
            window[0].trainModel().start();
        });
        waitFor(60, () -> window[0].trainModel().history().size() == 6);
        shoot(scene, "t1-train-running");
        release.countDown();
        waitFor(60, () -> !window[0].trainModel().runningProperty().get());
        shoot(scene, "t2-train-finished");
        FxToolkit.setupFixture(() -> window[0].show(MainWindow.Page.EVALUATE));
        waitFor(60, () -> text(scene, "#evalSampleNote").startsWith("Held out")
                || text(scene, "#evalSampleNote").startsWith("Partly"));
        shoot(scene, "t3-evaluate-held-out");
        FxToolkit.setupFixture(() -> ((ComboBox<?>) scene.lookup("#evalSet"))
                .getSelectionModel().select(0));
        waitFor(60, () -> text(scene, "#evalSampleNote").startsWith("In-sample"));
        shoot(scene, "t4-evaluate-in-sample");
        FxToolkit.setupFixture(() -> window[0].show(MainWindow.Page.COMPARE));
        shoot(scene, "t5-compare");
    }

    /** The fake engine, holding its run after epoch 6 until released. */
    private record PausingEngine(FakeEngine fake, CountDownLatch release)
            implements ComputeEngine {
        @Override
        public String description() {
            return fake.description();
        }

        @Override
        public JudgementSet[] split(JudgementSet set, double fraction, long seed) {
            return fake.split(set, fraction, seed);
        }

        @Override
        public TrainingResult train(SposeConfig config, JudgementSet train,
                JudgementSet validation, List<String> ids, TrainingListener listener,
                CancellationToken token) {
            return fake.train(config, train, validation, ids, report -> {
                EpochReport slower = new EpochReport(report.epoch(), report.trainLoss(),
                        report.trainAccuracy(), report.validationLoss() + (report.epoch() > 4
                        ? 0.01 * report.epoch() : 0), report.validationAccuracy(),
                        report.activeDims(), 2.5);
                listener.epochFinished(slower);
                if (report.epoch() == 6) {
                    awaitRelease();
                }
            }, token);
        }

        private void awaitRelease() {
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public TrainingResult train(SposeConfig config, EngineChoice engine,
                JudgementSet train, JudgementSet validation, List<String> ids,
                TrainingListener listener, CancellationToken token) {
            return train(config, train, validation, ids, listener, token);
        }

        @Override
        public Rsm choiceProbability(Embedding embedding, ProgressListener listener,
                CancellationToken token) {
            return fake.choiceProbability(embedding, listener, token);
        }

        @Override
        public int[] categoryOrder(ItemSet items) {
            return fake.categoryOrder(items);
        }
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
