package org.triad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triad.model.Item;
import org.triad.model.ItemSet;
import org.triad.model.Judgement;
import org.triad.model.Triplet;

/** Schema version 3: the migration from version 2 and the {@code model_replies} table. */
class ModelReplyLogTest {
    private static final Instant T0 = Instant.parse("2025-04-01T10:00:00Z");

    @TempDir
    Path folder;

    /** A version-2 file: a fresh project without model_replies, stamped 2, with judgements. */
    private Path versionTwoFile(String name) throws Exception {
        Path file = folder.resolve(name);
        try (ProjectStore store = ProjectStore.open(file)) {
            store.setItems(items(10));
            store.addJudgements("people", "", List.of(
                    new Judgement(new Triplet(0, 1, 2), 2, "p", -1, null, -1)));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = c.createStatement()) {
            statement.execute("DROP TABLE model_replies");
            statement.execute("UPDATE meta SET value = '2' WHERE key = 'schema'");
            statement.execute("PRAGMA user_version = 2");
        }
        return file;
    }

    @Test
    void aVersionTwoFileIsBackedUpThenMigratedToTheTablesOfANewOne() throws Exception {
        Path file = versionTwoFile("old.triad");
        try (ProjectStore store = ProjectStore.open(file)) {
            assertEquals(1, store.judgementSet("people").size());
            assertEquals(List.of(), store.modelReplies().replies("people", null));
        }
        Path backup = folder.resolve("old.triad.v2.bak");
        assertEquals(2, query(backup, "PRAGMA user_version"));
        assertEquals(0, query(backup, "SELECT count(*) FROM sqlite_master"
                + " WHERE name = 'model_replies'"));
        assertEquals(3, query(file, "PRAGMA user_version"));
        assertEquals(3, query(file, "SELECT CAST(value AS INTEGER) FROM meta"
                + " WHERE key = 'schema'"));
        Path fresh = folder.resolve("new.triad");
        ProjectStore.open(fresh).close();
        assertEquals(AnnotationLogTest.describe(fresh), AnnotationLogTest.describe(file));
    }

    @Test
    void aParsedReplyIsAlsoAJudgementAndTheRestAreNot() throws Exception {
        try (ProjectStore store = ProjectStore.open(folder.resolve("p.triad"))) {
            store.setItems(items(10));
            ModelReplyLog log = store.modelReplies();
            ModelReply parsed = reply("0-1-2#0/r1", new Triplet(1, 2, 0), "parsed", 2);
            ModelReply odd = reply("3-4-5#0/r0", new Triplet(3, 4, 5), "unparseable", -1);
            log.record("gpt", parsed);
            log.record("gpt", odd);
            assertEquals(List.of(parsed, odd), log.replies("gpt", "m"));
            assertEquals(List.of(), log.replies("gpt", "other"));
            assertEquals(1, store.judgementSet("gpt").size());
            assertEquals("m", store.judgements("gpt").get(0).source());
            assertEquals(2, store.judgements("gpt").get(0).odd());
            assertThrows(StoreException.class, () -> log.record("gpt", parsed));
            assertThrows(StoreException.class, () -> log.record("gpt",
                    reply("7-8-99#0/r0", new Triplet(7, 8, 99), "parsed", 99)));
            assertEquals(2, log.replies("gpt", null).size());
            assertEquals(1, store.judgementSet("gpt").size());
            store.deleteJudgementSet("gpt");
            assertEquals(List.of(), log.replies("gpt", null));
        }
    }

    private static ModelReply reply(String key, Triplet shown, String status, int odd) {
        return new ModelReply(key, shown, 1, "m", "http://localhost:1/v1", "abc", 0.5, status,
                odd, "The answer is B", "letter B", 1, 30, 2, 12, T0);
    }

    private static ItemSet items(int n) {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            items.add(new Item("i" + i, "word " + i, "", "", List.of()));
        }
        return new ItemSet(items);
    }

    private static int query(Path file, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = c.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getInt(1) : -1;
        }
    }
}
