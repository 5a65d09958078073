package org.triad.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Builds a genuine version-1 project file from the frozen tables of that release
 * ({@code store/schema_v1.sql}), for migration tests.
 */
final class VersionOneFile {
    private VersionOneFile() {
    }

    /** A version-1 file with items "i0".."i(n−1)" and, when {@code judgements} > 0, a set. */
    static void create(Path file, int items, int judgements) throws IOException, SQLException {
        String sql;
        try (InputStream in = VersionOneFile.class.getResourceAsStream("/store/schema_v1.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = c.createStatement()) {
            statement.execute("PRAGMA journal_mode = WAL");
            for (String command : sql.replaceAll("(?m)^--.*$", "").split(";")) {
                if (!command.isBlank()) {
                    statement.execute(command);
                }
            }
            c.setAutoCommit(false);
            insertItems(c, items);
            if (judgements > 0) {
                statement.execute("INSERT INTO judgement_sets (id, name, created)"
                        + " VALUES (1, 'old', '2025-01-01T00:00:00Z')");
                for (int t = 0; t < judgements; t++) {
                    statement.execute("INSERT INTO judgements (set_id, item_a, item_b, item_c,"
                            + " odd, source) VALUES (1, " + t % items + ", " + (t + 1) % items
                            + ", " + (t + 2) % items + ", " + (t + 2) % items + ", 'file')");
                }
            }
            c.commit();
        }
    }

    private static void insertItems(Connection c, int items) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO items (idx, item_id, label) VALUES (?, ?, ?)")) {
            for (int i = 0; i < items; i++) {
                insert.setInt(1, i);
                insert.setString(2, "i" + i);
                insert.setString(3, "word " + i);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
