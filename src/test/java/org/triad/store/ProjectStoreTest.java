package org.triad.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.triad.model.Embedding;
import org.triad.model.EpochReport;
import org.triad.model.FeatureMatrix;
import org.triad.model.Item;
import org.triad.model.ItemSet;
import org.triad.model.Judgement;
import org.triad.model.JudgementSet;
import org.triad.model.Triplet;

class ProjectStoreTest {
    @TempDir
    Path folder;

    private Path file;
    private ItemSet items;

    @BeforeEach
    void createProject() throws Exception {
        file = folder.resolve("p.triad");
        List<Item> list = new ArrayList<>();
        for (int i = 0; i < TripletFileReaderTest.ITEMS; i++) {
            list.add(new Item("i" + i, i < 3 ? "shell" : "word " + i, "def " + i,
                    i == 4 ? "img/i4.png" : "", i % 2 == 0 ? List.of("animal", "food")
                    : List.of()));
        }
        items = new ItemSet(list);
        try (ProjectStore store = ProjectStore.open(file)) {
            store.setItems(items);
        }
    }

    private Embedding embedding(int dims, List<String> labels) {
        float[] weights = new float[items.size() * dims];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = i * 0.25f;
        }
        return new Embedding(items.ids(), dims, weights, labels);
    }

    @Test
    void itemsRoundTrip() throws Exception {
        try (ProjectStore store = ProjectStore.open(file)) {
            assertEquals(items.items(), store.items().items());
            assertEquals(List.of("animal", "food"), store.categories());
            StoreException e = assertThrows(StoreException.class, () -> store.setItems(items));
            assertTrue(e.getMessage().contains("already has items"), e.getMessage());
        }
    }

    @Test
    void judgementsRoundTripWithAllFields() throws Exception {
        Instant time = Instant.parse("2025-03-01T10:15:30.125Z");
        List<Judgement> judgements = List.of(
                new Judgement(new Triplet(4, 1, 7), 1, "alice", -1, time, 1_234),
                new Judgement(new Triplet(0, 2, 3), 3, "gpt-4o", 12, null, -1));
        try (ProjectStore store = ProjectStore.open(file)) {
            store.addJudgements("manual", "first session", judgements.subList(0, 1));
            store.addJudgements("manual", "ignored for an existing set", judgements.subList(1, 2));
        }
        try (ProjectStore store = ProjectStore.open(file)) {
            assertEquals(List.of(new JudgementSetInfo("manual", "first session", 2)),
                    store.judgementSets());
            assertEquals(judgements, store.judgements("manual"));
            JudgementSet set = store.judgementSet("manual");
            assertArrayEquals(new int[] {4, 7, 1, 0, 2, 3}, set.toPackedArray());
            assertEquals(items.size(), set.itemCount());
            assertTrue(store.deleteJudgementSet("manual"));
            assertEquals(List.of(), store.judgementSets());
        }
    }

    @Test
    void judgementsOutsideTheItemSetStoreNothing() throws Exception {
        List<Judgement> judgements = List.of(Judgement.ofSpose(0, 1, 2, "x"),
                Judgement.ofSpose(0, 1, 10, "x"));
        try (ProjectStore store = ProjectStore.open(file)) {
            StoreException e = assertThrows(StoreException.class,
                    () -> store.addJudgements("s", "", judgements));
            assertTrue(e.getMessage().contains("judgement 1 for set 's' refers to item 10"),
                    e.getMessage());
            assertEquals(List.of(), store.judgementSets());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"triplets_out_of_range.txt", "triplets_repeated_item.txt",
        "triplets_non_numeric.txt", "triplets_missing_column.txt", "triplets_empty.txt",
        "triplets_one_based.txt", "triplets_negative.txt"})
    void aFailedImportLeavesTheProjectUnchanged(String fixture) throws Exception {
        Path good = folder.resolve("good.txt");
        Files.writeString(good, "0 1 2\n3 4 5\n6 7 8\n");
        try (ProjectStore store = ProjectStore.open(file)) {
            assertEquals(3, store.importJudgements(good, "human", "three good ones"));
            Path bad = TripletFileReaderTest.fixture(fixture);
            ImportException e = assertThrows(ImportException.class,
                    () -> store.importJudgements(bad, "human", "", "human"));
            assertEquals(bad, e.file());
            assertThrows(ImportException.class, () -> store.importJudgements(bad, "new", ""));
            assertEquals(List.of(new JudgementSetInfo("human", "three good ones", 3)),
                    store.judgementSets());
        }
    }

    @Test
    void embeddingsRoundTripWithLabelsManifestAndHistory() throws Exception {
        List<EpochReport> history = List.of(
                new EpochReport(1, 2.5, 0.41, Double.NaN, Double.NaN, 20, 1.5),
                new EpochReport(2, 2.25, 0.47, 2.3, 0.45, 18, 1.25));
        Embedding embedding = embedding(3, List.of("animal", "food", "tool"));
        long id;
        try (ProjectStore store = ProjectStore.open(file)) {
            id = store.saveEmbedding("run 1", "trained", embedding, "{\"seed\": 7}", history);
        }
        try (ProjectStore store = ProjectStore.open(file)) {
            Embedding read = store.embedding(id);
            assertArrayEquals(embedding.toArray(), read.toArray());
            assertEquals(embedding.labels(), read.labels());
            assertEquals(items.ids(), read.itemIds());
            assertEquals(history, store.loadHistory(id));
            assertEquals("{\"seed\": 7}", store.manifest(id));
            EmbeddingInfo info = store.embeddings().get(0);
            assertEquals(List.of(id, "run 1", "trained", 10, 3), List.of(info.id(), info.name(),
                    info.kind(), info.itemCount(), info.dims()));
        }
    }

    @Test
    void dimensionLabelsCanBeUpdated() throws Exception {
        try (ProjectStore store = ProjectStore.open(file)) {
            long id = store.saveEmbedding("e", "reference", embedding(2, List.of()), null,
                    List.of());
            assertEquals("dim 2", store.embedding(id).label(1));
            store.updateDimensionLabels(id, List.of("round", "red"));
            assertEquals(List.of("round", "red"), store.embedding(id).labels());
            StoreException e = assertThrows(StoreException.class,
                    () -> store.updateDimensionLabels(id, List.of("one")));
            assertEquals("1 labels for embedding 'e', which has 2 dimensions", e.getMessage());
            assertEquals(List.of("round", "red"), store.embedding(id).labels());
            assertEquals("{}", store.manifest(id));
            assertTrue(store.deleteEmbedding(id));
            assertThrows(StoreException.class, () -> store.embedding(id));
        }
    }

    @Test
    void anEmbeddingOfOtherItemsIsRefused() throws Exception {
        List<String> ids = new ArrayList<>(items.ids());
        ids.set(5, "zebra");
        Embedding other = new Embedding(ids, 1, new float[10], List.of());
        try (ProjectStore store = ProjectStore.open(file)) {
            StoreException e = assertThrows(StoreException.class,
                    () -> store.saveEmbedding("x", "trained", other, null, List.of()));
            assertTrue(e.getMessage().contains("row 5 is item 'zebra'"), e.getMessage());
            assertThrows(IllegalArgumentException.class,
                    () -> store.saveEmbedding("x", "learned", embedding(1, List.of()), null,
                            List.of()));
            assertEquals(List.of(), store.embeddings());
        }
    }

    @Test
    void featureSetsRoundTripWithNegativeValues() throws Exception {
        float[] values = new float[items.size() * 2];
        for (int i = 0; i < values.length; i++) {
            values[i] = -1.5f + i;
        }
        try (ProjectStore store = ProjectStore.open(file)) {
            store.saveFeatures("vectors", values, 2, "v.npy");
            assertThrows(StoreException.class,
                    () -> store.saveFeatures("vectors", values, 2, "again.npy"));
            assertThrows(StoreException.class,
                    () -> store.saveFeatures("short", new float[4], 2, null));
        }
        try (ProjectStore store = ProjectStore.open(file)) {
            FeatureMatrix read = store.features("vectors");
            assertArrayEquals(values, read.toArray());
            FeatureSetInfo info = store.featureSets().get(0);
            assertEquals(List.of("vectors", 10, 2, "v.npy"), List.of(info.name(),
                    info.itemCount(), info.dims(), info.sourceFile()));
        }
    }

    @Test
    void aNewerSchemaVersionIsRefusedAndTheFileLeftAlone() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA user_version = 4");
        }
        byte[] before = Files.readAllBytes(file);
        StoreException e = assertThrows(StoreException.class, () -> ProjectStore.open(file));
        assertEquals(file + " has project schema version 4, newer than version 3 that this"
                + " Triad reads; open it with a newer Triad", e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void aFileThatIsNotSqliteIsRefused() throws Exception {
        Path text = folder.resolve("notes.triad");
        Files.writeString(text, "these are my notes, not a database\n".repeat(20));
        StoreException e = assertThrows(StoreException.class, () -> ProjectStore.open(text));
        assertEquals(text + " is not a Triad project: it is not an SQLite database",
                e.getMessage());
        assertEquals("these are my notes, not a database\n".repeat(20), Files.readString(text));
        assertFalse(Files.exists(folder.resolve("notes.triad.lock")), "no lock file left");
    }

    @Test
    void anSqliteFileOfAnotherProgramIsRefused() throws Exception {
        Path other = folder.resolve("other.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + other);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE notes (text TEXT)");
        }
        StoreException e = assertThrows(StoreException.class, () -> ProjectStore.open(other));
        assertTrue(e.getMessage().endsWith("is an SQLite database but not a Triad project (it"
                + " has no meta table with app = 'triad')"), e.getMessage());
        assertFalse(Files.exists(folder.resolve("other.db.lock")), "no lock file left");
    }

    @Test
    void theFileIsPlainSqliteWithMetaAndUserVersion() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            assertEquals(3, Schema.count(statement, "PRAGMA user_version"));
            assertEquals(3, Schema.count(statement,
                    "SELECT count(*) FROM meta WHERE key IN ('app', 'schema', 'created')"));
            assertEquals(10, Schema.count(statement,
                    "SELECT count(*) FROM item_categories"));
            try (var rows = statement.executeQuery("PRAGMA journal_mode")) {
                rows.next();
                assertEquals("wal", rows.getString(1));
            }
        }
    }

    @Test
    void aClosedStoreRefusesWork() throws Exception {
        ProjectStore store = ProjectStore.open(file);
        store.close();
        store.close();
        assertThrows(StoreException.class, store::judgementSets);
        assertFalse(Files.exists(folder.resolve("p.triad-wal")));
    }
}
