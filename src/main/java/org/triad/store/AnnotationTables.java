package org.triad.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.triad.model.Triplet;

/**
 * The tables of manual annotation (schema version 2): {@code annotation_sessions}, the session
 * and trial columns of {@code judgements}, {@code annotation_skips} and the audit trail
 * {@code annotation_undos}. A skipped triplet never enters {@code judgements}, so every reader
 * of judgements (packing, training, Python scripts written for version 1) sees only choices.
 */
final class AnnotationTables {
    static final String SESSIONS = "CREATE TABLE annotation_sessions (id INTEGER PRIMARY KEY,"
            + " set_id INTEGER NOT NULL REFERENCES judgement_sets(id) ON DELETE CASCADE,"
            + " annotator TEXT NOT NULL, sampler TEXT NOT NULL,"
            + " sampler_settings TEXT NOT NULL DEFAULT '{}',"
            + " target INTEGER NOT NULL CHECK (target > 0),"
            + " categories TEXT NOT NULL DEFAULT '[]', started TEXT NOT NULL, ended TEXT)";
    static final String JUDGEMENTS_BY_SESSION = "CREATE UNIQUE INDEX judgements_by_session"
            + " ON judgements (session_id, trial) WHERE session_id IS NOT NULL";
    static final String SKIPS = "CREATE TABLE annotation_skips (id INTEGER PRIMARY KEY,"
            + " session_id INTEGER NOT NULL REFERENCES annotation_sessions(id) ON DELETE CASCADE,"
            + " trial INTEGER NOT NULL, item_a INTEGER NOT NULL REFERENCES items(idx),"
            + " item_b INTEGER NOT NULL REFERENCES items(idx),"
            + " item_c INTEGER NOT NULL REFERENCES items(idx),"
            + " time TEXT NOT NULL, response_ms INTEGER, UNIQUE (session_id, trial))";
    static final String UNDOS = "CREATE TABLE annotation_undos (id INTEGER PRIMARY KEY,"
            + " session_id INTEGER NOT NULL REFERENCES annotation_sessions(id) ON DELETE CASCADE,"
            + " trial INTEGER NOT NULL, item_a INTEGER NOT NULL, item_b INTEGER NOT NULL,"
            + " item_c INTEGER NOT NULL, odd INTEGER, time TEXT NOT NULL, response_ms INTEGER,"
            + " undone TEXT NOT NULL)";

    private static final String TRIALS = "SELECT trial, item_a, item_b, item_c, odd, time,"
            + " response_ms FROM judgements WHERE session_id = ?1"
            + " UNION ALL SELECT trial, item_a, item_b, item_c, NULL, time, response_ms"
            + " FROM annotation_skips WHERE session_id = ?1 ORDER BY trial";
    private static final String SESSION_COLUMNS = "SELECT s.id, j.name, s.annotator,"
            + " s.sampler, s.sampler_settings, s.target, s.categories, s.started, s.ended,"
            + " (SELECT count(*) FROM judgements WHERE session_id = s.id),"
            + " (SELECT count(*) FROM annotation_skips WHERE session_id = s.id)"
            + " FROM annotation_sessions s JOIN judgement_sets j ON j.id = s.set_id";

    private static final ObjectMapper JSON = new ObjectMapper();

    private AnnotationTables() {
    }

