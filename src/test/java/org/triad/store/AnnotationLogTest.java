package org.triad.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triad.model.Item;
import org.triad.model.ItemSet;
import org.triad.model.Triplet;

/** Schema version 2: the migration from version 1, and the annotation log on top of it. */
class AnnotationLogTest {
    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");

    @TempDir
    Path folder;

    @Test
    void aVersionOneFileIsBackedUpThenMigratedWithItsJudgementsIntact() throws Exception {
        Path file = folder.resolve("old.triad");
        VersionOneFile.create(file, 20, 7);
        try (ProjectStore store = ProjectStore.open(file)) {
            assertEquals(7, store.judgementSet("old").size());
            assertEquals(List.of(), store.annotations().sessions());
        }
        Path backup = folder.resolve("old.triad.v1.bak");
        assertEquals(1, query(backup, "PRAGMA user_version"));
        assertEquals(7, query(backup, "SELECT count(*) FROM judgements"));
        assertEquals(ProjectStore.SCHEMA_VERSION, query(file, "PRAGMA user_version"));
        assertEquals(ProjectStore.SCHEMA_VERSION, query(file,
                "SELECT CAST(value AS INTEGER) FROM meta"
                + " WHERE key = 'schema'"));
        assertEquals(7, query(file, "SELECT count(*) FROM judgements WHERE session_id IS NULL"
                + " AND trial IS NULL"));
        assertEquals("ok", text(file, "PRAGMA integrity_check"));
    }

    @Test
    void aMigratedFileHasExactlyTheTablesOfANewOne() throws Exception {
        Path old = folder.resolve("old.triad");
        VersionOneFile.create(old, 3, 0);
        ProjectStore.open(old).close();
        Path fresh = folder.resolve("new.triad");
        ProjectStore.open(fresh).close();
        assertEquals(describe(fresh), describe(old));
    }

