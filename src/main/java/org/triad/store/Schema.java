package org.triad.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tables of a project file (schema version {@value ProjectStore#SCHEMA_VERSION}) and the
 * checks made when a file is opened. docs/FORMATS.md describes every column; keep it in step.
 */
final class Schema {
    /** Value of the {@code app} key in {@code meta}; marks a file as a Triad project. */
    static final String APP = "triad";

    private static final Logger LOG = LoggerFactory.getLogger(Schema.class);

    private static final List<String> TABLES = List.of(
            "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
            "CREATE TABLE items (idx INTEGER PRIMARY KEY CHECK (idx >= 0),"
                    + " item_id TEXT NOT NULL UNIQUE, label TEXT NOT NULL,"
                    + " definition TEXT NOT NULL DEFAULT '', image TEXT NOT NULL DEFAULT '')",
            "CREATE TABLE categories (idx INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)",
            "CREATE TABLE item_categories ("
                    + " item_idx INTEGER NOT NULL REFERENCES items(idx),"
                    + " category_idx INTEGER NOT NULL REFERENCES categories(idx),"
                    + " PRIMARY KEY (item_idx, category_idx)) WITHOUT ROWID",
            "CREATE TABLE judgement_sets (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE,"
                    + " description TEXT NOT NULL DEFAULT '', created TEXT NOT NULL)",
            "CREATE TABLE judgements (id INTEGER PRIMARY KEY,"
                    + " set_id INTEGER NOT NULL REFERENCES judgement_sets(id) ON DELETE CASCADE,"
                    + " item_a INTEGER NOT NULL REFERENCES items(idx),"
                    + " item_b INTEGER NOT NULL REFERENCES items(idx),"
                    + " item_c INTEGER NOT NULL REFERENCES items(idx),"
                    + " odd INTEGER NOT NULL, source TEXT NOT NULL DEFAULT '',"
                    + " participant INTEGER, time TEXT, response_ms INTEGER,"
                    + " session_id INTEGER REFERENCES annotation_sessions(id), trial INTEGER,"
                    + " CHECK (odd IN (item_a, item_b, item_c)),"
                    + " CHECK (item_a <> item_b AND item_a <> item_c AND item_b <> item_c))",
            "CREATE INDEX judgements_by_set ON judgements (set_id, id)",
            AnnotationTables.SESSIONS,
            AnnotationTables.JUDGEMENTS_BY_SESSION,
            AnnotationTables.SKIPS,
            AnnotationTables.UNDOS,
            "CREATE TABLE embeddings (id INTEGER PRIMARY KEY, name TEXT NOT NULL,"
                    + " kind TEXT NOT NULL CHECK (kind IN ('trained', 'reference', 'vectors')),"
                    + " n_items INTEGER NOT NULL, n_dims INTEGER NOT NULL,"
                    + " weights BLOB NOT NULL, manifest TEXT NOT NULL DEFAULT '{}',"
                    + " created TEXT NOT NULL,"
                    + " CHECK (length(weights) = 4 * n_items * n_dims))",
            "CREATE TABLE dimension_labels ("
                    + " embedding_id INTEGER NOT NULL REFERENCES embeddings(id) ON DELETE CASCADE,"
                    + " dim INTEGER NOT NULL, label TEXT NOT NULL,"
                    + " PRIMARY KEY (embedding_id, dim))",
            "CREATE TABLE training_history ("
                    + " embedding_id INTEGER NOT NULL REFERENCES embeddings(id) ON DELETE CASCADE,"
                    + " epoch INTEGER NOT NULL, train_loss REAL, train_accuracy REAL,"
                    + " validation_loss REAL, validation_accuracy REAL, active_dims INTEGER,"
                    + " seconds REAL, PRIMARY KEY (embedding_id, epoch))",
            "CREATE TABLE feature_sets (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE,"
                    + " n_items INTEGER NOT NULL, n_dims INTEGER NOT NULL, data BLOB NOT NULL,"
                    + " source_file TEXT NOT NULL DEFAULT '', created TEXT NOT NULL,"
                    + " CHECK (length(data) = 4 * n_items * n_dims))",
            ModelReplyTable.TABLE);

    /**
     * The steps that bring an older file up to {@link ProjectStore#SCHEMA_VERSION}, in order of
     * {@link Migration#from()}. Version 1 is the first released schema; a change to the tables
     * adds a step here, raises the version, and changes {@link #TABLES} to match what the steps
     * produce (a test compares the two).
     */
    static final List<Migration> MIGRATIONS = List.of(
            new Migration(1, "annotation sessions, skips and undos; session and trial of a"
                    + " judgement", AnnotationTables::migrateFromVersion1),
            new Migration(2, "model_replies: every reply of a language model",
                    ModelReplyTable::migrateFromVersion2));

    private Schema() {
    }

    /**
     * One step of the schema from version {@code from} to {@code from + 1}; it runs in one
     * transaction with the version stamp, so it either happens completely or not at all.
     */
    record Migration(int from, String description, Step step) {
        /** The SQL of a step. */
        @FunctionalInterface
        interface Step {
            void apply(Connection connection) throws SQLException;
        }
    }

    /**
     * Prepares a freshly opened connection: creates the tables in an empty file, or checks that
     * an existing file is a Triad project of a version this build reads. Nothing is written to
     * a file that is refused.
     */
    /** "; only 96 KiB are free on its disk" when that is likely the cause, else "". */
    private static String lowSpace(Path file) {
        try {
            long free = java.nio.file.Files.getFileStore(file.getParent()).getUsableSpace();
            return free < (1 << 20) ? "; only " + (free >> 10) + " KiB are free on its disk"
                    : "";
        } catch (java.io.IOException | RuntimeException e) {
            return "";
        }
    }

    /** Closes the connection to a file that was refused; a failure is only logged. */
    static void closeRefused(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.warn("Closing a refused project file failed: {}", e.getMessage());
        }
    }

    static void prepare(Connection connection, Path file) throws StoreException {
        prepare(connection, file, MIGRATIONS);
    }

    /**
     * As {@link #prepare(Connection, Path)}, with the migration steps given (tests inject steps
     * for versions that never shipped). An older file is copied to a backup
     * ({@link Migrations#backupOf}) before its first step runs.
     */
    static void prepare(Connection connection, Path file, List<Migration> migrations)
            throws StoreException {
        try (Statement statement = connection.createStatement()) {
            pragma(connection, "foreign_keys = ON");
            pragma(connection, "busy_timeout = 5000");
            // With a WAL, NORMAL keeps every commit through a killed process (the WAL write
            // reaches the OS before the commit returns) and never corrupts the file; only a
            // power cut may lose the last commits. FULL adds an fsync per commit, which doubled
            // the key-to-next-triplet time of annotation here (docs/FORMATS.md, Transactions).
            pragma(connection, "synchronous = NORMAL");
            int version = intPragma(statement, "user_version");
            int tables = count(statement, "SELECT count(*) FROM sqlite_master");
            if (tables == 0 && version == 0) {
                pragma(connection, "journal_mode = WAL");
                create(connection);
                return;
            }
            checkExisting(statement, file, version, migrations);
            if (version < ProjectStore.SCHEMA_VERSION) {
                Migrations.run(connection, file, version, migrations);
            }
            pragma(connection, "journal_mode = WAL");
        } catch (SQLException e) {
            if (String.valueOf(e.getMessage()).contains("NOTADB")
                    || String.valueOf(e.getMessage()).contains("not a database")) {
                throw new StoreException(file + " is not a Triad project: it is not an SQLite"
                        + " database", e);
            }
            throw new StoreException(file + " cannot be opened: " + e.getMessage()
                    + lowSpace(file), e);
        }
    }

    private static void checkExisting(Statement statement, Path file, int version,
            List<Migration> migrations) throws StoreException {
        if (!isTriad(statement)) {
            throw new StoreException(file + " is an SQLite database but not a Triad project"
                    + " (it has no meta table with app = '" + APP + "')");
        }
        if (version > ProjectStore.SCHEMA_VERSION) {
            throw new StoreException(file + " has project schema version " + version
                    + ", newer than version " + ProjectStore.SCHEMA_VERSION
                    + " that this Triad reads; open it with a newer Triad");
        }
        if (version < ProjectStore.SCHEMA_VERSION && !Migrations.hasPath(version, migrations)) {
            throw new StoreException(file + " has project schema version " + version
                    + "; this Triad reads version " + ProjectStore.SCHEMA_VERSION
                    + " and knows no migration from version " + version);
        }
    }

    private static boolean isTriad(Statement statement) {
        try (ResultSet rows = statement.executeQuery("SELECT value FROM meta WHERE key = 'app'")) {
            return rows.next() && APP.equals(rows.getString(1));
        } catch (SQLException e) {
            return false;
        }
    }

    private static void create(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                statement.execute(table);
            }
            statement.execute("INSERT INTO meta (key, value) VALUES ('app', '" + APP + "'),"
                    + " ('schema', '" + ProjectStore.SCHEMA_VERSION + "'),"
                    + " ('created', '" + Instant.now() + "')");
            statement.execute("PRAGMA user_version = " + ProjectStore.SCHEMA_VERSION);
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /**
     * Switches a connection into or out of bulk loading, outside a transaction: a 64 MB page
     * cache, and foreign keys unchecked. Only for imports whose item indices the reader has
     * already checked against the item count (items are always rows 0..n-1), where the three
     * lookups per judgement would add a third to the time of a 4.7-million-line import.
     */
    static void bulkLoad(Connection connection, Path file, boolean on) throws StoreException {
        try {
            pragma(connection, "foreign_keys = " + (on ? "OFF" : "ON"));
            pragma(connection, "cache_size = " + (on ? -65_536 : -2_000));
        } catch (SQLException e) {
            throw new StoreException(file + ": could not switch bulk loading "
                    + (on ? "on" : "off") + ": " + e.getMessage(), e);
        }
    }

    /** Runs a pragma on its own statement so that the row some pragmas return is closed. */
    static void pragma(Connection connection, String pragma) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA " + pragma);
        }
    }

    private static int intPragma(Statement statement, String name) throws SQLException {
        return count(statement, "PRAGMA " + name);
    }

    static int count(Statement statement, String query) throws SQLException {
        try (ResultSet rows = statement.executeQuery(query)) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }
}