    /**
     * Version 1 → 2. Adding columns and tables rewrites no row, so the step takes milliseconds
     * even on a project with millions of imported judgements.
     */
    static void migrateFromVersion1(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(SESSIONS);
            statement.execute("ALTER TABLE judgements ADD COLUMN"
                    + " session_id INTEGER REFERENCES annotation_sessions(id)");
            statement.execute("ALTER TABLE judgements ADD COLUMN trial INTEGER");
            statement.execute(JUDGEMENTS_BY_SESSION);
            statement.execute(SKIPS);
            statement.execute(UNDOS);
        }
    }

    /** Inserts a session row; returns its id. */
    static long insertSession(Connection c, long setId, AnnotationSessionSpec spec,
            Instant started) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO annotation_sessions"
                + " (set_id, annotator, sampler, sampler_settings, target, categories, started)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, setId);
            insert.setString(2, spec.annotator());
            insert.setString(3, spec.sampler());
            insert.setString(4, spec.samplerSettings());
            insert.setInt(5, spec.target());
            insert.setString(6, categoriesJson(spec.categories()));
            insert.setString(7, started.toString());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Sets or clears the end time of a session; returns whether the session exists. */
    static boolean setEnded(Connection c, long sessionId, Instant endedOrNull)
            throws SQLException {
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE annotation_sessions SET ended = ? WHERE id = ?")) {
            update.setString(1, endedOrNull == null ? null : endedOrNull.toString());
            update.setLong(2, sessionId);
            return update.executeUpdate() == 1;
        }
    }

    /** The sessions, oldest first, with their counts: all of them, or the one of an id. */
    static List<AnnotationSessionInfo> sessions(Connection c, long idOrAll)
            throws SQLException {
        List<AnnotationSessionInfo> sessions = new ArrayList<>();
        try (PreparedStatement query = c.prepareStatement(SESSION_COLUMNS
                + " WHERE ?1 < 0 OR s.id = ?1 ORDER BY s.id")) {
            query.setLong(1, idOrAll);
            try (ResultSet r = query.executeQuery()) {
                while (r.next()) {
                    String ended = r.getString(9);
                    sessions.add(new AnnotationSessionInfo(r.getLong(1),
                            new AnnotationSessionSpec(r.getString(2), r.getString(3),
                                    r.getString(4), r.getString(5), r.getInt(6),
                                    categories(r.getString(7))),
                            Instant.parse(r.getString(8)),
                            ended == null ? null : Instant.parse(ended), r.getInt(10),
                            r.getInt(11)));
                }
            }
        }
        return sessions;
    }

    /** The JSON array of category names of a session. */
    static String categoriesJson(List<String> categories) {
        try {
            return JSON.writeValueAsString(categories);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a list of strings is always JSON", e);
        }
    }

    private static List<String> categories(String json) throws SQLException {
        try {
            return List.of(JSON.readValue(json, String[].class));
        } catch (JsonProcessingException e) {
            throw new SQLException("annotation_sessions.categories is not a JSON array of"
                    + " names: " + json, e);
        }
    }

    /** The live trials of a session (choices and skips), in trial order. */
    static List<AnnotationTrial> trials(Connection c, long sessionId) throws SQLException {
        List<AnnotationTrial> trials = new ArrayList<>();
        try (PreparedStatement query = c.prepareStatement(TRIALS)) {
            query.setLong(1, sessionId);
            try (ResultSet r = query.executeQuery()) {
                while (r.next()) {
                    int odd = r.getInt(5);
                    odd = r.wasNull() ? AnnotationTrial.SKIPPED : odd;
                    long millis = r.getLong(7);
                    millis = r.wasNull() ? -1 : millis;
                    trials.add(new AnnotationTrial(r.getInt(1),
                            new Triplet(r.getInt(2), r.getInt(3), r.getInt(4)), odd,
                            Instant.parse(r.getString(6)), millis));
                }
            }
        }
        return trials;
    }

    /** Appends a choice to the session's set, or a skip to {@code annotation_skips}. */
    static void insertTrial(Connection c, long sessionId, long setId, String annotator,
            AnnotationTrial trial) throws SQLException {
        String sql = trial.skipped()
                ? "INSERT INTO annotation_skips (session_id, trial, item_a, item_b, item_c, time,"
                        + " response_ms) VALUES (?, ?, ?, ?, ?, ?, ?)"
                : "INSERT INTO judgements (session_id, trial, item_a, item_b, item_c, time,"
                        + " response_ms, set_id, source, odd)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement insert = c.prepareStatement(sql)) {
            bindTrial(insert, sessionId, trial);
            if (!trial.skipped()) {
                insert.setLong(8, setId);
                insert.setString(9, annotator);
                insert.setInt(10, trial.odd());
            }
            insert.executeUpdate();
        }
    }

    /** Binds session, trial, the three items, time and response time as parameters 1–7. */
    private static void bindTrial(PreparedStatement statement, long sessionId,
            AnnotationTrial trial) throws SQLException {
        statement.setLong(1, sessionId);
        statement.setInt(2, trial.trial());
        statement.setInt(3, trial.shown().a());
        statement.setInt(4, trial.shown().b());
        statement.setInt(5, trial.shown().c());
        statement.setString(6, trial.time().toString());
        if (trial.responseMillis() >= 0) {
            statement.setLong(7, trial.responseMillis());
        } else {
            statement.setNull(7, Types.INTEGER);
        }
    }

    /**
     * Moves a live trial into {@code annotation_undos} (the audit trail) and deletes it from
     * {@code judgements} or {@code annotation_skips}.
     */
    static void undo(Connection c, long sessionId, AnnotationTrial trial, Instant now)
            throws SQLException {
        try (PreparedStatement audit = c.prepareStatement("INSERT INTO annotation_undos"
                + " (session_id, trial, item_a, item_b, item_c, time, response_ms, odd, undone)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            bindTrial(audit, sessionId, trial);
            if (trial.skipped()) {
                audit.setNull(8, Types.INTEGER);
            } else {
                audit.setInt(8, trial.odd());
            }
            audit.setString(9, now.toString());
            audit.executeUpdate();
        }
        String table = trial.skipped() ? "annotation_skips" : "judgements";
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM " + table
                + " WHERE session_id = ? AND trial = ?")) {
            delete.setLong(1, sessionId);
            delete.setInt(2, trial.trial());
            delete.executeUpdate();
        }
    }

    /** Number of undone trials of a session (the audit trail's length). */
    static int undoCount(Connection c, long sessionId) throws SQLException {
        try (PreparedStatement query = c.prepareStatement(
                "SELECT count(*) FROM annotation_undos WHERE session_id = ?")) {
            query.setLong(1, sessionId);
            try (ResultSet r = query.executeQuery()) {
                return r.next() ? r.getInt(1) : 0;
            }
        }
    }
}
