package org.triad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.triad.app.DimensionsViewModel.DimensionRow;
import org.triad.model.Embedding;
import org.triad.model.Item;

/** The view models, driven without a toolkit through an inline task runner. */
class ViewModelTest {
    private FakeProject project;
    private FakeEngine engine;
    private RecordingDialogs dialogs;
    private Workbench workbench;

    @BeforeEach
    void setUp() {
        project = FakeProject.planted();
        Embedding planted = PlantedData.embedding(project.items());
        engine = new FakeEngine(planted);
        dialogs = new RecordingDialogs();
        workbench = new Workbench(project, engine, new InlineTaskRunner(), dialogs);
    }

    @Test
    void itemsAreCountedAndFiltered() {
        ItemsViewModel model = new ItemsViewModel(project.items());
        assertEquals("30 items", model.countTextProperty().get());

        model.queryProperty().set("FOOD");

        assertEquals("10 of 30 items", model.countTextProperty().get());
        assertTrue(model.rows().stream().allMatch(row -> row.index() >= 10 && row.index() < 20));
        model.queryProperty().set("hammer");
        assertEquals(List.of("hammer"), model.rows().stream().map(r -> r.item().label()).toList());
    }

    @Test
    void trainingTicksTheHumanSetsStoresTheRunAndSelectsIt() {
        TrainViewModel model = new TrainViewModel(workbench);
        model.load();
        assertEquals(List.of(true, true, false),
                model.sets().stream().map(s -> s.selectedProperty().get()).toList());
        model.maxEpochsProperty().set(4);

        model.start();

        assertEquals(4, model.history().size());
        assertFalse(model.runningProperty().get());
        assertTrue(model.statusProperty().get().startsWith("Finished after 4 epochs"),
                model.statusProperty().get());
        EmbeddingInfoAssert.selectedIsTrained(workbench, "human-a+human-b");
        assertEquals("fake engine", workbench.computeBackendProperty().get());
        assertTrue(project.manifests.get(0).contains("\"trainJudgements\" : 450"),
                project.manifests.get(0));
        assertEquals("Ready", workbench.jobStatusProperty().get());
        assertEquals(List.of(), dialogs.errors);
    }

    @Test
    void cancelledTrainingKeepsItsResult() {
        TrainViewModel model = new TrainViewModel(workbench);
        model.load();
        model.history().addListener((ListChangeListener<Object>) change -> {
            if (model.history().size() == 2) {
                model.cancel();
            }
        });

        model.start();

        assertEquals(2, model.history().size());
        assertTrue(model.statusProperty().get().startsWith("Cancelled after 2 epochs"),
                model.statusProperty().get());
        EmbeddingInfoAssert.selectedIsTrained(workbench, "human-a+human-b");
    }

    @Test
    void theRealTrainerStopsWhenCancelledAndItsBestEpochIsStored() {
        workbench = new Workbench(project, new CoreComputeEngine(), new InlineTaskRunner(),
                dialogs);
        TrainViewModel model = new TrainViewModel(workbench);
        model.load();
        model.dimsProperty().set(10);
        model.learningRateProperty().set(0.01);
        model.maxEpochsProperty().set(200);
        model.history().addListener((ListChangeListener<Object>) change -> {
            if (model.history().size() == 2) {
                model.cancel();
            }
        });

        model.start();

        assertTrue(model.history().size() < 4, model.history().size() + " epochs");
        assertTrue(model.statusProperty().get().startsWith("Cancelled after"),
                model.statusProperty().get());
        EmbeddingInfoAssert.selectedIsTrained(workbench, "human-a+human-b");
        assertTrue(workbench.computeBackendProperty().get().startsWith("cpu"),
                workbench.computeBackendProperty().get());
        assertTrue(project.manifests.get(0).contains("\"cancelled\" : true"));
        assertEquals(List.of(), dialogs.errors);
    }

    @Test
    void trainingNeedsATickedSet() {
        TrainViewModel model = new TrainViewModel(workbench);
        model.load();
        assertTrue(model.canStartProperty().get());

        model.sets().forEach(choice -> choice.selectedProperty().set(false));

        assertFalse(model.canStartProperty().get());
    }

    @Test
    void dimensionsShowTheTopItemsOfEachPlantedCategory() {
        DimensionsViewModel model = new DimensionsViewModel(workbench);

        workbench.refreshEmbeddings(-1);

        assertEquals(3, model.rows().size());
        DimensionRow food = model.rows().get(1);
        assertEquals("food", food.label());
        assertEquals(30, food.topItems().size());
        assertTrue(food.topItems().subList(0, DimensionsViewModel.TOP_ITEMS).stream()
                .map(Item::categories)
                .allMatch(categories -> categories.equals(List.of("food"))));
        assertEquals("3 dimensions · 30 items", model.summaryProperty().get());
    }

    @Test
    void rsmIsComputedOnlyWhileShownAndReadsOutTheCellUnderTheMouse() {
        RsmViewModel model = new RsmViewModel(workbench);
        workbench.refreshEmbeddings(-1);
        assertEquals(0, engine.rsmCalls);

        model.setActive(true);

        RsmPicture picture = model.pictureProperty().get();
        assertNotNull(picture);
        assertEquals(30, picture.size());
        model.hover(0, 1);
        assertTrue(model.readoutProperty().get().matches("cat \\(cat_1\\) × dog \\(dog_1\\): "
                + "0\\.\\d{3}"), model.readoutProperty().get());
        model.setActive(false);
        model.setActive(true);
        assertEquals(1, engine.rsmCalls);
        assertFalse(model.busyProperty().get());
    }

    @Test
    void projectFileComesFromTheArgumentThenTheProperty() {
        assertEquals(Optional.of(Path.of("a.triad")),
                ProjectLocation.requested(List.of("--verbose", "a.triad"), "b.triad"));
        assertEquals(Optional.of(Path.of("b.triad")), ProjectLocation.requested(List.of(),
                "b.triad"));
        assertEquals(Optional.empty(), ProjectLocation.requested(List.of(), " "));
        assertEquals("things", ProjectLocation.displayName(Path.of("/x/things.triad")));
    }
}
