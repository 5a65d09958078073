package org.triad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.triad.model.Embedding;
import org.triad.model.Item;
import org.triad.model.ItemSet;
import org.triad.store.ProjectStore;

/**
 * A new user's trial at the default window size, 1280 × 820, on THINGS-like names: the
 * choosers, column headers, table cells and captions it found cut short read in full.
 */
class DefaultSizeTextTest extends FxRobot {
    // Dimension 1 loads on the first ten, so they fill the top of its ranked table.
    private static final String[][] WORDS = {
        {"air conditioner", "aircraft carrier", "bat", "can opener", "doorhandle",
            "garlic press", "license plate", "nutcracker", "rolling pin", "steering wheel"},
        {"apple", "bread", "cheese", "pear", "rice", "soup", "cake", "egg", "plum", "bean"},
        {"cat", "dog", "horse", "cow", "sheep", "goat", "lion", "tiger", "bear", "wolf"},
    };
    private static final List<String> CATEGORIES = List.of("kitchen appliance", "food",
            "animal");

    static {
        System.setProperty("headless.geometry", "1600x1200-32");
    }

    @TempDir
    Path folder;
    private Application app;

    @BeforeEach
    void start() throws Exception {
        Path file = folder.resolve("things-like.triad");
        ItemSet items = items();
        Embedding embedding = PlantedData.embedding(items).withLabels(List.of(
                "made of metal / artificial / hard",
                "food-related / eating-related / kitchen-related", "animal-related / organic"));
        try (ProjectStore store = ProjectStore.open(file)) {
            store.setItems(items);
            store.addJudgements("du2171-humans", "", PlantedData.judgements(embedding, 300, 1,
                    "a"));
            store.saveEmbedding("SPoSE 66-d (Hebart et al. 2023)", "reference", embedding, "{}",
                    List.of());
        }
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(TriadApp.class, file.toString());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> lookup("#nav-dimensions").tryQuery().isPresent());
        interact(() -> {
            Stage stage = (Stage) lookup("#nav-dimensions").query().getScene().getWindow();
            stage.setWidth(1280);
            stage.setHeight(820);
        });
    }

    @AfterEach
    void stop() throws TimeoutException {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void collectsChoosersReadInFullAndStayInTheirColumn() {
        clickOn("#nav-collect");
        ChoiceBox<CollectForm.TripletSource> source = lookup("#tripletSource").query();
        interact(() -> {
            source.setValue(CollectForm.TripletSource.SET);
            lookup("#vectorPane").queryAs(TitledPane.class).setExpanded(true);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertReadsInFull((Labeled) source.lookup(".label"));
        Bounds features = inScene(lookup("#vectorFeatures").query());
        Bounds field = inScene(lookup("#targetSet").query());
        assertTrue(features.getMaxX() <= field.getMaxX() + 0.5, "the features chooser ends at "
                + features.getMaxX() + ", the fields of its column at " + field.getMaxX());
    }

    @Test
    void evaluatesModelChooserReadsInFull() throws TimeoutException {
        clickOn("#nav-evaluate");
        ComboBox<?> model = lookup("#evalEmbedding").query();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.getValue() != null);
        WaitForAsyncUtils.waitForFxEvents();
        // The cell that shows the value, not the one the skin measures with.
        Labeled shown = (Labeled) model.lookupAll(".list-cell").stream()
                .filter(cell -> cell.getParent() == model).findFirst().orElseThrow();
        assertEquals("SPoSE 66-d (Hebart et al. 2023)  ·  reference", shown.getText());
        assertReadsInFull(shown);
        assertEquals(shown.getText(), model.getTooltip().getText(), "in full where cut short");
    }

    @Test
    void dimensionsTablesTitlesAndChooserLabelsReadInFull() {
        clickOn("#nav-dimensions");
        interact(() -> lookup("#dimensionList").queryAs(ListView.class).getSelectionModel()
                .select(0));
        WaitForAsyncUtils.waitForFxEvents();
        Node ranked = lookup("#rankedTable").queryAs(TableView.class);
        List<Labeled> cells = texts(ranked, ".table-cell");
        assertTrue(cells.stream().map(Labeled::getText).toList().containsAll(List.of(
                "can opener", "doorhandle", "aircraft carrier", "kitchen appliance")));
        cells.forEach(DefaultSizeTextTest::assertReadsInFull);
        List<Labeled> headers = texts(ranked, ".column-header .label");
        assertEquals(List.of("Rank", "Item", "Categories", "Weight"), headers.stream()
                .map(Labeled::getText).toList());
        headers.forEach(DefaultSizeTextTest::assertReadsInFull);

        TabPane tabs = lookup("#dimensionTabs").query();
        interact(() -> tabs.getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertReadsInFull(labelled(tabs, "Nearest items (dot product)"));
        List<Labeled> matches = texts(lookup("#profileMatches").query(), ".list-cell");
        assertTrue(matches.stream().anyMatch(m -> m.getText().equals("air conditioner")),
                "an id that only joins the label's words is left out");
        assertTrue(matches.stream().anyMatch(m -> m.getText().equals("bat  (bat1)")));
        matches.forEach(DefaultSizeTextTest::assertReadsInFull);

        interact(() -> tabs.getSelectionModel().select(2));
        WaitForAsyncUtils.waitForFxEvents();
        assertReadsInFull(labelled(tabs, "Horizontal"));
        assertReadsInFull(labelled(tabs, "Vertical"));
        assertReadsInFull(lookup("#scatterReadout").query());
        assertEquals("2 · food-related / eating-related / kitchen-related", lookup("#scatterY")
                .queryAs(ComboBox.class).getTooltip().getText());
    }

    @Test
    void histogramCaptionCountsOneItemInTheSingular() {
        assertEquals("items per bin", HistogramPlot.caption(0));
        assertEquals("items per bin · 1 item at exactly 0 not drawn", HistogramPlot.caption(1));
        assertEquals("items per bin · 1,203 items at exactly 0 not drawn",
                HistogramPlot.caption(1203));
    }

    /** 30 items in three categories; ids as THINGS writes them, one homonym numbered. */
    private static ItemSet items() {
        List<Item> items = new ArrayList<>();
        for (int c = 0; c < WORDS.length; c++) {
            for (String word : WORDS[c]) {
                String id = word.equals("bat") ? "bat1" : word.replace(' ', '_');
                items.add(new Item(id, word, "a " + word, "", List.of(CATEGORIES.get(c))));
            }
        }
        return new ItemSet(items);
    }

    /** The text the label draws: its own, or cut short with an ellipsis. */
    private static void assertReadsInFull(Labeled labeled) {
        Text drawn = (Text) labeled.lookup(".text");
        assertFalse(labeled.getText() == null || labeled.getText().isEmpty(), "no text");
        assertEquals(labeled.getText(), drawn.getText(), "'" + labeled.getText() + "' in "
                + labeled.getWidth() + " px");
    }

    private static List<Labeled> texts(Node parent, String selector) {
        return parent.lookupAll(selector).stream().filter(n -> n instanceof Labeled
                && n.isVisible()).map(n -> (Labeled) n).filter(l -> l.getText() != null
                && !l.getText().isEmpty()).toList();
    }

    private static Labeled labelled(Node parent, String text) {
        return texts(parent, ".label").stream().filter(l -> text.equals(l.getText()))
                .findFirst().orElseThrow(() -> new AssertionError("no label '" + text + "'"));
    }

    private static Bounds inScene(Node node) {
        return node.localToScene(node.getLayoutBounds());
    }
}
