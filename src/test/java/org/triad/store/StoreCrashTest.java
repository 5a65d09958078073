package org.triad.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.triad.model.Item;
import org.triad.model.ItemSet;
import org.triad.testdata.ChildJvm;

/**
 * A second JVM writing to a project is killed with SIGKILL at a seeded point after one of its
 * progress lines; the project must then open, pass {@code PRAGMA integrity_check}, and hold
 * exactly what was committed: every write reported as committed, at most the one write under
 * way when the kill came (when its commit beat the kill to the disk), and never part of one.
 */
class StoreCrashTest {
    private static final int ITEMS = 1_854;
    private static final int LINES = 250_000;
    private static final int SETS = 3;
    private static final int SAVES = 40;

    @TempDir
    Path folder;

    private Path file;

    @BeforeEach
    void createProject() throws Exception {
        file = folder.resolve("crash.triad");
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < ITEMS; i++) {
            items.add(Item.of("i" + i, "word " + i));
        }
        try (ProjectStore store = ProjectStore.open(file)) {
            store.setItems(new ItemSet(items));
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1L, 2L, 3L})
    void aKilledImportLeavesEachSetWholeOrAbsent(long seed) throws Exception {
        Path triplets = writeTriplets(folder.resolve("t.txt"), seed);
        List<String> committed = runAndKill(seed, 10, "import", file.toString(),
                triplets.toString(), Integer.toString(SETS));

        try (ProjectStore store = ProjectStore.open(file)) {
            assertEquals("ok", integrityCheck(file));
            Map<String, Long> sizes = new HashMap<>();
            store.judgementSets().forEach(s -> sizes.put(s.name(), s.count()));
            for (String name : committed) {
                assertEquals(LINES, sizes.get(name), name + " was committed");
            }
            sizes.forEach((name, size) -> assertEquals(LINES, size, name + " is partial"));
            assertTrue(sizes.size() <= committed.size() + 1, sizes + " vs " + committed);
            assertEquals(LINES * (long) sizes.size(), countRows(file, "judgements"));
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {4L, 5L, 6L})
    void aKilledSaveLeavesEachEmbeddingAndFeatureSetWholeOrAbsent(long seed) throws Exception {
        List<String> committed = runAndKill(seed, 20, "save", file.toString(),
                Integer.toString(SAVES));

        try (ProjectStore store = ProjectStore.open(file)) {
            assertEquals("ok", integrityCheck(file));
            List<String> ids = store.items().ids();
            List<String> stored = new ArrayList<>();
            for (var info : store.embeddings()) {
                int index = Integer.parseInt(info.name().substring(1));
                assertArrayEquals(StoreCrashMain.values(ITEMS, index),
                        store.embedding(info.id()).toArray(), info.name());
                assertEquals(ids, store.embedding(info.id()).itemIds());
                stored.add(info.name());
            }
            for (var info : store.featureSets()) {
                int index = Integer.parseInt(info.name().substring(1));
                assertArrayEquals(StoreCrashMain.values(ITEMS, index + 1000),
                        store.features(info.name()).toArray(), info.name());
                stored.add(info.name());
            }
            assertTrue(stored.containsAll(committed), stored + " vs " + committed);
            assertTrue(stored.size() <= committed.size() + 1, stored + " vs " + committed);
        }
    }

    /**
     * Runs the child until the seeded line, kills it, and returns the names it reported as
     * committed. The kill lands after a line, never before the first, so it can hit the
     * middle of a transaction, a commit, or the gap between two writes.
     */
    private static List<String> runAndKill(long seed, int lines, String... args)
            throws Exception {
        int killAfter = 1 + new SplittableRandom(seed).nextInt(lines);
        List<String> committed = new ArrayList<>();
        try (ChildJvm child = ChildJvm.start(StoreCrashMain.class, args)) {
            for (int line = 0; line < killAfter; line++) {
                String text = child.nextLine();
                if (text.startsWith("committed ")) {
                    committed.add(text.substring("committed ".length()));
                }
            }
            child.kill();
        }
        return committed;
    }

    private static Path writeTriplets(Path path, long seed) throws Exception {
        SplittableRandom random = new SplittableRandom(seed);
        try (BufferedWriter out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
            for (int t = 0; t < LINES; t++) {
                int a = random.nextInt(ITEMS);
                int b = (a + 1 + random.nextInt(ITEMS - 1)) % ITEMS;
                int c = a;
                while (c == a || c == b) {
                    c = random.nextInt(ITEMS);
                }
                out.write(a + " " + b + " " + c + "\n");
            }
        }
        return path;
    }

    /** Reads the file as a plain SQLite client would, past any lock Triad keeps. */
    static String integrityCheck(Path project) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + project);
                Statement statement = c.createStatement();
                ResultSet rows = statement.executeQuery("PRAGMA integrity_check")) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static long countRows(Path project, String table) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + project);
                Statement statement = c.createStatement();
                ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
