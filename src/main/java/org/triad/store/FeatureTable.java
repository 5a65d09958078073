package org.triad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.triad.model.FeatureMatrix;

/** The {@code feature_sets} table. */
final class FeatureTable {
    private FeatureTable() {
    }

    /** Stores a feature matrix; returns its id. */
    static long insert(Connection connection, String name, FeatureMatrix matrix,
            String sourceFile) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO feature_sets"
                + " (name, n_items, n_dims, data, source_file, created)"
                + " VALUES (?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, name);
            insert.setInt(2, matrix.rows());
            insert.setInt(3, matrix.dims());
            insert.setBytes(4, FloatBlobs.toBytes(matrix.toArray()));
            insert.setString(5, sourceFile == null ? "" : sourceFile);
            insert.setString(6, Instant.now().toString());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** All feature sets without their values, oldest first. */
    static List<FeatureSetInfo> list(Connection connection) throws SQLException {
        List<FeatureSetInfo> infos = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT id, name, n_items, n_dims,"
                        + " source_file, created FROM feature_sets ORDER BY id")) {
            while (rows.next()) {
                infos.add(new FeatureSetInfo(rows.getLong(1), rows.getString(2), rows.getInt(3),
                        rows.getInt(4), rows.getString(5), Instant.parse(rows.getString(6))));
            }
        }
        return infos;
    }

    /** The values of a feature set, or null when there is none of that name. */
    static FeatureMatrix read(Connection connection, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT n_items, n_dims, data FROM feature_sets WHERE name = ?")) {
            query.setString(1, name);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    return null;
                }
                return new FeatureMatrix(rows.getInt(1), rows.getInt(2),
                        FloatBlobs.toFloats(rows.getBytes(3)));
            }
        }
    }
}
