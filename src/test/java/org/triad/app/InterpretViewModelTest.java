package org.triad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triad.analysis.CategoryAccuracy;
import org.triad.model.Embedding;
import org.triad.model.Item;

/** The Dimensions, Compare and Evaluate view models, without a toolkit. */
class InterpretViewModelTest {
    @TempDir
    Path folder;
    private FakeProject project;
    private RecordingDialogs dialogs;
    private Workbench workbench;

    @BeforeEach
    void setUp() {
        project = FakeProject.planted();
        dialogs = new RecordingDialogs();
        workbench = new Workbench(project, new FakeEngine(PlantedData.embedding(
                project.items())), new InlineTaskRunner(), dialogs);
    }

    private DimensionsViewModel dimensions() {
        DimensionsViewModel model = new DimensionsViewModel(workbench);
        workbench.refreshEmbeddings(-1);
        return model;
    }

    @Test
    void labelEditsAreSavedAndTheLastOneUndone() {
        DimensionsViewModel model = dimensions();

        model.renameDimension(1, "  edible  ");
        model.renameDimension(2, "handheld");

        assertEquals("edible", model.rows().get(1).label());
        assertEquals(List.of("animal", "edible", "handheld"), project.labelUpdates.get(1));
        model.detail().select(1);
        assertEquals("Dimension 2 · edible", model.detail().titleProperty().get());
        model.undoLabelEdit();
        assertEquals("tool", model.rows().get(2).label());
        assertEquals("edible", model.rows().get(1).label());
        assertEquals(List.of("animal", "edible", "tool"), project.labelUpdates.get(2));
        assertTrue(model.canUndoProperty().get());
        model.undoLabelEdit();
        assertEquals("food", model.rows().get(1).label());
        assertFalse(model.canUndoProperty().get());
        assertEquals(List.of(), dialogs.errors);
    }

