package org.triad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.triad.model.EpochReport;
import org.triad.model.Similarity;
import org.triad.training.EngineChoice;

/**
 * What a new user's trial of the Train view found: progress against the stopping rule instead
 * of max epochs, cancelled runs marked as such, and the CLI's engine, similarity and
 * temperature choices.
 */
class TrainTrialTest {
    private FakeProject project;
    private FakeEngine engine;
    private Workbench workbench;
    private RecordingDialogs dialogs;

    @BeforeEach
    void setUp() {
        project = FakeProject.planted();
        engine = new FakeEngine(PlantedData.embedding(project.items()));
        dialogs = new RecordingDialogs();
        workbench = new Workbench(project, engine, new InlineTaskRunner(), dialogs);
    }

    private static EpochReport epoch(int epoch, double validationLoss, double seconds) {
        return new EpochReport(epoch, 1.0, 0.5, validationLoss, 0.5, 10, seconds);
    }

    @Test
    void progressRunsToTheEpochWhereValidationWouldStopIt() {
        // Best validation loss at epoch 3; patience 5 → stops after epoch 8 unless it improves.
        List<EpochReport> history = List.of(epoch(1, 0.9, 2), epoch(2, 0.8, 2),
                epoch(3, 0.7, 2), epoch(4, 0.75, 3), epoch(5, 0.76, 3), epoch(6, 0.8, 3));

        TrainingProgress progress = TrainingProgress.of(history, 500, 5);

        assertEquals(3, progress.bestEpoch());
        assertEquals(8, progress.stopBound());
        assertEquals(6 / 8.0, progress.fraction(), 1e-12);
        assertEquals(6.0, progress.secondsLeft(), 1e-12);
        assertEquals("Epoch 6 · best 3 · stops after epoch 8 unless validation improves "
                + "(patience 5, at most 500) · at least 6 s left", progress.describe(5, 500));
    }

    @Test
    void withoutValidationProgressCountsToMaxEpochs() {
        List<EpochReport> history = List.of(epoch(1, Double.NaN, 30), epoch(2, Double.NaN, 30));

        TrainingProgress progress = TrainingProgress.of(history, 10, 5);

        assertEquals(10, progress.stopBound());
        assertEquals(0.2, progress.fraction(), 1e-12);
        assertEquals("Epoch 2 of 10 · 4 min 00 s left", progress.describe(5, 10));
    }

    @Test
    void theViewModelReportsTheStopBoundNotMaxEpochs() {
        TrainViewModel model = new TrainViewModel(workbench);
        model.load();
        model.maxEpochsProperty().set(40);
        model.patienceProperty().set(3);
        List<String> texts = new ArrayList<>();
        List<String> jobs = new ArrayList<>();
        List<Double> fractions = new ArrayList<>();
        model.progressTextProperty().addListener((o, old, now) -> texts.add(now));
        workbench.jobStatusProperty().addListener((o, old, now) -> jobs.add(now));
        model.progressProperty().addListener((o, old, now) -> fractions.add(now.doubleValue()));

        model.start();

        // The fake engine's validation loss falls every epoch: after epoch 2 the bound is 5.
        assertTrue(texts.contains("Epoch 2 · best 2 · stops after epoch 5 unless validation "
                + "improves (patience 3, at most 40) · at least 0 s left"), texts.toString());
        assertTrue(jobs.contains("Training human-a+human-b: epoch 2, stops by 5 unless validation "
                + "improves"),
                jobs.toString());
        assertTrue(fractions.contains(0.4), fractions.toString());
        assertFalse(fractions.contains(2 / 40.0), fractions.toString());
        assertEquals("", model.progressTextProperty().get());
    }

    @Test
    void aCancelledRunIsStoredAndNamedCancelledAtItsEpoch() throws Exception {
        TrainViewModel model = new TrainViewModel(workbench);
        model.load();
        model.history().addListener((ListChangeListener<EpochReport>) change -> {
            if (model.history().size() == 2) {
                model.cancel();
            }
        });

        model.start();

        String name = workbench.selectedEmbeddingProperty().get().name();
        assertTrue(name.endsWith(" · cancelled at epoch 2"), name);
        JsonNode manifest = new ObjectMapper().readTree(project.manifests.get(0));
        assertTrue(manifest.at("/result/cancelled").asBoolean());
        assertEquals("cancelled", manifest.at("/result/stoppedBy").asText());
    }

    @Test
    void aFinishedRunIsNotMarked() throws Exception {
        TrainViewModel model = new TrainViewModel(workbench);
        model.load();
        model.maxEpochsProperty().set(3);

        model.start();

        assertFalse(workbench.selectedEmbeddingProperty().get().name().contains("cancelled"));
        JsonNode manifest = new ObjectMapper().readTree(project.manifests.get(0));
        assertEquals("max epochs", manifest.at("/result/stoppedBy").asText());
        assertEquals(List.of("human-a", "human-b"), List.of(
                manifest.at("/data/trainSets/0").asText(),
                manifest.at("/data/trainSets/1").asText()));
    }

    @Test
    void engineSimilarityAndTemperatureReachTheRunAndItsManifest() throws Exception {
        TrainViewModel model = new TrainViewModel(workbench);
        model.load();
        assertEquals(EngineChoice.AUTO, model.engineProperty().get());
        assertEquals(Similarity.DOT_PRODUCT, model.similarityProperty().get());
        assertEquals(1.0, model.temperatureProperty().get());
        model.maxEpochsProperty().set(2);
        model.engineProperty().set(EngineChoice.CPU);
        model.similarityProperty().set(Similarity.NEGATIVE_SQUARED_EUCLIDEAN);
        model.temperatureProperty().set(0.5);

        model.start();

        assertEquals(EngineChoice.CPU, engine.lastEngine);
        JsonNode manifest = new ObjectMapper().readTree(project.manifests.get(0));
        assertEquals("NEGATIVE_SQUARED_EUCLIDEAN", manifest.at("/config/similarity").asText());
        assertEquals(0.5, manifest.at("/config/temperature").asDouble());
        assertEquals(List.of(), dialogs.errors);
    }

    @Test
    void theRealEngineRunsTheChosenEngine() throws Exception {
        workbench = new Workbench(project, new CoreComputeEngine(), new InlineTaskRunner(),
                dialogs);
        TrainViewModel model = new TrainViewModel(workbench);
        model.load();
        model.dimsProperty().set(5);
        model.maxEpochsProperty().set(1);
        model.engineProperty().set(EngineChoice.CPU);
        model.similarityProperty().set(Similarity.NEGATIVE_SQUARED_EUCLIDEAN);

        model.start();

        JsonNode manifest = new ObjectMapper().readTree(project.manifests.get(0));
        assertTrue(manifest.at("/engine").asText().startsWith("cpu (plain Java"),
                manifest.toString());
        assertEquals("NEGATIVE_SQUARED_EUCLIDEAN", manifest.at("/config/similarity").asText());
        assertEquals(List.of(), dialogs.errors);
    }
}
