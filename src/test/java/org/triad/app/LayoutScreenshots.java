package org.triad.app;

import static org.triad.app.TourWindow.text;
import static org.triad.app.TourWindow.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a test of behaviour: PNGs of every view at the small window sizes a new user's trial
 * found cut off (1366 × 700, 1024 × 680, the 900 × 600 minimum) and at the default size, into
 * the folder named by {@code -Dtriad.layout.shots=DIR}; runs only when that property is given.
 * With {@code -Dtriad.tour.project=FILE} it opens that project (it writes an annotation
 * session into it), otherwise a planted one.
 */
@EnabledIfSystemProperty(named = "triad.layout.shots", matches = ".+")
class LayoutScreenshots {
    private static final Path SHOTS = Path.of(System.getProperty("triad.layout.shots", "."));
    private static final int[][] SIZES = {{1280, 820}, {1366, 700}, {1024, 680}, {900, 600}};
    private static FxTaskRunner tasks;

    static {
        System.setProperty("headless.geometry", "1600x1200-32");
    }

    @Test
    void snapshotEveryViewAtEverySize() throws Exception {
        Files.createDirectories(SHOTS);
        tasks = new FxTaskRunner();
        Workbench workbench = TourWindow.workbench(tasks);
        Stage stage = FxToolkit.registerPrimaryStage();
        MainWindow[] window = new MainWindow[1];
        FxToolkit.setupStage(s -> window[0] = TourWindow.show(s, workbench, tasks, 1280, 820));
        waitFor(600, () -> !workbench.embeddings().isEmpty());
        endASession(window[0], stage.getScene());
        for (int[] size : SIZES) {
            FxToolkit.setupFixture(() -> {
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            });
            for (MainWindow.Page page : MainWindow.Page.values()) {
                FxToolkit.setupFixture(() -> window[0].show(page));
                if (page == MainWindow.Page.EVALUATE) {
                    waitFor(120, () -> !text(stage.getScene(), "#evalStatus")
                            .startsWith("Evaluating"));
                }
                String name = size[0] + "x" + size[1] + "-"
                        + page.name().toLowerCase(java.util.Locale.ROOT);
                shoot(stage.getScene(), name);
                if (page == MainWindow.Page.COLLECT) {
                    askAndVectors(stage.getScene(), name);
                } else if (page == MainWindow.Page.DIMENSIONS) {
                    dimensionTabs(stage.getScene(), name);
                }
            }
        }
        FxToolkit.setupFixture(() -> {
            window[0].showPreferences();
            window[0].preferencesDialog().select("endpointsTab");
        });
        shoot(window[0].preferencesDialog().dialog().getDialogPane().getScene(),
                "preferences-endpoints");
        FxToolkit.setupFixture(() -> window[0].preferencesDialog().dialog().close());
    }

    /** Collect with a set's triplets asked and the vector box open, scrolled to it. */
    @SuppressWarnings("unchecked")
    private static void askAndVectors(Scene scene, String name) throws Exception {
        FxToolkit.setupFixture(() -> {
            ((ChoiceBox<CollectForm.TripletSource>) scene.lookup("#tripletSource"))
                    .setValue(CollectForm.TripletSource.SET);
            ((TitledPane) scene.lookup("#vectorPane")).setExpanded(true);
            ComboBox<String> features = (ComboBox<String>) scene.lookup("#vectorFeatures");
            features.getItems().stream().filter(f -> f.startsWith("word2vec")).findFirst()
                    .ifPresent(features::setValue);
        });
        WaitForAsyncUtils.waitForFxEvents();
        FxToolkit.setupFixture(() -> ((ScrollPane) scene.lookup(".collect-scroll"))
                .setVvalue(0.5));
        shoot(scene, name + "-vectors");
        FxToolkit.setupFixture(() -> {
            ((ChoiceBox<CollectForm.TripletSource>) scene.lookup("#tripletSource"))
                    .setValue(CollectForm.TripletSource.SAMPLER);
            ((TitledPane) scene.lookup("#vectorPane")).setExpanded(false);
            ((ScrollPane) scene.lookup(".collect-scroll")).setVvalue(0);
        });
    }

    /** The Dimensions view's Item profile and Scatter tabs, then back to the list. */
    private static void dimensionTabs(Scene scene, String name) throws Exception {
        TabPane tabs = (TabPane) scene.lookup("#dimensionTabs");
        FxToolkit.setupFixture(() -> tabs.getSelectionModel().select(1));
        shoot(scene, name + "-profile");
        FxToolkit.setupFixture(() -> tabs.getSelectionModel().select(2));
        shoot(scene, name + "-scatter");
        FxToolkit.setupFixture(() -> tabs.getSelectionModel().select(0));
    }

    /** Starts and ends a session, so that Annotate shows the status a trial found cut. */
    @SuppressWarnings("unchecked")
    private static void endASession(MainWindow window, Scene scene) throws Exception {
        FxToolkit.setupFixture(() -> window.show(MainWindow.Page.ANNOTATE));
        WaitForAsyncUtils.waitForFxEvents();
        FxToolkit.setupFixture(() -> {
            ((TextField) scene.lookup("#annotator")).setText("newuser");
            ((Button) scene.lookup("#startSession")).fire();
        });
        waitFor(60, () -> !scene.lookup("#endSession").isDisabled());
        FxToolkit.setupFixture(() -> ((Button) scene.lookup("#endSession")).fire());
        waitFor(60, () -> text(scene, "#annotateStatus").startsWith("Session ended"));
        FxToolkit.setupFixture(() -> {
            window.show(MainWindow.Page.EVALUATE);
            ComboBox<String> set = (ComboBox<String>) scene.lookup("#evalSet");
            if (set.getItems().contains("du2171-humans")) {
                set.setValue("du2171-humans");
            }
        });
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