    /** Every table's columns (name, type, not null, default, key) and every index's columns. */
    static List<String> describe(Path file) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = c.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT type || ' ' || name FROM"
                    + " sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            for (String name : names) {
                String pragma = name.startsWith("table") ? "table_xinfo" : "index_xinfo";
                lines.add(name);
                try (ResultSet rows = statement.executeQuery("PRAGMA " + pragma + "('"
                        + name.substring(name.indexOf(' ') + 1) + "')")) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        StringBuilder line = new StringBuilder(" ");
                        for (int k = 1; k <= columns; k++) {
                            line.append(rows.getString(k)).append('|');
                        }
                        lines.add(line.toString());
                    }
                }
            }
        }
        return lines;
    }

    @Test
    void aVersionFourFileIsRefusedUntouched() throws Exception {
        Path file = folder.resolve("future.triad");
        ProjectStore.open(file).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = c.createStatement()) {
            statement.execute("PRAGMA user_version = 4");
        }
        byte[] before = Files.readAllBytes(file);
        StoreException e = assertThrows(StoreException.class, () -> ProjectStore.open(file));
        assertEquals(file + " has project schema version 4, newer than version 3 that this"
                + " Triad reads; open it with a newer Triad", e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void choicesJoinTheSetSkipsStayOutAndUndoKeepsAnAuditTrail() throws Exception {
        try (ProjectStore store = project()) {
            AnnotationLog log = store.annotations();
            long id = log.startSession(spec(List.of()), T0).id();
            log.record(id, choice(0, new Triplet(3, 1, 2), 1));
            log.record(id, skip(1, new Triplet(4, 5, 6)));
            log.record(id, choice(2, new Triplet(7, 8, 9), 9));

            assertEquals(2, store.judgementSet("manual").size());
            assertEquals(9, store.judgementSet("manual").odd(1));
            assertEquals("ann", store.judgements("manual").get(0).source());
            assertEquals(List.of(0, 1, 2), log.trials(id).stream()
                    .map(AnnotationTrial::trial).toList());
            assertTrue(log.trials(id).get(1).skipped());

            assertEquals(Optional.of(choice(2, new Triplet(7, 8, 9), 9)),
                    log.undoLast(id, T0.plusSeconds(60)));
            assertEquals(Optional.of(skip(1, new Triplet(4, 5, 6))),
                    log.undoLast(id, T0.plusSeconds(61)));
            log.record(id, choice(1, new Triplet(4, 5, 6), 4));

            AnnotationSessionInfo info = log.session(id);
            assertEquals(List.of(2, 0, 2), List.of(info.judged(), info.skipped(),
                    log.undoCount(id)));
            assertEquals(List.of(1, 4), log.trials(id).stream()
                    .map(AnnotationTrial::odd).toList());
            assertEquals(1, query(store.file(), "SELECT count(*) FROM annotation_undos"
                    + " WHERE odd IS NULL AND trial = 1 AND undone = '" + T0.plusSeconds(61)
                    + "'"));
        }
    }

    @Test
    void aTrialOutOfTurnOrWithAnUnknownItemIsRefused() throws Exception {
        try (ProjectStore store = project()) {
            AnnotationLog log = store.annotations();
            long id = log.startSession(spec(List.of()), T0).id();
            log.record(id, choice(0, new Triplet(0, 1, 2), 0));
            StoreException twice = assertThrows(StoreException.class,
                    () -> log.record(id, choice(0, new Triplet(0, 1, 2), 0)));
            assertTrue(twice.getMessage().endsWith("is out of turn: the session has 1 trials,"
                    + " so the next is trial 1"), twice.getMessage());
            assertThrows(StoreException.class,
                    () -> log.record(id, choice(1, new Triplet(0, 1, 12), 0)));
            assertThrows(StoreException.class, () -> log.trials(id + 1));
            assertEquals(1, log.trials(id).size());
        }
    }

    @Test
    void sessionsEndReopenAndGoWithTheirSet() throws Exception {
        try (ProjectStore store = project()) {
            AnnotationLog log = store.annotations();
            AnnotationSessionInfo started = log.startSession(spec(List.of("b")), T0);
            assertNull(started.ended());
            assertEquals(List.of("b"), started.spec().categories());
            log.endSession(started.id(), T0.plusSeconds(5));
            assertEquals(T0.plusSeconds(5), log.session(started.id()).ended());
            assertNull(log.reopenSession(started.id()).ended());
            log.record(started.id(), choice(0, new Triplet(5, 6, 7), 6));

            StoreException e = assertThrows(StoreException.class,
                    () -> log.startSession(spec(List.of("zzz")), T0));
            assertTrue(e.getMessage().endsWith("has no item category 'zzz'"), e.getMessage());

            assertTrue(store.deleteJudgementSet("manual"));
            assertEquals(List.of(), log.sessions());
            assertEquals(0, query(store.file(), "SELECT count(*) FROM annotation_skips"));
        }
    }

    private ProjectStore project() throws StoreException {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            items.add(new Item("i" + i, "word " + i, "", "", List.of(i < 5 ? "a" : "b")));
        }
        ProjectStore store = ProjectStore.open(folder.resolve("p.triad"));
        store.setItems(new ItemSet(items));
        return store;
    }

    private static AnnotationSessionSpec spec(List<String> categories) {
        return new AnnotationSessionSpec("manual", "ann", "uniform", "{\"seed\":1}", 30,
                categories);
    }

    private static AnnotationTrial choice(int trial, Triplet shown, int odd) {
        return new AnnotationTrial(trial, shown, odd, T0.plusSeconds(trial), 800 + trial);
    }

    private static AnnotationTrial skip(int trial, Triplet shown) {
        return new AnnotationTrial(trial, shown, AnnotationTrial.SKIPPED, T0.plusSeconds(trial),
                900);
    }

    private static int query(Path file, String sql) throws SQLException {
        return Integer.parseInt(text(file, sql));
    }

    private static String text(Path file, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = c.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
