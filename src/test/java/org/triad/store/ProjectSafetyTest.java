package org.triad.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.triad.model.CancellationToken;
import org.triad.model.Item;
import org.triad.model.ItemSet;
import org.triad.model.JudgementSet;
import org.triad.model.ProgressListener;
import org.triad.store.Schema.Migration;

/** Project-file safety: schema migration with backup, the lock, image paths, streaming. */
class ProjectSafetyTest {
    private static final Path DU_HUMANS = Path.of("datasets/things/du2171/humans.txt");
    private static final Path PARTICIPANTS =
            Path.of("datasets/things/triplets_human_b_participants.txt");

    @TempDir
    Path folder;

    private Path file;

    @BeforeEach
    void createProject() throws Exception {
        file = folder.resolve("p.triad");
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < 1_854; i++) {
            items.add(Item.of("i" + i, "word " + i));
        }
        try (ProjectStore store = ProjectStore.open(file)) {
            store.setItems(new ItemSet(items));
        }
    }

    private static int intQuery(Path project, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + project);
                Statement statement = c.createStatement()) {
            return Schema.count(statement, sql);
        }
    }

    /** Replaces the file by what a "version 0" would be: version 1 without feature_sets. */
    private void makeVersionZero() throws Exception {
        Files.delete(file);
        VersionOneFile.create(file, 1_854, 0);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = c.createStatement()) {
            statement.execute("DROP TABLE feature_sets");
            statement.execute("UPDATE meta SET value = '0' WHERE key = 'schema'");
            statement.execute("PRAGMA user_version = 0");
        }
    }

    private static final Migration ADD_FEATURE_SETS = new Migration(0, "add feature_sets", c -> {
        try (Statement statement = c.createStatement()) {
            statement.execute("CREATE TABLE feature_sets (id INTEGER PRIMARY KEY,"
                    + " name TEXT NOT NULL UNIQUE, n_items INTEGER NOT NULL,"
                    + " n_dims INTEGER NOT NULL, data BLOB NOT NULL,"
                    + " source_file TEXT NOT NULL DEFAULT '', created TEXT NOT NULL,"
                    + " CHECK (length(data) = 4 * n_items * n_dims))");
        }
    });

    private static final String FEATURE_TABLES =
            "SELECT count(*) FROM sqlite_master WHERE name = 'feature_sets'";

    @Test
    void anOlderVersionIsBackedUpThenMigratedStepByStep() throws Exception {
        makeVersionZero();
        List<Migration> steps = List.of(ADD_FEATURE_SETS, Schema.MIGRATIONS.get(0),
                Schema.MIGRATIONS.get(1));
        try (ProjectStore store = ProjectStore.open(file, steps)) {
            assertEquals(1_854, store.items().size());
            store.saveFeatures("f", new float[1_854], 1, null);
        }
        Path backup = folder.resolve("p.triad.v0.bak");
        assertEquals(0, intQuery(backup, "PRAGMA user_version"));
        assertEquals(0, intQuery(backup, FEATURE_TABLES));
        assertEquals(1_854, intQuery(backup, "SELECT count(*) FROM items"));
        assertEquals(3, intQuery(file, "PRAGMA user_version"));
        assertEquals(3, intQuery(file, "SELECT CAST(value AS INTEGER) FROM meta"
                + " WHERE key = 'schema'"));
        ProjectStore.open(file).close();
    }

    @Test
    void anOlderVersionWithoutAMigrationIsRefusedUntouched() throws Exception {
        makeVersionZero();
        byte[] before = Files.readAllBytes(file);
        StoreException e = assertThrows(StoreException.class, () -> ProjectStore.open(file));
        assertEquals(file + " has project schema version 0; this Triad reads version 3 and"
                + " knows no migration from version 0", e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertFalse(Files.exists(folder.resolve("p.triad.v0.bak")));
    }

    @Test
    void aFailedStepRollsBackAndKeepsEveryBackup() throws Exception {
        makeVersionZero();
        Migration broken = new Migration(0, "broken step", c -> {
            try (Statement statement = c.createStatement()) {
                statement.execute("CREATE TABLE half_done (x INTEGER)");
                statement.execute("INSERT INTO no_such_table VALUES (1)");
            }
        });
        for (String name : List.of("p.triad.v0.bak", "p.triad.v0-2.bak")) {
            StoreException e = assertThrows(StoreException.class,
                    () -> ProjectStore.open(file, List.of(broken, Schema.MIGRATIONS.get(0),
                            Schema.MIGRATIONS.get(1))));
            assertTrue(e.getMessage().startsWith(file + " could not be migrated from schema"
                    + " version 0 to 1 (broken step): "), e.getMessage());
            assertTrue(e.getMessage().endsWith("; it is left at version 0, and the file as it"
                    + " was before migrating is " + folder.resolve(name)), e.getMessage());
            assertEquals(0, intQuery(file, "PRAGMA user_version"));
            assertEquals(0, intQuery(file, "SELECT count(*) FROM sqlite_master"
                    + " WHERE name = 'half_done'"));
        }
    }

    private Process holder() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx128m", "-Dtriad.log.level=WARN",
                "-cp", System.getProperty("java.class.path"),
                ProjectLockHolderMain.class.getName(), file.toString());
        builder.redirectError(ProcessBuilder.Redirect.INHERIT);
        return builder.start();
    }

    private static String firstLine(Process process) throws Exception {
        return new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8)).readLine();
    }

    @Test
    void aSecondTriadIsToldTheProjectIsInUse() throws Exception {
        Process other = holder();
        assertEquals("open 1854", firstLine(other));
        StoreException e = assertThrows(StoreException.class, () -> ProjectStore.open(file));
        assertEquals(file + " is in use by another Triad (pid " + other.pid() + "); close it"
                + " there first (the lock is p.triad.lock)", e.getMessage());
        try (OutputStream stdin = other.getOutputStream()) {
            stdin.write('\n');
        }
        assertTrue(other.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, other.exitValue());
        ProjectStore.open(file).close();
    }

    @Test
    void aKilledTriadLeavesNoLockBehind() throws Exception {
        Process other = holder();
        assertEquals("open 1854", firstLine(other));
        other.destroyForcibly();
        assertTrue(other.waitFor(60, TimeUnit.SECONDS));
        try (ProjectStore store = ProjectStore.open(file)) {
            assertEquals(1_854, store.items().size());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = c.createStatement();
                var rows = statement.executeQuery("PRAGMA integrity_check")) {
            rows.next();
            assertEquals("ok", rows.getString(1));
        }
    }

    @Test
    void storesOfOneProcessShareTheLock() throws Exception {
        try (ProjectStore first = ProjectStore.open(file);
                ProjectStore second = ProjectStore.open(file)) {
            first.importJudgements(DU_HUMANS, "a", "");
            assertEquals(2_171, second.judgementSet("a").size());
        }
        assertEquals(String.valueOf(ProcessHandle.current().pid()),
                Files.readString(folder.resolve("p.triad.lock")).strip());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            /etc/passwd          | is absolute; image paths must be relative to the project's
            C:\\Windows\\x.png   | is absolute; image paths must be relative to the project's
            file:///etc/passwd   | is absolute; image paths must be relative to the project's
            ../secret.png        | leads outside the project's folder
            img/../../secret.png | leads outside the project's folder
            ..                   | leads outside the project's folder
            """)
    void imagePathsCannotLeaveTheProjectFolder(String image, String reason) throws Exception {
        try (ProjectStore store = ProjectStore.open(file)) {
            Item item = new Item("x", "x", "", image, List.of());
            StoreException e = assertThrows(StoreException.class,
                    () -> store.resolveImage(item));
            assertTrue(e.getMessage().startsWith("the image path '" + image + "' of item 'x' "
                    + reason), e.getMessage());
        }
    }

    @Test
    void imagePathsResolveInsideTheProjectFolder() throws Exception {
        try (ProjectStore store = ProjectStore.open(file)) {
            assertEquals(Optional.of(folder.resolve("img/cat.png")),
                    store.resolveImage(new Item("c", "cat", "", "img\\cat.png", List.of())));
            assertEquals(Optional.of(folder.resolve("cat.png")),
                    store.resolveImage(new Item("c", "cat", "", "img/../cat.png", List.of())));
            assertEquals(Optional.empty(), store.resolveImage(Item.of("c", "cat")));
            Path outside = Files.createTempFile("outside", ".png");
            try {
                Files.createSymbolicLink(folder.resolve("link.png"), outside);
                Files.createSymbolicLink(folder.resolve("dangling"), outside.resolveSibling(
                        outside.getFileName() + ".missing"));
                for (String image : List.of("link.png", "dangling/new.png", "dangling")) {
                    StoreException e = assertThrows(StoreException.class, () -> store
                            .resolveImage(new Item("l", "l", "", image, List.of())));
                    assertTrue(e.getMessage().endsWith("through a symbolic link"),
                            e.getMessage());
                }
            } finally {
                Files.delete(outside);
            }
        }
    }

    @Test
    void packedAndStreamedImportsMatchTheListReader() throws Exception {
        JudgementSet packed = TripletFileReader.readPacked(PARTICIPANTS, 1_854);
        JudgementSet listed = JudgementSet.of("x", 1_854,
                TripletFileReader.read(PARTICIPANTS, 1_854, "h"));
        assertEquals(124_710, packed.size());
        assertEquals("triplets_human_b_participants.txt", packed.name());
        assertArrayEquals(listed.toPackedArray(), packed.toPackedArray());
        List<Long> progress = new ArrayList<>();
        try (ProjectStore store = ProjectStore.open(file)) {
            assertEquals(124_710, store.importJudgements(PARTICIPANTS, "b", "", "human",
                    (done, total, message) -> progress.add(done), CancellationToken.none()));
            assertArrayEquals(packed.toPackedArray(), store.judgementSet("b").toPackedArray());
            assertEquals(263, store.judgements("b").stream().mapToInt(j -> j.participant())
                    .max().orElse(-1));
        }
        assertEquals(List.of(0L, Files.size(PARTICIPANTS)), List.of(progress.get(0),
                progress.get(progress.size() - 1)));
    }

    @Test
    void aCancelledImportStoresNothing() throws Exception {
        CancellationToken cancel = new CancellationToken();
        cancel.cancel();
        try (ProjectStore store = ProjectStore.open(file)) {
            assertThrows(CancellationException.class, () -> store.importJudgements(DU_HUMANS,
                    "a", "", "h", ProgressListener.NONE, cancel));
            assertEquals(List.of(), store.judgementSets());
        }
    }
}
