package org.triad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.triad.model.Triplet;

/** The SQL of {@code model_replies} (schema version 3; docs/FORMATS.md, "Model replies"). */
final class ModelReplyTable {
    static final String TABLE = "CREATE TABLE model_replies (id INTEGER PRIMARY KEY,"
            + " set_id INTEGER NOT NULL REFERENCES judgement_sets(id) ON DELETE CASCADE,"
            + " task_key TEXT NOT NULL,"
            + " item_a INTEGER NOT NULL REFERENCES items(idx),"
            + " item_b INTEGER NOT NULL REFERENCES items(idx),"
            + " item_c INTEGER NOT NULL REFERENCES items(idx),"
            + " rotation INTEGER NOT NULL, model TEXT NOT NULL, base_url TEXT NOT NULL,"
            + " template_hash TEXT NOT NULL, temperature REAL NOT NULL,"
            + " status TEXT NOT NULL CHECK (status IN ('parsed', 'unparseable', 'failed')),"
            + " odd INTEGER, reply TEXT NOT NULL, reason TEXT NOT NULL,"
            + " attempts INTEGER NOT NULL, prompt_tokens INTEGER NOT NULL,"
            + " completion_tokens INTEGER NOT NULL, latency_ms INTEGER, time TEXT NOT NULL,"
            + " UNIQUE (set_id, model, task_key),"
            + " CHECK ((status = 'parsed') = (odd IS NOT NULL)),"
            + " CHECK (odd IS NULL OR odd IN (item_a, item_b, item_c)))";

    private static final String COLUMNS = "task_key, item_a, item_b, item_c, rotation, model,"
            + " base_url, template_hash, temperature, status, odd, reply, reason, attempts,"
            + " prompt_tokens, completion_tokens, latency_ms, time";

    private ModelReplyTable() {
    }

    /** Schema step 2 → 3: adds the table. */
    static void migrateFromVersion2(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(TABLE);
        }
    }

    /** Inserts a reply; a parsed one also becomes a judgement of the set (source: model). */
    static void insert(Connection c, long setId, ModelReply reply) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO model_replies (set_id, "
                + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, setId);
            insert.setString(2, reply.taskKey());
            insert.setInt(3, reply.shown().a());
            insert.setInt(4, reply.shown().b());
            insert.setInt(5, reply.shown().c());
            insert.setInt(6, reply.rotation());
            insert.setString(7, reply.model());
            insert.setString(8, reply.baseUrl());
            insert.setString(9, reply.templateHash());
            insert.setDouble(10, reply.temperature());
            insert.setString(11, reply.status());
            insert.setObject(12, reply.odd() >= 0 ? reply.odd() : null);
            insert.setString(13, reply.reply());
            insert.setString(14, reply.reason());
            insert.setInt(15, reply.attempts());
            insert.setLong(16, reply.promptTokens());
            insert.setLong(17, reply.completionTokens());
            insert.setObject(18, reply.latencyMillis() >= 0 ? reply.latencyMillis() : null);
            insert.setString(19, reply.time().toString());
            insert.executeUpdate();
        }
        if (reply.odd() >= 0) {
            insertJudgement(c, setId, reply);
        }
    }

    /** Deletes the failed reply of the reply's model and task key; returns the rows deleted. */
    static int deleteFailed(Connection c, long setId, ModelReply reply) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM model_replies"
                + " WHERE set_id = ? AND model = ? AND task_key = ? AND status = 'failed'")) {
            delete.setLong(1, setId);
            delete.setString(2, reply.model());
            delete.setString(3, reply.taskKey());
            return delete.executeUpdate();
        }
    }

    private static void insertJudgement(Connection c, long setId, ModelReply reply)
            throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO judgements (set_id,"
                + " item_a, item_b, item_c, odd, source, time, response_ms)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, setId);
            insert.setInt(2, reply.shown().a());
            insert.setInt(3, reply.shown().b());
            insert.setInt(4, reply.shown().c());
            insert.setInt(5, reply.odd());
            insert.setString(6, reply.model());
            insert.setString(7, reply.time().toString());
            insert.setObject(8, reply.latencyMillis() >= 0 ? reply.latencyMillis() : null);
            insert.executeUpdate();
        }
    }

    /** The replies of a set from one model, in recording order; every model when null. */
    static List<ModelReply> read(Connection c, long setId, String model) throws SQLException {
        List<ModelReply> replies = new ArrayList<>();
        try (PreparedStatement query = c.prepareStatement("SELECT " + COLUMNS
                + " FROM model_replies WHERE set_id = ? AND (? IS NULL OR model = ?)"
                + " ORDER BY id")) {
            query.setLong(1, setId);
            query.setString(2, model);
            query.setString(3, model);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    replies.add(reply(rows));
                }
            }
        }
        return replies;
    }

    private static ModelReply reply(ResultSet rows) throws SQLException {
        int odd = rows.getInt(11);
        odd = rows.wasNull() ? -1 : odd;
        long latency = rows.getLong(17);
        latency = rows.wasNull() ? -1 : latency;
        return new ModelReply(rows.getString(1), new Triplet(rows.getInt(2), rows.getInt(3),
                rows.getInt(4)), rows.getInt(5), rows.getString(6), rows.getString(7),
                rows.getString(8), rows.getDouble(9), rows.getString(10), odd,
                rows.getString(12), rows.getString(13), rows.getInt(14), rows.getLong(15),
                rows.getLong(16), latency, Instant.parse(rows.getString(18)));
    }
}
