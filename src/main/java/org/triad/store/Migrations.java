package org.triad.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.triad.store.Schema.Migration;

/**
 * Brings a project file of an older schema version up to the current one: first a backup
 * copy, then one transaction per version step, each stamping its new version. A step that
 * fails rolls back to the version before it and leaves the backup in place.
 */
final class Migrations {
    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);

    private Migrations() {
    }

    /** Whether the steps lead from {@code version} to the current version without a gap. */
    static boolean hasPath(int version, List<Migration> migrations) {
        for (int v = version; v < ProjectStore.SCHEMA_VERSION; v++) {
            if (step(v, migrations) == null) {
                return false;
            }
        }
        return version >= 0;
    }

    private static Migration step(int from, List<Migration> migrations) {
        return migrations.stream().filter(m -> m.from() == from).findFirst().orElse(null);
    }

    /**
     * The backup of a file at a version: {@code p.triad} at version 0 → {@code p.triad.v0.bak};
     * an existing backup is never overwritten ({@code p.triad.v0-2.bak} and so on).
     */
    static Path backupOf(Path file, int version) {
        String stem = file.getFileName() + ".v" + version;
        Path backup = file.resolveSibling(stem + ".bak");
        for (int n = 2; Files.exists(backup); n++) {
            backup = file.resolveSibling(stem + "-" + n + ".bak");
        }
        return backup;
    }

    /** Writes the backup, then runs every step from {@code version} on, each in a transaction. */
    static void run(Connection connection, Path file, int version, List<Migration> migrations)
            throws StoreException, SQLException {
        Path backup = backupOf(file, version);
        // VACUUM INTO copies the database as SQLite sees it, including a WAL left by a crash,
        // which a plain file copy would miss.
        try (PreparedStatement copy = connection.prepareStatement("VACUUM INTO ?")) {
            copy.setString(1, backup.toString());
            copy.execute();
        }
        LOG.info("Backed up {} (schema version {}) to {}", file, version, backup);
        for (int v = version; v < ProjectStore.SCHEMA_VERSION; v++) {
            Migration migration = step(v, migrations);
            try {
                apply(connection, migration);
            } catch (SQLException | RuntimeException e) {
                throw new StoreException(file + " could not be migrated from schema version " + v
                        + " to " + (v + 1) + " (" + migration.description() + "): "
                        + e.getMessage() + "; it is left at version " + v + ", and the file as"
                        + " it was before migrating is " + backup, e);
            }
            LOG.info("Migrated {} to schema version {}: {}", file, v + 1,
                    migration.description());
        }
    }

    private static void apply(Connection connection, Migration migration) throws SQLException {
        int to = migration.from() + 1;
        connection.setAutoCommit(false);
        try {
            migration.step().apply(connection);
            try (PreparedStatement stamp = connection.prepareStatement(
                    "INSERT OR REPLACE INTO meta (key, value) VALUES ('schema', ?)")) {
                stamp.setString(1, Integer.toString(to));
                stamp.executeUpdate();
            }
            Schema.pragma(connection, "user_version = " + to);
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }
}
