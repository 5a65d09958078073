package org.triad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triad.model.Embedding;
import org.triad.model.FeatureMatrix;
import org.triad.model.ItemSet;
import org.triad.model.Judgement;
import org.triad.model.JudgementSet;

/** Builds the THINGS project from the real bundled data once and checks what it holds. */
class ThingsProjectTest {
    private static final Path DATASETS = Path.of("datasets");
    private static final Map<String, Long> SET_SIZES = new LinkedHashMap<>();

    static {
        SET_SIZES.put("human-a", 48_733L);
        SET_SIZES.put("human-b", 124_710L);
        SET_SIZES.put("du2171-humans", 2_171L);
        SET_SIZES.put("du2171-gpt35", 2_171L);
        SET_SIZES.put("du2171-gpt4", 2_171L);
    }

    @TempDir
    static Path folder;

    private static Path projectFile;
    private static final List<String> STAGES = new ArrayList<>();

    @BeforeAll
    static void build() throws Exception {
        projectFile = folder.resolve("home/things.triad");
        try (ProjectStore store = ThingsProject.openOrCreate(DATASETS, projectFile,
                (done, total, message) -> STAGES.add(done + "/" + total + " " + message))) {
            assertEquals(1_854, store.items().size());
        }
    }

    @Test
    void buildReportsEveryStageAndLeavesOnlyTheProjectFile() throws IOException {
        assertEquals(11, STAGES.size());
        assertEquals("0/10 Reading THINGS items", STAGES.get(0));
        assertEquals("10/10 THINGS project ready", STAGES.get(10));
        // The lock file stays by design (ProjectLock); no temporary file may.
        try (Stream<Path> files = Files.list(projectFile.getParent())) {
            assertEquals(List.of("things.triad", "things.triad.lock"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void itemsCarryIdsLabelsDefinitionsAndCategories() throws Exception {
        try (ProjectStore store = ThingsProject.openOrCreate(DATASETS, projectFile, null)) {
            ItemSet items = store.items();
            assertEquals("aardvark", items.get(0).id());
            assertEquals(List.of("animal"), items.get(0).categories());
            assertTrue(items.get(0).definition().startsWith("nocturnal burrowing mammal"));
            assertEquals(3, items.items().stream().filter(i -> i.label().equals("shell"))
                    .count());
            assertEquals(27, store.categories().size());
            assertEquals("animal", store.categories().get(0));
            assertEquals(Files.readAllLines(DATASETS.resolve("things/unique_id.txt")),
                    items.ids());
        }
    }

    @Test
    void reopeningGivesTheSameCounts() throws Exception {
        try (ProjectStore store = ThingsProject.openOrCreate(DATASETS, projectFile, null)) {
            Map<String, Long> sizes = new LinkedHashMap<>();
            store.judgementSets().forEach(set -> sizes.put(set.name(), set.count()));
            assertEquals(SET_SIZES, sizes);
            assertEquals(2, store.embeddings().size());
            assertEquals(2, store.featureSets().size());
        }
    }

    @Test
    void judgementsKeepFileOrderSourcesAndParticipants() throws Exception {
        try (ProjectStore store = ThingsProject.openOrCreate(DATASETS, projectFile, null)) {
            JudgementSet humanA = store.judgementSet("human-a");
            assertEquals(List.of(470, 1710, 1685), List.of(humanA.keptA(0), humanA.keptB(0),
                    humanA.odd(0)));
            Judgement first = store.judgements("human-b").get(0);
            assertEquals(List.of(1663, 1132, 1, 0), List.of(first.keptA(), first.keptB(),
                    first.odd(), first.participant()));
            assertEquals("human", first.source());
            assertEquals("gpt-4-0314", store.judgements("du2171-gpt4").get(0).source());
            assertEquals(1049, store.judgementSet("du2171-gpt4").odd(0));
        }
    }

    @Test
    void referenceEmbeddingsHaveTheirLabelsAndVectorsTheirShapes() throws Exception {
        try (ProjectStore store = ThingsProject.openOrCreate(DATASETS, projectFile, null)) {
            List<EmbeddingInfo> infos = store.embeddings();
            assertEquals("SPoSE 49-d (Hebart et al. 2020)", infos.get(0).name());
            assertEquals("reference", infos.get(0).kind());
            Embedding spose49 = store.embedding(infos.get(0).id());
            Embedding spose66 = store.embedding(infos.get(1).id());
            assertEquals(List.of(1_854, 49, 49), List.of(spose49.itemCount(), spose49.dims(),
                    spose49.labels().size()));
            assertEquals(List.of(1_854, 66, 66), List.of(spose66.itemCount(), spose66.dims(),
                    spose66.labels().size()));
            assertEquals("made of metal / artificial / hard", spose49.label(0));
            assertEquals(0.0234450157731771469116f, spose49.weight(0, 0));
            assertTrue(store.manifest(infos.get(0).id()).contains("Hebart et al. (2020)"));
            FeatureMatrix word2vec = store.features("word2vec 300-d");
            assertEquals(List.of(1_854, 300), List.of(word2vec.rows(), word2vec.dims()));
            assertEquals(384, store.features("MiniLM word+definition 384-d").dims());
        }
    }

    @Test
    void anExistingFileWithoutItemsIsRefused(@TempDir Path other) throws Exception {
        Path empty = other.resolve("empty.triad");
        ProjectStore.open(empty).close();
        StoreException e = assertThrows(StoreException.class,
                () -> ThingsProject.openOrCreate(DATASETS, empty, null));
        assertTrue(e.getMessage().contains("has no items"), e.getMessage());
    }

    @Test
    void aFailedBuildLeavesNoFileBehind(@TempDir Path other) throws Exception {
        Path datasets = Files.createDirectories(other.resolve("datasets"));
        Files.createSymbolicLink(datasets.resolve("things"),
                DATASETS.resolve("things").toAbsolutePath());
        Path target = other.resolve("home/things.triad");
        ImportException e = assertThrows(ImportException.class,
                () -> ThingsProject.openOrCreate(datasets, target, null));
        assertEquals(datasets.resolve("vectors/things_word2vec_300d.npy"), e.file());
        try (Stream<Path> files = Files.list(target.getParent())) {
            assertEquals(List.of(), files.toList());
        }
        Files.delete(datasets.resolve("things"));
    }

    @Test
    void defaultProjectFileFollowsTriadHome() {
        String home = System.getProperty("triad.home");
        if (home != null) {
            assertEquals(Path.of(home, "things.triad"), ThingsProject.defaultProjectFile());
        }
        assertFalse(ThingsProject.defaultProjectFile().toString().isEmpty());
        assertEquals(Path.of("datasets"), ThingsProject.defaultDatasetsDir());
    }

    @Test
    void buildRemovesAJournalLeftFromAnEarlierProjectOfTheSameName(@TempDir Path home)
            throws Exception {
        Path file = home.resolve("things.triad");
        Path orphan = home.resolve("things.triad-wal");
        try (ProjectStore earlier = ProjectStore.open(home.resolve("earlier.triad"))) {
            assertEquals(0, earlier.items().size());
        }
        Files.write(orphan, new byte[] {55, 127, 6, -126, 0, 45, -30, 24});

        try (ProjectStore store = ThingsProject.openOrCreate(DATASETS, file, null)) {
            assertEquals(2, store.embeddings().size());
            assertEquals(1_854, store.items().size());
        }
        try (ProjectStore reopened = ProjectStore.open(file)) {
            assertEquals(2, reopened.embeddings().size());
        }
    }
}
