package org.triad.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.triad.model.Embedding;
import org.triad.model.FeatureMatrix;
import org.triad.model.EpochReport;
import org.triad.model.Item;
import org.triad.model.ItemSet;
import org.triad.model.Judgement;
import org.triad.model.JudgementSet;
import org.triad.store.AnnotationLog;
import org.triad.store.EmbeddingInfo;
import org.triad.store.JudgementSetInfo;
import org.triad.store.ModelReplyLog;
import org.triad.store.StoreException;

/**
 * The open project as the app sees it. Methods other than {@link #name()}, {@link #file()} and
 * {@link #items()} may read the project file: call them off the UI thread. Implementations are
 * safe to call from several worker threads.
 */
public interface ProjectSession extends AutoCloseable {
    /** Display name of the project. */
    String name();

    /** The project file. */
    Path file();

    /** The item set, read once when the project was opened. */
    ItemSet items();

    /** The stored judgement sets. */
    List<JudgementSetInfo> judgementSets() throws StoreException;

    /** All judgements of one set. */
    JudgementSet judgementSet(String name) throws StoreException;

    /** The stored embeddings, oldest first. */
    List<EmbeddingInfo> embeddings() throws StoreException;

    /** One stored embedding with its labels. */
    Embedding embedding(long id) throws StoreException;

    /** The manifest JSON stored with an embedding; "{}" when it has none. */
    default String manifest(long id) throws StoreException {
        return "{}";
    }

    /** Stores an embedding with its manifest JSON and history; returns its id. */
    long saveEmbedding(String name, String kind, Embedding embedding, String manifestJson,
            List<EpochReport> history) throws StoreException;

    /**
     * Replaces the dimension labels of a stored embedding.
     *
     * @param labels one per dimension in column order; empty removes them all
     */
    void updateDimensionLabels(long embeddingId, List<String> labels) throws StoreException;

    /** The file of an item's image inside the project's folder; empty when it has none. */
    Optional<Path> resolveImage(Item item) throws StoreException;

    /**
     * The annotation sessions of the project, for the Annotate view.
     *
     * @throws UnsupportedOperationException for an in-memory project without a file
     */
    default AnnotationLog annotations() {
        throw new UnsupportedOperationException(name() + " keeps no annotation sessions");
    }

    /**
     * Writes a consistent copy of the project to another file (Save As); this session stays on
     * its own file.
     *
     * @throws StoreException when the target is this project's file or cannot be written
     * @throws UnsupportedOperationException for an in-memory project without a file
     */
    default void saveCopy(Path target) throws StoreException {
        throw new UnsupportedOperationException(name() + " has no file to copy");
    }

    /**
     * Adds the judgements of a SPoSE triplet file ({@code i j k}, 0-based indices of
     * {@link #items()}) as a new judgement set, all or nothing.
     *
     * @return how many judgements were added
     * @throws StoreException when a set of that name exists; nothing is stored then
     * @throws UnsupportedOperationException for an in-memory project without a file
     */
    default int importJudgements(Path tripletFile, String setName) throws Exception {
        throw new UnsupportedOperationException(name() + " cannot import judgements");
    }

    /**
     * The replies of language models stored in the project, for the Collect view.
     *
     * @throws UnsupportedOperationException for an in-memory project without a file
     */
    default ModelReplyLog modelReplies() {
        throw new UnsupportedOperationException(name() + " keeps no model replies");
    }

    /** Names of the stored feature sets (e.g. the word2vec vectors), oldest first. */
    default List<String> featureSetNames() throws StoreException {
        return List.of();
    }

    /**
     * One feature set's values, one row per item.
     *
     * @throws UnsupportedOperationException for an in-memory project without feature sets
     */
    default FeatureMatrix features(String name) throws StoreException {
        throw new UnsupportedOperationException(name() + " keeps no feature sets");
    }

    /**
     * Stores judgements as a new set, all or nothing.
     *
     * @throws StoreException when a set of that name exists; nothing is stored then
     * @throws UnsupportedOperationException for an in-memory project without a file
     */
    default void addJudgementSet(String setName, String description,
            List<Judgement> judgements) throws StoreException {
        throw new UnsupportedOperationException(name() + " cannot store judgements");
    }

    @Override
    void close() throws StoreException;
}