    @Test
    void labelFilesMustHaveOneLabelPerDimension() throws Exception {
        DimensionsViewModel model = dimensions();
        Path two = Files.writeString(folder.resolve("two.txt"), "x\ny\n");
        Path three = Files.writeString(folder.resolve("three.txt"), "fauna\n\nfood\ntools\n");

        model.importLabels(two);

        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).contains("has 2 labels, the embedding has 3 dimensions"),
                dialogs.errors.get(0));
        model.importLabels(three);
        assertEquals(List.of("fauna", "food", "tools"), model.rows().stream()
                .map(DimensionsViewModel.DimensionRow::label).toList());
        assertEquals("fauna", model.embeddingProperty().get().label(0));
    }

    @Test
    void selectingADimensionShowsItsDistributionAndRankedItems() {
        DimensionsViewModel model = dimensions();
        DimensionDetailModel detail = model.detail();

        detail.select(2);

        assertEquals("Dimension 3 · tool", detail.titleProperty().get());
        assertEquals(30, java.util.Arrays.stream(detail.histogramProperty().get().counts()).sum()
                + detail.histogramProperty().get().zeros());
        assertEquals(30, detail.shownItems().size());
        assertTrue(detail.shownItems().subList(0, 10).stream()
                .allMatch(row -> row.item().categories().equals(List.of("tool"))));
        detail.queryProperty().set("HAM");
        assertEquals(List.of("hammer"), detail.shownItems().stream()
                .map(row -> row.item().label()).toList());
        assertTrue(detail.shownItems().get(0).rank() <= 10);
    }

    @Test
    void profileListsWeightsAndNearestItems() {
        DimensionsViewModel model = dimensions();
        ItemProfileModel profile = model.profile();

        profile.queryProperty().set("apple");
        profile.select(profile.matches().get(0));

        ItemProfileModel.Profile shown = profile.profileProperty().get();
        assertEquals("apple", shown.item().label());
        assertEquals(List.of("animal", "food", "tool"), shown.labels());
        assertTrue(shown.weights()[1] > shown.weights()[0]);
        assertEquals(ItemProfileModel.NEIGHBOURS, profile.neighbours().size());
        assertTrue(profile.neighbours().stream().limit(9)
                .allMatch(n -> n.item().categories().equals(List.of("food"))));
    }

    @Test
    void scatterHoverNamesTheItemAndAClickOpensItsProfile() {
        DimensionsViewModel model = dimensions();
        ScatterModel scatter = model.scatter();
        boolean[] opened = new boolean[1];
        scatter.setOnOpenProfile(() -> opened[0] = true);

        scatter.yDimProperty().set(2);
        scatter.hover(12);
        scatter.click(25);

        ScatterModel.Points points = scatter.pointsProperty().get();
        assertEquals(30, points.x().length);
        assertEquals("3 · tool", points.yTitle());
        assertEquals(List.of("animal", "food", "tool"), points.categories());
        assertTrue(scatter.readoutProperty().get().startsWith("cheese (cheese_1, food): "),
                scatter.readoutProperty().get());
        assertTrue(opened[0]);
        assertEquals(project.items().get(25), model.profile().profileProperty().get().item());
    }

    @Test
    void tableAndReportAreWritten() throws Exception {
        DimensionsViewModel model = dimensions();
        Path csv = folder.resolve("dims.csv");
        Path html = folder.resolve("report.html");

        model.topCountProperty().set(5);
        model.exportTable(csv);
        model.exportReport(html, new byte[] {1, 2, 3}, null);

        List<String> lines = Files.readAllLines(csv);
        assertEquals("dimension,label,sum,max,top_ids,top_labels", lines.get(0));
        assertEquals(4, lines.size());
        assertTrue(lines.get(2).startsWith("2,food,"), lines.get(2));
        assertEquals(5, lines.get(2).split(",")[5].split("; ").length);
        String page = Files.readString(html);
        assertTrue(page.contains("<h1>Planted 3-d</h1>"));
        assertTrue(page.contains("data:image/png;base64,AQID"));
        assertTrue(page.contains("3 dimensions · 30 items"));
        // each dimension's weights as a small histogram of its own
        assertEquals(3, page.split("<svg ").length - 1, page);
        assertTrue(page.contains(" at 0; positive weights up to"), page);
        assertTrue(page.contains("<rect x=\"0.0\""), page);
    }

    @Test
    void comparisonMatchesPermutedDimensionsAndCorrelatesTheRsms() {
        Embedding planted = PlantedData.embedding(project.items());
        float[] swapped = new float[planted.itemCount() * 3];
        for (int i = 0; i < planted.itemCount(); i++) {
            swapped[3 * i] = planted.weight(i, 2);
            swapped[3 * i + 1] = planted.weight(i, 0);
            swapped[3 * i + 2] = planted.weight(i, 1);
        }
        project.add("Swapped", "trained", new Embedding(planted.itemIds(), 3, swapped,
                List.of("c", "a", "b")));
        ComparisonViewModel model = new ComparisonViewModel(workbench);
        workbench.refreshEmbeddings(-1);

        model.compare();

        assertEquals(List.of(2, 3, 1), model.pairs().stream()
                .map(ComparisonViewModel.PairRow::secondDim).toList());
        assertEquals("a", model.pairs().get(0).secondLabel());
        assertTrue(model.summaryProperty().get().startsWith("3 of 3 matched pairs have r > 0.8"),
                model.summaryProperty().get());
        assertTrue(model.rsmProperty().get().contains("Pearson r = 1.000"),
                model.rsmProperty().get());
        assertEquals("Every dimension has a partner.", model.unmatchedProperty().get());
        assertFalse(model.busyProperty().get());
    }

    @Test
    void evaluationShowsAccuracyCeilingCategoriesAndAgreement() {
        EvaluationViewModel model = new EvaluationViewModel(workbench);
        workbench.refreshEmbeddings(-1);
        model.load();

        EvaluationViewModel.Result result = model.resultProperty().get();
        assertNotNull(result);
        assertEquals("human-a", model.judgementSetProperty().get());
        assertTrue(result.accuracy().accuracy() > 0.5, result.accuracy().toString());
        assertTrue(result.accuracy().low() < result.accuracy().accuracy());
        assertEquals(3, model.categories().size());
        model.ruleProperty().set(CategoryAccuracy.Rule.ODD_ONE_OUT);
        assertEquals(300, model.categories().stream().mapToInt(CategoryAccuracy.Row::judgements)
                .sum());
        assertFalse(model.agreements().isEmpty());
        assertTrue(model.agreements().stream().allMatch(row -> row.agreement().share() >= 0));
        assertEquals("63.2 %", EvaluationViewModel.percent(0.6321));
        assertEquals(List.of(), dialogs.errors);
    }

    @Test
    void aRebuiltEvaluateViewShowsTheSetShownBefore() {
        workbench.refreshEmbeddings(-1);
        EvaluationViewModel first = new EvaluationViewModel(workbench);
        first.load();
        String other = first.setNames().stream().filter(name -> !name.equals(
                first.judgementSetProperty().get())).findFirst().orElseThrow();
        first.judgementSetProperty().set(other);

        // What an import does: the views are built again on the same workbench.
        EvaluationViewModel rebuilt = new EvaluationViewModel(workbench);
        rebuilt.load();

        assertEquals(other, rebuilt.judgementSetProperty().get());
    }

    @Test
    void itemSearchMatchesCategories() {
        assertTrue(DimensionDetailModel.matches(Item.of("x", "y"), "x"));
        DimensionsViewModel model = dimensions();
        model.profile().queryProperty().set("tool");
        assertEquals(10, model.profile().matches().size());
    }
}
