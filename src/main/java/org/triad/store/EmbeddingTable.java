package org.triad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.triad.model.Embedding;
import org.triad.model.EpochReport;

/** The {@code embeddings}, {@code dimension_labels} and {@code training_history} tables. */
final class EmbeddingTable {
    private static final String INFO_COLUMNS = "id, name, kind, n_items, n_dims, created";

    private EmbeddingTable() {
    }

    /** Stores the weights, labels and history; returns the new embedding's id. */
    static long insert(Connection connection, String name, String kind, Embedding embedding,
            String manifestJson, List<EpochReport> history) throws SQLException {
        long id;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO embeddings"
                + " (name, kind, n_items, n_dims, weights, manifest, created)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, name);
            insert.setString(2, kind);
            insert.setInt(3, embedding.itemCount());
            insert.setInt(4, embedding.dims());
            insert.setBytes(5, FloatBlobs.toBytes(embedding.toArray()));
            insert.setString(6, manifestJson);
            insert.setString(7, Instant.now().toString());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        replaceLabels(connection, id, embedding.labels());
        insertHistory(connection, id, history);
        return id;
    }

    /** Replaces all labels of an embedding; an empty list removes them. */
    static void replaceLabels(Connection connection, long id, List<String> labels)
            throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM dimension_labels WHERE embedding_id = ?")) {
            delete.setLong(1, id);
            delete.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO dimension_labels"
                + " (embedding_id, dim, label) VALUES (?, ?, ?)")) {
            for (int dim = 0; dim < labels.size(); dim++) {
                insert.setLong(1, id);
                insert.setInt(2, dim);
                insert.setString(3, labels.get(dim));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void insertHistory(Connection connection, long id, List<EpochReport> history)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO training_history"
                + " (embedding_id, epoch, train_loss, train_accuracy, validation_loss,"
                + " validation_accuracy, active_dims, seconds) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (EpochReport report : history) {
                insert.setLong(1, id);
                insert.setInt(2, report.epoch());
                setReal(insert, 3, report.trainLoss());
                setReal(insert, 4, report.trainAccuracy());
                setReal(insert, 5, report.validationLoss());
                setReal(insert, 6, report.validationAccuracy());
                insert.setInt(7, report.activeDims());
                setReal(insert, 8, report.seconds());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** NaN ("no validation set") is stored as NULL, which is what SQLite would make of it. */
    private static void setReal(PreparedStatement statement, int column, double value)
            throws SQLException {
        if (Double.isNaN(value)) {
            statement.setNull(column, Types.REAL);
        } else {
            statement.setDouble(column, value);
        }
    }

    private static double getReal(ResultSet rows, int column) throws SQLException {
        double value = rows.getDouble(column);
        return rows.wasNull() ? Double.NaN : value;
    }

    /** All embeddings without weights, oldest first. */
    static List<EmbeddingInfo> list(Connection connection) throws SQLException {
        List<EmbeddingInfo> infos = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT " + INFO_COLUMNS
                        + " FROM embeddings ORDER BY id")) {
            while (rows.next()) {
                infos.add(info(rows));
            }
        }
        return infos;
    }

    /** One embedding's description, or null when there is none with that id. */
    static EmbeddingInfo info(Connection connection, long id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT " + INFO_COLUMNS
                + " FROM embeddings WHERE id = ?")) {
            query.setLong(1, id);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? info(rows) : null;
            }
        }
    }

    private static EmbeddingInfo info(ResultSet rows) throws SQLException {
        return new EmbeddingInfo(rows.getLong(1), rows.getString(2), rows.getString(3),
                rows.getInt(4), rows.getInt(5), Instant.parse(rows.getString(6)));
    }

    /** The weights of an embedding, row-major. */
    static float[] weights(Connection connection, long id) throws SQLException {
        return FloatBlobs.toFloats(bytes(connection, "SELECT weights FROM embeddings WHERE id = ?",
                id));
    }

    /** The manifest JSON text of an embedding. */
    static String manifest(Connection connection, long id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT manifest FROM embeddings WHERE id = ?")) {
            query.setLong(1, id);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    private static byte[] bytes(Connection connection, String sql, long id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setLong(1, id);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getBytes(1) : new byte[0];
            }
        }
    }

    /** Labels in dimension order; empty when the embedding has none. */
    static List<String> labels(Connection connection, long id) throws SQLException {
        List<String> labels = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT label FROM"
                + " dimension_labels WHERE embedding_id = ? ORDER BY dim")) {
            query.setLong(1, id);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    labels.add(rows.getString(1));
                }
            }
        }
        return labels;
    }

    /** Training history in epoch order; empty for imported embeddings. */
    static List<EpochReport> history(Connection connection, long id) throws SQLException {
        List<EpochReport> history = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT epoch, train_loss,"
                + " train_accuracy, validation_loss, validation_accuracy, active_dims, seconds"
                + " FROM training_history WHERE embedding_id = ? ORDER BY epoch")) {
            query.setLong(1, id);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    history.add(new EpochReport(rows.getInt(1), getReal(rows, 2),
                            getReal(rows, 3), getReal(rows, 4), getReal(rows, 5),
                            rows.getInt(6), getReal(rows, 7)));
                }
            }
        }
        return history;
    }

    /** Deletes an embedding with its labels and history; returns whether it existed. */
    static boolean delete(Connection connection, long id) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM embeddings WHERE id = ?")) {
            delete.setLong(1, id);
            return delete.executeUpdate() > 0;
        }
    }
}
