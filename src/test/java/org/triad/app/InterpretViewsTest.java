package org.triad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.geometry.Point2D;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.triad.model.Embedding;
import org.triad.store.ProjectStore;

/**
 * The interpretation views driven headless on a planted project: a dimension's histogram and
 * label edit, an item's profile, the scatter's hover and click, the model comparison and the
 * evaluation.
 */
class InterpretViewsTest extends FxRobot {
    static {
        System.setProperty("headless.geometry", "1600x1200-32");
    }

    @TempDir
    Path folder;
    private Application app;

    @BeforeEach
    void start() throws Exception {
        Path file = folder.resolve("planted.triad");
        Embedding planted = PlantedData.writeProject(file);
        try (ProjectStore store = ProjectStore.open(file)) {
            store.saveEmbedding("Planted again", "reference", planted.withLabels(
                    List.of("fauna", "meals", "tools")), "{}", List.of());
        }
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(TriadApp.class, file.toString());
        waitFor(60, () -> lookup("#nav-dimensions").tryQuery().isPresent());
    }

    @AfterEach
    void stop() throws TimeoutException {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void dimensionsProfileAndScatter() throws TimeoutException {
        clickOn("#nav-dimensions");
        ListView<?> list = lookup("#dimensionList").queryAs(ListView.class);
        waitFor(30, () -> list.getItems().size() == 3);
        interact(() -> lookup("#dimensionEmbedding").queryAs(ComboBox.class)
                .getSelectionModel().select(0));
        waitFor(30, () -> text("#dimensionSummary").startsWith("3 dimensions"));

        clickOn(lookup(".dim-label").nth(1).queryLabeled());
        waitFor(10, () -> text("#detailTitle").equals("Dimension 2 · food"));
        HistogramPlot histogram = lookup("#histogram").queryAs(HistogramPlot.class);
        assertTrue(histogram.getHeight() > 100);
        assertEquals(30, histogram.shown().zeros() + Arrays.stream(histogram.shown().counts())
                .sum());
        assertEquals(30, lookup("#rankedTable").queryAs(TableView.class).getItems().size());
        interact(() -> list.edit(1));
        TextField editor = lookup(".dim-editor").queryAs(TextField.class);
        interact(() -> editor.setText("edible things"));
        clickOn(editor).type(KeyCode.ENTER);
        waitFor(10, () -> text("#detailTitle").equals("Dimension 2 · edible things"));
        press(KeyCode.CONTROL, KeyCode.Z)
                .release(KeyCode.Z, KeyCode.CONTROL);
        waitFor(10, () -> text("#detailTitle").equals("Dimension 2 · food"));

        TabPane tabs = lookup("#dimensionTabs").queryAs(TabPane.class);
        interact(() -> tabs.getSelectionModel().select(1));
        clickOn("#profileSearch").write("hammer");
        ListView<?> matches = lookup("#profileMatches").queryAs(ListView.class);
        waitFor(10, () -> matches.getItems().size() == 1);
        interact(() -> matches.getSelectionModel().select(0));
        waitFor(10, () -> text("#profileTitle").startsWith("hammer"));
        assertEquals(ItemProfileModel.NEIGHBOURS,
                lookup("#nearestTable").queryAs(TableView.class).getItems().size());

        interact(() -> tabs.getSelectionModel().select(2));
        ScatterPlot plot = lookup("#scatterPlot").queryAs(ScatterPlot.class);
        waitFor(10, () -> plot.getWidth() > 100);
        double[] at = plot.position(12);
        Point2D screen = plot.canvas().localToScreen(at[0], at[1]);
        moveTo(screen);
        waitFor(10, () -> !text("#scatterReadout").startsWith("Point at"));
        assertTrue(text("#scatterReadout").contains(" × "), text("#scatterReadout"));
        clickOn(screen);
        waitFor(10, () -> tabs.getSelectionModel().getSelectedIndex() == 1);
        assertEquals(1, Window.getWindows().size(), "an error dialog is open");
    }

    @Test
    void comparisonAndEvaluation() throws TimeoutException {
        clickOn("#nav-compare");
        waitFor(30, () -> lookup("#compareSecond").queryAs(ComboBox.class).getValue() != null);
        // The window opens 1280 px wide: the button must get room for its whole label.
        Button compare = lookup("#compareButton").queryAs(Button.class);
        assertEquals(1280, compare.getScene().getWidth(), 0.5);
        assertTrue(compare.getWidth() >= compare.prefWidth(-1) - 0.5,
                compare.getWidth() + " < " + compare.prefWidth(-1));
        clickOn("#compareButton");
        TableView<?> pairs = lookup("#pairTable").queryAs(TableView.class);
        waitFor(30, () -> pairs.getItems().size() == 3);
        assertTrue(text("#compareSummary").startsWith("3 of 3 matched pairs"),
                text("#compareSummary"));
        assertTrue(text("#compareRsm").contains("Pearson r = 1.000"), text("#compareRsm"));

        clickOn("#nav-evaluate");
        waitFor(30, () -> text("#evalAccuracy").endsWith("%"));
        assertTrue(text("#evalInterval").startsWith("95 % interval"), text("#evalInterval"));
        assertEquals("33.3 %", text("#evalChance"));
        assertEquals(3, lookup("#categoryTable").queryAs(TableView.class).getItems().size());
        assertTrue(text("#ruleNote").contains("any of its three items"), text("#ruleNote"));
        waitFor(30, () -> !lookup("#agreementTable").queryAs(TableView.class).getItems()
                .isEmpty());
        assertEquals(1, Window.getWindows().size(), "an error dialog is open");
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
