package org.triad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.triad.model.RsmKind;

/**
 * The whole app, headless, on a small planted project: it opens, trains a few epochs with the
 * real trainer, stores the run, and shows its dimensions and its RSM.
 */
class TriadAppTest extends FxRobot {
    static {
        // Monocle's headless screen is 1280 × 800 unless told; the window is a little taller.
        System.setProperty("headless.geometry", "1600x1200-32");
    }

    @TempDir
    Path folder;
    private Application app;

    @BeforeEach
    void start() throws Exception {
        Path file = folder.resolve("planted.triad");
        PlantedData.writeProject(file);
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(TriadApp.class, file.toString());
        waitFor(60, () -> lookup("#nav-train").tryQuery().isPresent());
    }

    @AfterEach
    void stop() throws TimeoutException {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void trainsThenShowsDimensionsAndRsm() throws TimeoutException {
        assertTrue(lookup("#startTrain").tryQuery().isPresent(), "opens on the start page");
        clickOn("#nav-items");
        assertEquals("30 items", text("#itemCount"));
        assertEquals(30, lookup("#itemTable").queryAs(TableView.class).getItems().size());
        assertEquals("Triad — planted", ((Stage) window()).getTitle());

        train();
        assertTrue(text("#computeStatus").startsWith("Compute: "), text("#computeStatus"));

        clickOn("#nav-dimensions");
        ListView<?> dimensions = lookup("#dimensionList").queryAs(ListView.class);
        waitFor(30, () -> !dimensions.getItems().isEmpty());
        assertTrue(text("#dimensionSummary").endsWith("· 30 items"), text("#dimensionSummary"));
        List<Node> chips = List.copyOf(lookup(".chip").queryAll());
        assertTrue(chips.size() >= DimensionsViewModel.TOP_ITEMS, chips.size() + " chips");

        clickOn("#nav-rsm");
        HeatmapPane heatmap = lookup("#heatmap").queryAs(HeatmapPane.class);
        waitFor(60, () -> heatmap.image() != null
                || text("#rsmStatus").startsWith("The RSM could not"));
        Image image = heatmap.image();
        assertEquals(30, image.getWidth());
        assertEquals(30, image.getHeight());
        assertTrue(text("#legendMin").matches("0\\.\\d{3}"), text("#legendMin"));
        moveTo(lookup("#heatmapImage").queryAs(ImageView.class));
        waitFor(10, () -> text("#rsmReadout").contains(" × "));
        assertTrue(text("#rsmReadout").matches("\\S+ \\(\\S+\\) × \\S+ \\(\\S+\\): [01]\\.\\d{3}"),
                text("#rsmReadout"));
        empiricalAndComparison(heatmap);
        assertEquals(1, Window.getWindows().size(), "an error dialog is open");
    }

    /** The empirical RSM reads out co-occurrence counts; the comparison shows a statistic. */
    @SuppressWarnings("unchecked")
    private void empiricalAndComparison(HeatmapPane heatmap) throws TimeoutException {
        ComboBox<RsmKind> kind = lookup("#rsmKind").queryAs(ComboBox.class);
        interact(() -> kind.setValue(RsmKind.EMPIRICAL));
        waitFor(60, () -> text("#rsmStatus").startsWith("Empirical · human-a + human-b"));
        moveTo(lookup("#heatmapImage").queryAs(ImageView.class)).moveBy(3, -5);
        waitFor(10, () -> text("#rsmReadout").contains("co-occurrences"));
        assertTrue(text("#rsmReadout").matches(".* × .*: [01]\\.\\d{3} · kept together \\d+ "
                + "of \\d+ co-occurrences"), text("#rsmReadout"));

        interact(() -> kind.setValue(RsmKind.CHOICE_PROBABILITY));
        clickOn("#compareToggle");
        waitFor(60, () -> lookup("#stat-PEARSON").tryQuery().isPresent());
        assertTrue(text("#stat-PEARSON").matches("0\\.\\d{4}"), text("#stat-PEARSON"));
        assertTrue(text("#compareStatus").contains("pairs used"), text("#compareStatus"));
        assertEquals(30, lookup("#compareHeatmap").queryAs(HeatmapPane.class).image()
                .getWidth());
        assertEquals(30, heatmap.image().getWidth());

        // The typed replicate count reaches the bootstrap, even after a garbage collection.
        System.gc();
        value("#bootstrapSamples", 40);
        clickOn("#bootstrapButton");
        waitFor(60, () -> text("#bootstrapInterval").contains("of 40 replicates"));
    }

    private void train() throws TimeoutException {
        clickOn("#nav-train");
        waitFor(30, () -> !lookup("#startTraining").query().isDisabled());
        interact(() -> {
            value("#maxEpochs", 4);
            value("#dims", 10);
            value("#learningRate", 0.01);
        });
        clickOn("#startTraining");
        waitFor(120, () -> text("#trainStatus").startsWith("Finished")
                || text("#trainStatus").startsWith("Training failed"));
        assertTrue(text("#trainStatus").startsWith("Finished after 4 epochs"),
                text("#trainStatus"));
        assertTrue(lookup("#cancelTraining").query().isDisabled());
    }

    @SuppressWarnings("unchecked")
    private <T> void value(String id, T value) {
        lookup(id).queryAs(Spinner.class).getValueFactory().setValue(value);
    }

    private Window window() {
        return Window.getWindows().get(0);
    }

    private String text(String id) {
        return lookup(id).queryAs(Labeled.class).getText();
    }

    private static void waitFor(int seconds, Callable<Boolean> condition)
            throws TimeoutException {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
