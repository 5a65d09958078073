package org.triad.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.triad.model.CancellationToken;
import org.triad.model.Embedding;
import org.triad.model.EpochReport;
import org.triad.model.FeatureMatrix;
import org.triad.model.Item;
import org.triad.model.ItemSet;
import org.triad.model.Judgement;
import org.triad.model.JudgementSet;
import org.triad.model.ProgressListener;

/**
 * A project: one SQLite file of items, judgements, embeddings, features (docs/FORMATS.md).
 *
 * <p>Every write method runs in one transaction, so a failure leaves the file as it was, and
 * returns only after it is committed (a saved judgement survives a killed process). The file
 * uses a WAL journal and enforces foreign keys. Methods are synchronized: one store may be
 * shared by a UI thread and a background job. Item indices are 0-based rows of
 * {@link #items()}; every embedding and feature set has one row per item, in that order.
 */
public final class ProjectStore implements AutoCloseable {
    /** The schema version this build reads and writes ({@code PRAGMA user_version}). */
    public static final int SCHEMA_VERSION = 3;

    /** The kinds an embedding may have. */
    public static final Set<String> EMBEDDING_KINDS = Set.of("trained", "reference", "vectors");

    private static final Logger LOG = LoggerFactory.getLogger(ProjectStore.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final Connection connection;
    private final ProjectLock lock;
    private ItemSet items;
    private boolean closed;

    /** Work on the connection that may fail with SQL or with a store-level check. */
    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection connection) throws SQLException, StoreException;
    }

    /** Work on the connection that also reads an import file, which may be rejected. */
    @FunctionalInterface
    private interface ImportWork<T> {
        T run(Connection connection) throws SQLException, StoreException, ImportException;
    }

    private ProjectStore(Path file, Connection connection, ProjectLock lock) {
        this.file = file;
        this.connection = connection;
        this.lock = lock;
    }

    /**
     * Opens a project file, creating an empty project (and missing parent folders) when the
     * file does not exist or is empty. An older schema version is first copied to {@code
     * <file>.v<N>.bak}, then migrated. While open, the project is locked against other
     * processes through {@code <file>.lock} (docs/FORMATS.md); stores of one process share it.
     *
     * @throws StoreException when the file is not SQLite, not a Triad project, has a newer
     *     schema version than {@link #SCHEMA_VERSION} or an older one that cannot be migrated,
     *     or is open in another Triad ("… is in use by another Triad (pid N) …")
     */
    public static ProjectStore open(Path file) throws StoreException {
        return open(file, Schema.MIGRATIONS);
    }

    /** As {@link #open(Path)} with the migration steps given; tests inject old versions. */
    static ProjectStore open(Path file, List<Schema.Migration> migrations)
            throws StoreException {
        Path absolute = file.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            throw new StoreException(absolute + " is a folder, not a project file");
        }
        boolean isNew = !Files.exists(absolute);
        try {
            Files.createDirectories(absolute.getParent());
        } catch (IOException e) {
            throw new StoreException(absolute + " cannot be opened: " + IoReasons.describe(e), e);
        }
        ProjectLock lock = ProjectLock.acquire(absolute);
        Connection connection;
        try {
            connection = DriverManager.getConnection("jdbc:sqlite:" + absolute);
        } catch (SQLException e) {
            lock.releaseAfterFailedOpen(absolute, isNew);
            throw new StoreException(absolute + " cannot be opened: " + e.getMessage(), e);
        }
        try {
            Schema.prepare(connection, absolute, migrations);
        } catch (StoreException e) {
            Schema.closeRefused(connection);
            lock.releaseAfterFailedOpen(absolute, isNew);
            throw e;
        }
        ProjectStore store = new ProjectStore(absolute, connection, lock);
        LOG.info("Opened project {} ({} items)", absolute, store.items().size());
        return store;
    }

    /** The project file (absolute). */
    public Path file() {
        return file;
    }

    /** The item set (empty for a new project). */
    public synchronized ItemSet items() throws StoreException {
        if (items == null) {
            items = read("read the items", ItemTable::read);
        }
        return items;
    }

    /** Names of the item categories, in the order used for category orderings (alphabetical). */
    public synchronized List<String> categories() throws StoreException {
        return read("read the categories", ItemTable::categoryNames);
    }

    /**
     * Sets the item set of an empty project, in one transaction. Categories are numbered in
     * alphabetical order, so {@link #items()} returns each item's categories in that order.
     *
     * @throws StoreException when the project already has items (indices refer to them)
     */
    public synchronized void setItems(ItemSet newItems) throws StoreException {
        write("store the items", c -> {
            if (ItemTable.count(c) > 0) {
                throw new StoreException(file + " already has items; an item set cannot be"
                        + " replaced because judgements and embeddings refer to it");
            }
            ItemTable.insert(c, newItems);
            return null;
        });
        items = newItems;
        LOG.info("Stored {} items in {}", newItems.size(), file);
    }

    /**
     * Reads items (see {@link ItemFileReader}) and makes them the item set of this empty
     * project; nothing is stored when the file is rejected.
     */
    public ItemSet importItems(Path itemFile, Path categoriesOrNull)
            throws ImportException, StoreException {
        ItemSet read = ItemFileReader.read(itemFile, categoriesOrNull);
        setItems(read);
        return read;
    }

    /**
     * Adds judgements to a (new or existing) set, all or nothing. A new set gets the
     * description; an existing set keeps its own.
     *
     * @param judgements item indices must be rows of {@link #items()}; may be empty (creates the
     *     set)
     * @throws StoreException on an index outside the item set; nothing is stored then
     */
    public synchronized void addJudgements(String setName, String description,
            List<Judgement> judgements) throws StoreException {
        checkIndices(setName, judgements);
        write("store judgements in set '" + setName + "'", c -> {
            long setId = JudgementTable.setIdOrCreate(c, setName, description);
            JudgementTable.insert(c, setId, judgements);
            return null;
        });
        LOG.debug("Stored {} judgements in set '{}'", judgements.size(), setName);
    }

    private void checkIndices(String setName, List<Judgement> judgements) throws StoreException {
        int n = items().size();
        for (int t = 0; t < judgements.size(); t++) {
            Judgement judgement = judgements.get(t);
            int max = Math.max(judgement.triplet().a(),
                    Math.max(judgement.triplet().b(), judgement.triplet().c()));
            if (max >= n) {
                throw new StoreException("judgement " + t + " for set '" + setName
                        + "' refers to item " + max + ", but " + file + " has " + n + " items"
                        + (n == 0 ? "; store the items first" : " (0.." + (n - 1) + ")"));
            }
        }
    }

    /**
     * Reads a SPoSE triplet file (see {@link TripletFileReader}) into a set, all or nothing;
     * the file's name is recorded as the source of every judgement.
     *
     * @return the number of judgements added
     */
    public int importJudgements(Path tripletFile, String setName, String description)
            throws ImportException, StoreException {
        return importJudgements(tripletFile, setName, description,
                tripletFile.getFileName().toString());
    }

    /**
     * Reads a SPoSE triplet file into a set with the given source, all or nothing.
     *
     * @return the number of judgements added
     * @throws ImportException when the file is rejected; the project is unchanged then
     */
    public int importJudgements(Path tripletFile, String setName, String description,
            String source) throws ImportException, StoreException {
        return importJudgements(tripletFile, setName, description, source,
                ProgressListener.NONE, CancellationToken.none());
    }

    /**
     * Streams a SPoSE triplet file into a set in one transaction, line by line, with no
     * object per judgement: memory stays flat whatever the file's size (4.7 million THINGS
     * judgements in seconds, see docs/PERFORMANCE.md). All or nothing: a bad line, an error
     * or a cancellation rolls the whole file back.
     *
     * @param listener told of the bytes read out of the file's size, about every 100,000 lines
     * @param cancel checked with the progress; when cancelled nothing is stored
     * @return the number of judgements added
     * @throws ImportException when the file is rejected; the project is unchanged then
     * @throws java.util.concurrent.CancellationException when cancelled; nothing is stored
     */
    public synchronized int importJudgements(Path tripletFile, String setName,
            String description, String source, ProgressListener listener,
            CancellationToken cancel) throws ImportException, StoreException {
        int itemCount = items().size();
        long count;
        checkOpen();
        Schema.bulkLoad(connection, file, true);
        try {
            count = transaction("import " + tripletFile + " into set '" + setName + "'", c -> {
                long setId = JudgementTable.setIdOrCreate(c, setName, description);
                return JudgementTable.importFile(c, setId, tripletFile, itemCount, source,
                        listener, cancel);
            });
        } finally {
            Schema.bulkLoad(connection, file, false);
        }
        LOG.info("Imported {} judgements from {} into set '{}'", count, tripletFile, setName);
        return Math.toIntExact(count);
    }

    /** The stored judgement sets, oldest first, with their sizes. */
    public synchronized List<JudgementSetInfo> judgementSets() throws StoreException {
        return read("list judgement sets", JudgementTable::sets);
    }

    /**
     * All judgements of a set, packed (kept, kept, odd), in the order they were stored.
     *
     * @throws StoreException when there is no set of that name
     */
    public synchronized JudgementSet judgementSet(String name) throws StoreException {
        int[] packed = read("read judgement set '" + name + "'",
                c -> JudgementTable.packed(c, existingSet(c, name)));
        return new JudgementSet(name, items().size(), packed);
    }

    /**
     * All judgements of a set with presentation order, source, participant, time and response
     * time, in the order they were stored.
     *
     * @throws StoreException when there is no set of that name
     */
    public synchronized List<Judgement> judgements(String setName) throws StoreException {
        return read("read judgement set '" + setName + "'",
                c -> JudgementTable.read(c, existingSet(c, setName)));
    }

    private long existingSet(Connection c, String name) throws SQLException, StoreException {
        long id = JudgementTable.setId(c, name);
        if (id < 0) {
            throw new StoreException(file + " has no judgement set named '" + name + "'");
        }
        return id;
    }

    /** Deletes a judgement set and its judgements; returns whether it existed. */
    public synchronized boolean deleteJudgementSet(String name) throws StoreException {
        return write("delete judgement set '" + name + "'", c -> {
            long id = JudgementTable.setId(c, name);
            if (id >= 0) {
                try (var delete = c.prepareStatement("DELETE FROM judgement_sets WHERE id = ?")) {
                    delete.setLong(1, id);
                    delete.executeUpdate();
                }
            }
            return id >= 0;
        });
    }

    /**
     * Stores an embedding with its labels, manifest and training history; returns its id.
     *
     * @param kind one of {@link #EMBEDDING_KINDS}
     * @param embedding rows must be the project's items, in order
     * @param manifestJson a JSON document (config, seed, data hashes, app version), or null
     * @param history per-epoch reports; empty for imported embeddings
     * @throws StoreException when the rows are not the project's items
     * @throws IllegalArgumentException on an unknown kind or a manifest that is not JSON
     */
    public synchronized long saveEmbedding(String name, String kind, Embedding embedding,
            String manifestJson, List<EpochReport> history) throws StoreException {
        if (!EMBEDDING_KINDS.contains(kind)) {
            throw new IllegalArgumentException("embedding kind '" + kind + "' is not one of "
                    + EMBEDDING_KINDS);
        }
        String manifest = checkedJson(manifestJson);
        checkRows("embedding '" + name + "'", embedding.itemIds());
        long id = write("store embedding '" + name + "'",
                c -> EmbeddingTable.insert(c, name, kind, embedding, manifest, history));
        LOG.info("Stored embedding '{}' ({} × {}, {}) as id {}", name, embedding.itemCount(),
                embedding.dims(), kind, id);
        return id;
    }

    private static String checkedJson(String json) {
        if (json == null || json.isBlank()) {
            return "{}";
        }
        try {
            JSON.readTree(json);
            return json;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("manifest is not valid JSON: "
                    + e.getOriginalMessage(), e);
        }
    }

    private void checkRows(String what, List<String> rowIds) throws StoreException {
        List<String> ids = items().ids();
        if (rowIds.size() != ids.size()) {
            throw new StoreException(what + " has " + rowIds.size() + " rows, but " + file
                    + " has " + ids.size() + " items");
        }
        for (int i = 0; i < ids.size(); i++) {
            if (!ids.get(i).equals(rowIds.get(i))) {
                throw new StoreException(what + " row " + i + " is item '" + rowIds.get(i)
                        + "', but item " + i + " of " + file + " is '" + ids.get(i) + "'");
            }
        }
    }

    /**
     * Reads an embedding file (see {@link EmbeddingFiles#read}) with optional labels (one per
     * line) and stores it; nothing is stored when a file is rejected.
     *
     * @return the new embedding's id
     */
    public long importEmbedding(Path matrixFile, String name, String kind, Path labelsOrNull,
            String manifestJson) throws ImportException, StoreException {
        Embedding embedding = EmbeddingFiles.read(matrixFile, items().ids());
        if (labelsOrNull != null) {
            embedding = embedding.withLabels(EmbeddingFiles.readLabels(labelsOrNull,
                    embedding.dims()));
        }
        return saveEmbedding(name, kind, embedding, manifestJson, List.of());
    }

    /** The stored embeddings, oldest first. */
    public synchronized List<EmbeddingInfo> embeddings() throws StoreException {
        return read("list embeddings", EmbeddingTable::list);
    }

    /**
     * One stored embedding with its labels; rows are the project's items.
     *
     * @throws StoreException when there is no embedding with that id
     */
    public synchronized Embedding embedding(long id) throws StoreException {
        List<String> ids = items().ids();
        return read("read embedding " + id, c -> {
            EmbeddingInfo info = existingEmbedding(c, id);
            return new Embedding(ids, info.dims(), EmbeddingTable.weights(c, id),
                    EmbeddingTable.labels(c, id));
        });
    }

    private EmbeddingInfo existingEmbedding(Connection c, long id)
            throws SQLException, StoreException {
        EmbeddingInfo info = EmbeddingTable.info(c, id);
        if (info == null) {
            throw new StoreException(file + " has no embedding with id " + id);
        }
        return info;
    }

    /** The manifest JSON of an embedding ("{}" when none was given). */
    public synchronized String manifest(long embeddingId) throws StoreException {
        return read("read manifest " + embeddingId, c -> {
            existingEmbedding(c, embeddingId);
            return EmbeddingTable.manifest(c, embeddingId);
        });
    }

    /** The training history of an embedding in epoch order; empty for imported ones. */
    public synchronized List<EpochReport> loadHistory(long embeddingId) throws StoreException {
        return read("read history " + embeddingId, c -> {
            existingEmbedding(c, embeddingId);
            return EmbeddingTable.history(c, embeddingId);
        });
    }

    /**
     * Replaces the dimension labels of an embedding.
     *
     * @param labels one per dimension, in column order; an empty list removes all labels
     * @throws StoreException when there is no such embedding or the count is wrong
     */
    public synchronized void updateDimensionLabels(long embeddingId, List<String> labels)
            throws StoreException {
        write("update labels of embedding " + embeddingId, c -> {
            EmbeddingInfo info = existingEmbedding(c, embeddingId);
            if (!labels.isEmpty() && labels.size() != info.dims()) {
                throw new StoreException(labels.size() + " labels for embedding '" + info.name()
                        + "', which has " + info.dims() + " dimensions");
            }
            EmbeddingTable.replaceLabels(c, embeddingId, labels);
            return null;
        });
    }

    /** Deletes an embedding with its labels and history; returns whether it existed. */
    public synchronized boolean deleteEmbedding(long id) throws StoreException {
        return write("delete embedding " + id, c -> EmbeddingTable.delete(c, id));
    }

    /**
     * Stores a feature matrix (values of any sign) with one row per item; returns its id.
     *
     * @param name unique among feature sets
     * @param rowMajor n_items × dims finite values
     * @param sourceFile where the values came from, for the record; may be null
     * @throws StoreException on a row count other than the item count or a taken name
     */
    public synchronized long saveFeatures(String name, float[] rowMajor, int dims,
            String sourceFile) throws StoreException {
        int n = items().size();
        if (dims < 1 || rowMajor.length != (long) n * dims) {
            throw new StoreException("feature set '" + name + "' holds " + rowMajor.length
                    + " values, not " + n + " items × " + dims + " dims of " + file);
        }
        FeatureMatrix matrix = new FeatureMatrix(n, dims, rowMajor);
        return write("store feature set '" + name + "'", c -> {
            if (FeatureTable.read(c, name) != null) {
                throw new StoreException(file + " already has a feature set named '" + name + "'");
            }
            return FeatureTable.insert(c, name, matrix, sourceFile);
        });
    }

    /**
     * Reads a .npy or text matrix (any sign) and stores it as a feature set, with the file's
     * name as its source; returns its id.
     */
    public long importFeatures(Path matrixFile, String name) throws ImportException,
            StoreException {
        FeatureMatrix matrix = EmbeddingFiles.readMatrix(matrixFile);
        if (matrix.rows() != items().size()) {
            throw new ImportException(matrixFile, 0, "has " + matrix.rows()
                    + " rows, the item set has " + items().size());
        }
        return saveFeatures(name, matrix.toArray(), matrix.dims(),
                matrixFile.getFileName().toString());
    }

    /** The stored feature sets without values, oldest first. */
    public synchronized List<FeatureSetInfo> featureSets() throws StoreException {
        return read("list feature sets", FeatureTable::list);
    }

    /**
     * The values of a feature set: n_items × n_dims, rows in item order.
     *
     * @throws StoreException when there is no feature set of that name
     */
    public synchronized FeatureMatrix features(String name) throws StoreException {
        FeatureMatrix matrix = read("read feature set '" + name + "'",
                c -> FeatureTable.read(c, name));
        if (matrix == null) {
            throw new StoreException(file + " has no feature set named '" + name + "'");
        }
        return matrix;
    }

    /** Annotation sessions and their trials, on this store's file and lock. */
    public AnnotationLog annotations() {
        return new AnnotationLog(this);
    }

    /** Replies of language models and the judgements they gave, on this store's file. */
    public ModelReplyLog modelReplies() {
        return new ModelReplyLog(this);
    }

    /** Closes the file; later calls fail. Closing twice does nothing. */
    @Override
    public synchronized void close() throws StoreException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException(file + " could not be closed: " + e.getMessage(), e);
        } finally {
            lock.release(file);
        }
    }

    /**
     * The file of an item's image, inside the project's folder. Image paths are stored
     * relative to the folder that holds the project file, with {@code /} (or {@code \}) as the
     * separator, so a project can be moved with its images.
     *
     * @return empty when the item has no image
     * @throws StoreException when the path is absolute, a URI, or leads outside the project's
     *     folder (through {@code ..} or a symbolic link): a project file must not make Triad
     *     read or write elsewhere
     */
    public Optional<Path> resolveImage(Item item) throws StoreException {
        return ProjectPaths.resolveImage(file.getParent(), item);
    }

    <T> T read(String what, SqlWork<T> work) throws StoreException {
        checkOpen();
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StoreException(file + ": could not " + what + ": " + e.getMessage(), e);
        }
    }

    <T> T write(String what, SqlWork<T> work) throws StoreException {
        try {
            return transaction(what, work::run);
        } catch (ImportException e) {
            throw new IllegalStateException("no file is read here", e);
        }
    }

    private <T> T transaction(String what, ImportWork<T> work)
            throws StoreException, ImportException {
        checkOpen();
        try {
            connection.setAutoCommit(false);
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (SQLException e) {
            rollback();
            throw new StoreException(file + ": could not " + what + ": " + e.getMessage(), e);
        } catch (StoreException | ImportException | RuntimeException e) {
            rollback();
            throw e;
        } finally {
            restoreAutoCommit();
        }
    }

    private void rollback() {
        try {
            connection.rollback();
        } catch (SQLException e) {
            LOG.warn("Rollback in {} failed: {}", file, e.getMessage());
        }
    }

    private void restoreAutoCommit() {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            LOG.warn("Could not restore auto-commit in {}: {}", file, e.getMessage());
        }
    }

    private void checkOpen() throws StoreException {
        if (closed) {
            throw new StoreException(file + " is closed");
        }
    }
}
