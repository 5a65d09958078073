package org.triad.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triad.analysis.ComparisonMethod;
import org.triad.analysis.ComparisonResult;
import org.triad.analysis.DominantDimensionOrdering;
import org.triad.model.Embedding;
import org.triad.model.Item;
import org.triad.model.Rsm;
import org.triad.model.RsmKind;
import org.triad.store.RsmFiles;

/** The RSM view model on the planted project: kinds, orderings, selection, comparison, export. */
class RsmViewModelTest {
    private FakeProject project;
    private FakeEngine engine;
    private RecordingDialogs dialogs;
    private Workbench workbench;
    private RsmViewModel model;

    @TempDir
    Path dir;

    @BeforeEach
    void setUp() {
        project = FakeProject.planted();
        engine = new FakeEngine(PlantedData.embedding(project.items()));
        dialogs = new RecordingDialogs();
        workbench = new Workbench(project, engine, new InlineTaskRunner(), dialogs);
        model = new RsmViewModel(workbench);
        workbench.refreshEmbeddings(-1);
        model.setActive(true);
    }

    private RsmPicture picture() {
        return model.pictureProperty().get();
    }

    @Test
    void eachKindIsComputedAndTheEmpiricalOneReadsOutItsCounts() {
        assertEquals(RsmKind.CHOICE_PROBABILITY, picture().rsm().kind());
        assertEquals(List.of("human-a", "human-b"), model.source().sets());

        model.source().kindProperty().set(RsmKind.DOT_PRODUCT);
        assertEquals(RsmKind.DOT_PRODUCT, picture().rsm().kind());
        model.source().kindProperty().set(RsmKind.COSINE);
        assertEquals(RsmKind.COSINE, picture().rsm().kind());
        model.source().kindProperty().set(RsmKind.EMPIRICAL);

        RsmPicture empirical = picture();
        assertEquals(RsmKind.EMPIRICAL, empirical.rsm().kind());
        assertNotNull(empirical.counts());
        assertTrue(model.statusProperty().get().startsWith("Empirical · human-a + human-b · "
                + "ordered by category · 30 × 30 items · "), model.statusProperty().get());
        int[] pair = firstPairWithData(empirical);
        model.hover(pair[0], pair[1]);
        assertTrue(model.readoutProperty().get().matches(".* × .*: [01]\\.\\d{3} · kept "
                + "together \\d+ of \\d+ co-occurrences"), model.readoutProperty().get());
        model.source().sets().setAll("gpt4");
        assertTrue(picture().noData() > 0, "50 judgements leave pairs unseen");
        assertEquals(1, engine.rsmCalls);
        assertEquals(List.of(), dialogs.errors);
    }

    @Test
    void orderingsPermuteTheRowsWithoutRecomputingTheRsm() {
        model.orderingProperty().set(RsmOrdering.AS_LOADED);
        assertArrayEquals(IntStream.range(0, 30).toArray(), picture().order());

        model.orderingProperty().set(RsmOrdering.DOMINANT_DIMENSION);
        Embedding planted = PlantedData.embedding(project.items());
        assertArrayEquals(DominantDimensionOrdering.order(planted), picture().order());
        assertTrue(model.statusProperty().get().contains("ordered by dominant dimension of "
                + "Planted 3-d"), model.statusProperty().get());

        model.orderingProperty().set(RsmOrdering.HIERARCHICAL);
        int[] order = picture().order();
        assertArrayEquals(IntStream.range(0, 30).toArray(), IntStream.of(order).sorted()
                .toArray());
        for (int block = 0; block < 3; block++) {
            int category = order[block * 10] / 10;
            for (int r = block * 10; r < block * 10 + 10; r++) {
                assertEquals(category, order[r] / 10, "clusters keep the planted categories");
            }
        }
        assertEquals(1, engine.rsmCalls);
    }

    @Test
    void aSelectedBlockListsItsRowsAndItsMean() {
        model.select(9, 12, 0, 2);

        assertArrayEquals(new int[] {0, 9, 2, 12}, model.blockProperty().get());
        List<Item> rows = model.blockItems();
        assertEquals(10, rows.size());
        assertTrue(rows.stream().allMatch(item -> item.categories().equals(List.of("animal"))));
        RsmPicture.Block block = picture().block(0, 2, 9, 12);
        assertTrue(model.blockSummaryProperty().get().startsWith("Rows 1–10 × columns 3–13: "
                + "mean " + RsmPicture.format(block.mean()) + " over 102 cells"),
                model.blockSummaryProperty().get());

        model.orderingProperty().set(RsmOrdering.AS_LOADED);
        assertNull(model.blockProperty().get());
        assertTrue(model.blockItems().isEmpty());
    }

    @Test
    void comparisonShowsStatisticsPairsScatterAndABootstrapInterval() {
        RsmComparisonModel comparison = model.comparison();
        comparison.enabledProperty().set(true);

        assertEquals(4, comparison.results().size());
        ComparisonResult pearson = comparison.results().get(0);
        assertEquals(ComparisonMethod.PEARSON, pearson.method());
        assertTrue(pearson.value() > 0.3, "planted model vs its own judgements: " + pearson);
        assertEquals(435, pearson.pairsUsed() + pearson.pairsSkipped());
        assertTrue(comparison.statusProperty().get().contains(String.format(
                "%d pairs used, %d skipped", pearson.pairsUsed(), pearson.pairsSkipped())),
                comparison.statusProperty().get());
        assertArrayEquals(picture().order(), comparison.pictureProperty().get().order());
        assertEquals(pearson.pairsUsed(), comparison.scatterProperty().get().points());
        model.hover(0, 1);
        assertTrue(model.readoutProperty().get().contains(" · compared: "),
                model.readoutProperty().get());

        comparison.samplesProperty().set(50);
        comparison.startBootstrap();
        assertTrue(comparison.intervalProperty().get().matches("Pearson r 0\\.\\d{3}, 95 % CI "
                + "\\[0\\.\\d{3}, 0\\.\\d{3}\\] · 50 of 50 replicates defined · seed 1"),
                comparison.intervalProperty().get());

        comparison.selection().kindProperty().set(RsmKind.COSINE);
        assertTrue(comparison.statusProperty().get().startsWith("Pick an embedding"));
        comparison.selection().embeddingProperty().set(workbench.embeddings().get(0));
        assertEquals(RsmKind.COSINE, comparison.pictureProperty().get().rsm().kind());
        assertEquals("", comparison.intervalProperty().get());
    }

    @Test
    void exportWritesTheShownRsmWithItsIds() throws Exception {
        Path csv = dir.resolve("rsm.csv");
        Path npy = dir.resolve("rsm.npy");
        Rsm shown = picture().rsm();

        model.export(csv);
        model.export(npy);

        for (Path file : List.of(csv, npy)) {
            Rsm back = RsmFiles.read(file, RsmKind.CHOICE_PROBABILITY);
            assertEquals(project.items().ids(), back.itemIds());
            assertArrayEquals(shown.toArray(), back.toArray());
        }
        assertTrue(model.statusProperty().get().startsWith("Saved rsm.npy"));
    }

    private static int[] firstPairWithData(RsmPicture picture) {
        for (int r = 0; r < picture.size(); r++) {
            for (int c = r + 1; c < picture.size(); c++) {
                if (!Double.isNaN(picture.valueAt(r, c))) {
                    return new int[] {r, c};
                }
            }
        }
        throw new AssertionError("no pair with data");
    }
}
