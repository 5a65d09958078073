package org.triad.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.triad.model.CancellationToken;
import org.triad.model.Judgement;
import org.triad.model.ProgressListener;
import org.triad.model.Triplet;

/** The {@code judgement_sets} and {@code judgements} tables. */
final class JudgementTable {
    private static final int BATCH = 10_000;
    private static final int PROGRESS_EVERY = 100_000;

    private JudgementTable() {
    }

    /** The id of a set, or -1 when there is none of that name. */
    static long setId(Connection connection, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT id FROM judgement_sets WHERE name = ?")) {
            query.setString(1, name);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getLong(1) : -1;
            }
        }
    }

    /**
     * The id of a set, created with the description when there is none of that name.
     *
     * @throws StoreException when there is no such set and the name is null, empty or only
     *     white space: such a set could not be told apart or picked in a list
     */
    static long setIdOrCreate(Connection connection, String name, String description)
            throws SQLException, StoreException {
        long id = name == null ? -1 : setId(connection, name);
        if (id >= 0) {
            return id;
        }
        if (name == null || name.isBlank()) {
            throw new StoreException("a judgement set needs a name that is not blank, not '"
                    + (name == null ? "" : name) + "'");
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO judgement_sets"
                + " (name, description, created) VALUES (?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, name);
            insert.setString(2, description == null ? "" : description);
            insert.setString(3, Instant.now().toString());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Appends judgements to a set in batches of one prepared statement. */
    static void insert(Connection connection, long setId, List<Judgement> judgements)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO judgements"
                + " (set_id, item_a, item_b, item_c, odd, source, participant, time, response_ms)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int pending = 0;
            for (Judgement judgement : judgements) {
                bind(insert, setId, judgement);
                insert.addBatch();
                if (++pending == BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            insert.executeBatch();
        }
    }

    /**
     * Streams a triplet file into a set inside the caller's transaction (see
     * {@link TripletFileReader#stream}); the caller rolls back on any exception.
     *
     * @return the number of judgements appended
     */
    static long importFile(Connection connection, long setId, Path file, int itemCount,
            String source, ProgressListener listener, CancellationToken cancel)
            throws SQLException, ImportException {
        long size = fileSize(file);
        report(file, listener, cancel, 0, size);
        try (Appender appender = new Appender(connection, setId, source)) {
            long[] lines = {0};
            long count = TripletFileReader.stream(file, itemCount,
                    (a, b, odd, participant, position) -> {
                        appender.add(a, b, odd, participant);
                        if (++lines[0] % PROGRESS_EVERY == 0) {
                            report(file, listener, cancel, position, size);
                        }
                    });
            appender.flush();
            report(file, listener, cancel, size, size);
            return count;
        }
    }

    private static void report(Path file, ProgressListener listener, CancellationToken cancel,
            long position, long size) {
        if (cancel.isCancelled()) {
            throw new CancellationException("import of " + file + " cancelled; nothing stored");
        }
        listener.progress(Math.min(position, size), size, "Reading " + file.getFileName());
    }

    private static long fileSize(Path file) throws ImportException {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw TextFiles.unreadable(file, e);
        }
    }

    /**
     * Appends judgements to a set one at a time, as a file is read, with no object per
     * judgement; the caller owns the transaction. Kept, kept, odd go to item_a, item_b,
     * item_c (the SPoSE file order), time and response time stay NULL.
     */
    static final class Appender implements AutoCloseable {
        private final PreparedStatement insert;
        private final long setId;
        private final String source;
        private int pending;

        Appender(Connection connection, long setId, String source) throws SQLException {
            insert = connection.prepareStatement("INSERT INTO judgements"
                    + " (set_id, item_a, item_b, item_c, odd, source, participant)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?)");
            this.setId = setId;
            this.source = source == null ? "" : source;
        }

        /** Adds one judgement; participant -1 is stored as NULL. */
        void add(int keptA, int keptB, int odd, int participant) throws SQLException {
            // Every parameter is bound for every row: the driver clears them after a batch.
            insert.setLong(1, setId);
            insert.setString(6, source);
            insert.setInt(2, keptA);
            insert.setInt(3, keptB);
            insert.setInt(4, odd);
            insert.setInt(5, odd);
            if (participant >= 0) {
                insert.setInt(7, participant);
            } else {
                insert.setNull(7, Types.INTEGER);
            }
            insert.addBatch();
            if (++pending == BATCH) {
                insert.executeBatch();
                pending = 0;
            }
        }

        /** Writes what is batched; the transaction still decides whether it stays. */
        void flush() throws SQLException {
            insert.executeBatch();
            pending = 0;
        }

        @Override
        public void close() throws SQLException {
            insert.close();
        }
    }

    private static void bind(PreparedStatement insert, long setId, Judgement judgement)
            throws SQLException {
        Triplet triplet = judgement.triplet();
        insert.setLong(1, setId);
        insert.setInt(2, triplet.a());
        insert.setInt(3, triplet.b());
        insert.setInt(4, triplet.c());
        insert.setInt(5, judgement.odd());
        insert.setString(6, judgement.source());
        if (judgement.participant() >= 0) {
            insert.setInt(7, judgement.participant());
        } else {
            insert.setNull(7, Types.INTEGER);
        }
        insert.setString(8, judgement.time() == null ? null : judgement.time().toString());
        if (judgement.responseMillis() >= 0) {
            insert.setLong(9, judgement.responseMillis());
        } else {
            insert.setNull(9, Types.INTEGER);
        }
    }

    /** Kept, kept, odd of every judgement of a set, in insertion order. */
    static int[] packed(Connection connection, long setId) throws SQLException {
        int[] packed = new int[3 * 1024];
        int size = 0;
        try (PreparedStatement query = connection.prepareStatement("SELECT item_a, item_b,"
                + " item_c, odd FROM judgements WHERE set_id = ? ORDER BY id")) {
            query.setLong(1, setId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    if (size + 3 > packed.length) {
                        packed = Arrays.copyOf(packed, 2 * packed.length);
                    }
                    int a = rows.getInt(1);
                    int b = rows.getInt(2);
                    int c = rows.getInt(3);
                    int odd = rows.getInt(4);
                    packed[size++] = a == odd ? b : a;
                    packed[size++] = c == odd ? b : c;
                    packed[size++] = odd;
                }
            }
        }
        return Arrays.copyOf(packed, size);
    }

    /** Every judgement of a set with all its fields, in insertion order. */
    static List<Judgement> read(Connection connection, long setId) throws SQLException {
        List<Judgement> judgements = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT item_a, item_b,"
                + " item_c, odd, source, participant, time, response_ms FROM judgements"
                + " WHERE set_id = ? ORDER BY id")) {
            query.setLong(1, setId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    judgements.add(judgement(rows));
                }
            }
        }
        return judgements;
    }

    /** A judgement from one row; NULL participant and response time read as -1. */
    private static Judgement judgement(ResultSet rows) throws SQLException {
        Triplet triplet = new Triplet(rows.getInt(1), rows.getInt(2), rows.getInt(3));
        int odd = rows.getInt(4);
        String source = rows.getString(5);
        int participant = rows.getInt(6);
        participant = rows.wasNull() ? -1 : participant;
        String time = rows.getString(7);
        long millis = rows.getLong(8);
        millis = rows.wasNull() ? -1 : millis;
        return new Judgement(triplet, odd, source, participant,
                time == null ? null : Instant.parse(time), millis);
    }

    /** Name, description and size of every set, oldest first. */
    static List<JudgementSetInfo> sets(Connection connection) throws SQLException {
        List<JudgementSetInfo> sets = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT s.name, s.description,"
                        + " (SELECT count(*) FROM judgements j WHERE j.set_id = s.id)"
                        + " FROM judgement_sets s ORDER BY s.id")) {
            while (rows.next()) {
                sets.add(new JudgementSetInfo(rows.getString(1), rows.getString(2),
                        rows.getLong(3)));
            }
        }
        return sets;
    }
}
