package org.triad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.triad.training.EngineChoice;

/** The training defaults and theme of the Preferences dialog, without a toolkit. */
class PreferencesTest {
    private static final TrainingDefaults CHANGED = new TrainingDefaults(0.2, 49, 0.004,
            0.002, 128, 80, 9, 7, EngineChoice.CPU);

    private Workbench workbench;
    private MemoryPreferences node;
    private AppPreferences preferences;
    private BooleanProperty dark;

    @BeforeEach
    void setUp() {
        FakeProject project = FakeProject.planted();
        workbench = new Workbench(project, new FakeEngine(PlantedData.embedding(
                project.items())), new InlineTaskRunner(), new RecordingDialogs());
        node = new MemoryPreferences();
        preferences = new AppPreferences(node);
        dark = new SimpleBooleanProperty();
    }

    @Test
    void trainingDefaultsRoundTrip() {
        assertEquals(TrainingDefaults.builtIn(), preferences.trainingDefaults(),
                "nothing saved yet");

        preferences.saveTrainingDefaults(CHANGED);

        assertEquals(CHANGED, new AppPreferences(node).trainingDefaults());
        assertEquals("cpu", node.get("train.engine", null));
    }

    @Test
    void preferencesOffKeepNothing() {
        AppPreferences off = new AppPreferences(null);
        off.saveTrainingDefaults(CHANGED);
        off.saveDark(true);

        assertEquals(TrainingDefaults.builtIn(), off.trainingDefaults());
        assertFalse(off.dark());
    }

    @Test
    void brokenSavedValuesFallBackToTheBuiltInDefaults() {
        preferences.saveTrainingDefaults(CHANGED);
        node.putDouble("train.lambda", -1);

        assertEquals(TrainingDefaults.builtIn(), preferences.trainingDefaults());
    }

    @Test
    void invalidValuesAreRefusedWithTheirNames() {
        PreferencesViewModel model = new PreferencesViewModel(workbench, dark, preferences);
        model.lambdaProperty().set("-0.5");
        model.dimsProperty().set("0");
        model.learningRateProperty().set("fast");

        assertFalse(model.apply());

        assertEquals(List.of("Learning rate must be a number, not \"fast\"",
                "Dimensions must be at least 1, not 0", "λ must be 0 or more, not -0.5"),
                List.of(model.errorsProperty().get().split("\n")), "every wrong field at once");
        model.learningRateProperty().set("0.001");
        assertFalse(model.apply());
        assertEquals(List.of("Dimensions must be at least 1, not 0",
                "λ must be 0 or more, not -0.5"),
                List.of(model.errorsProperty().get().split("\n")));
        assertEquals(TrainingDefaults.builtIn(), workbench.trainingDefaultsProperty().get(),
                "nothing applied");
        assertEquals(0, node.keysOrEmpty().length, "nothing saved");
    }

    @Test
    void theRecordRefusesWhatTheDialogRefuses() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new TrainingDefaults(0.7, 10, 0.008, 0.001, 100, 10, 0, 1,
                        EngineChoice.AUTO));
        assertEquals("Validation share must be between 0 and 0.5, not 0.7; "
                + "Patience must be at least 1, not 0", error.getMessage());
    }

    @Test
    void appliedDefaultsReachTheTrainViewAndAreSaved() {
        TrainViewModel train = new TrainViewModel(workbench);
        PreferencesViewModel model = new PreferencesViewModel(workbench, dark, preferences);
        assertEquals("0.008", model.lambdaProperty().get());
        model.validationProperty().set("0.2");
        model.dimsProperty().set(" 49 ");
        model.lambdaProperty().set("0.004");
        model.learningRateProperty().set("0.002");
        model.batchSizeProperty().set("128");
        model.maxEpochsProperty().set("80");
        model.patienceProperty().set("9");
        model.seedProperty().set("7");
        model.engineProperty().set(EngineChoice.CPU);
        model.darkProperty().set(true);

        assertTrue(model.apply(), model.errorsProperty().get());

        assertEquals(CHANGED, workbench.trainingDefaultsProperty().get());
        assertEquals(49, train.dimsProperty().get());
        assertEquals(0.004, train.lambdaProperty().get());
        assertEquals(0.2, train.validationFractionProperty().get());
        assertEquals(9, train.patienceProperty().get());
        assertEquals(7, train.seedProperty().get());
        assertEquals(49, new TrainViewModel(workbench).dimsProperty().get(), "a new view too");
        assertTrue(dark.get(), "the window's theme follows");
        assertEquals(CHANGED, preferences.trainingDefaults());
        assertTrue(preferences.dark());
    }

    @Test
    void restoringShowsTheBuiltInDefaultsUntilApplied() {
        workbench.trainingDefaultsProperty().set(CHANGED);
        PreferencesViewModel model = new PreferencesViewModel(workbench, dark, preferences);
        assertEquals("49", model.dimsProperty().get());

        model.restoreBuiltIn();

        assertEquals("100", model.dimsProperty().get());
        assertEquals(EngineChoice.AUTO, model.engineProperty().get());
        assertEquals(CHANGED, workbench.trainingDefaultsProperty().get());
        model.reload();
        assertEquals("49", model.dimsProperty().get());
    }

    @Test
    void aTriadHomeKeepsItsOwnRecentProjects() {
        Path trial = Path.of("/tmp/triad-trial");
        RecentProjects user = new RecentProjects(AppPreferences.forHome(node, Optional.empty()));
        user.add(Path.of("/data/mine.triad"));

        RecentProjects home = new RecentProjects(AppPreferences.forHome(node,
                Optional.of(trial)));
        home.add(trial.resolve("things.triad"));

        assertEquals(List.of(Path.of("/data/mine.triad")),
                new RecentProjects(AppPreferences.forHome(node, Optional.empty())).files());
        assertEquals(List.of(trial.resolve("things.triad")),
                new RecentProjects(AppPreferences.forHome(node, Optional.of(trial))).files());
        assertTrue(new RecentProjects(AppPreferences.forHome(node,
                Optional.of(Path.of("/tmp/other")))).files().isEmpty());
    }
}
