package org.triad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.triad.analysis.DimensionMatching;
import org.triad.analysis.SourceAgreement;
import org.triad.app.DimensionsViewModel.DimensionRow;
import org.triad.model.Embedding;
import org.triad.model.Item;
import org.triad.model.ItemSet;
import org.triad.store.EmbeddingFiles;
import org.triad.testdata.ThingsFiles;

/**
 * The bundled THINGS references against figures computed independently with numpy and scipy by
 * {@code src/test/resources/reference/dims_reference.py} (its output sits beside it as JSON):
 * dimension 1 of the 66-d model as the Dimensions view shows it, the 49-d vs 66-d matching,
 * and the agreement of the du2171 sources.
 */
class DimensionsReferenceTest {
    private static JsonNode reference;
    private static ItemSet items;
    private static Embedding x49;
    private static Embedding x66;

    @BeforeAll
    static void load() throws Exception {
        reference = new ObjectMapper().readTree(Path.of(
                "src/test/resources/reference/dims_reference.json").toFile());
        List<Item> list = new ArrayList<>();
        for (String id : Files.readAllLines(ThingsFiles.dataset("unique_id.txt"))) {
            if (!id.isBlank()) {
                list.add(Item.of(id.strip(), id.strip()));
            }
        }
        items = new ItemSet(list);
        x49 = read("49d");
        x66 = read("66d");
    }

    private static Embedding read(String name) throws Exception {
        Path dir = ThingsFiles.dataset("reference");
        Embedding x = EmbeddingFiles.read(dir.resolve("spose_embedding_" + name + "_sorted.txt"),
                items.ids());
        return x.withLabels(EmbeddingFiles.readLabels(dir.resolve("labels_" + name + ".txt"),
                x.dims()));
    }

    @Test
    void dimensionOneOfThe66dModelMatchesNumpy() {
        DimensionRow first = DimensionsViewModel.rowsOf(x66, items).get(0);

        assertEquals(reference.get("dim1_label_66d").asText(), first.label());
        assertEquals("metallic/artificial", first.label());
        assertEquals(reference.get("dim1_sum_66d").asDouble(), first.sum(), 1e-3);
        List<String> expected = new ArrayList<>();
        reference.get("dim1_top10_66d").forEach(id -> expected.add(id.asText()));
        assertEquals(expected, first.topItems().subList(0, 10).stream().map(Item::id).toList());
        assertEquals(List.of("pedal", "vise", "ratchet"), expected.subList(0, 3));
    }

    @Test
    void the49dAnd66dModelsShareMostDimensions() {
        DimensionMatching.Result result = DimensionMatching.match(x49, x66,
                DimensionMatching.Criterion.CORRELATION);
        JsonNode numpy = reference.get("matching_49_66");

        assertEquals(49, result.pairs().size());
        assertEquals(numpy.get("above_0.8").asInt(), result.countAbove(0.8));
        assertEquals(31, result.countAbove(0.8));
        assertEquals(numpy.get("mean_r").asDouble(), result.meanCorrelation(), 1e-6);
        List<Integer> unmatched = new ArrayList<>();
        numpy.get("unmatched_66d").forEach(d -> unmatched.add(d.asInt() - 1));
        assertEquals(unmatched, result.unmatchedSecond());
        assertTrue(result.unmatchedFirst().isEmpty());
        for (int p = 0; p < numpy.get("first_pairs").size(); p++) {
            JsonNode pair = numpy.get("first_pairs").get(p);
            assertEquals(pair.get(1).asInt(), result.pairs().get(p).second() + 1);
            assertEquals(pair.get(2).asDouble(), result.pairs().get(p).correlation(), 1e-5);
        }
    }

    @Test
    void languageModelsAgreeWithPeopleAsDuEtAlReport() throws Exception {
        double gpt4 = agreement("gpt4", "humans");
        double gpt35 = agreement("gpt35", "humans");

        JsonNode numpy = reference.get("agreement");
        assertEquals(numpy.get("gpt4_vs_humans").get("share").asDouble(), gpt4, 1e-12);
        assertEquals(numpy.get("gpt35_vs_humans").get("share").asDouble(), gpt35, 1e-12);
        assertEquals(0.457, gpt4, 5e-4);
        assertEquals(0.347, gpt35, 5e-4);
    }

    private static double agreement(String first, String second) throws Exception {
        SourceAgreement result = SourceAgreement.between(
                ThingsFiles.triplets(ThingsFiles.dataset("du2171/" + first + ".txt"), 1854),
                ThingsFiles.triplets(ThingsFiles.dataset("du2171/" + second + ".txt"), 1854));
        assertEquals(2171, result.sharedTriplets());
        return result.share();
    }
}
