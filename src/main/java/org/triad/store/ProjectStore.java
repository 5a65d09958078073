package org.triad.store;

import java.nio.file.Path;
import java.util.List;
import org.triad.model.Embedding;
import org.triad.model.EpochReport;
import org.triad.model.ItemSet;
import org.triad.model.Judgement;
import org.triad.model.JudgementSet;

/** A project: one SQLite file holding items, judgements and embeddings. See docs/FORMATS.md. */
public final class ProjectStore implements AutoCloseable {
    /** The schema version this build reads and writes ({@code PRAGMA user_version}). */
    public static final int SCHEMA_VERSION = 1;

    private ProjectStore() {
    }

    /** Opens a project file, creating an empty project when the file does not exist. */
    public static ProjectStore open(Path file) throws StoreException {
        throw new UnsupportedOperationException("stub");
    }

    /** The project file. */
    public Path file() {
        throw new UnsupportedOperationException("stub");
    }

    /** The item set (empty for a new project). */
    public ItemSet items() throws StoreException {
        throw new UnsupportedOperationException("stub");
    }

    /** Sets the item set of an empty project, in one transaction. */
    public void setItems(ItemSet items) throws StoreException {
        throw new UnsupportedOperationException("stub");
    }

    /** Adds judgements to a (new or existing) set, all or nothing. */
    public void addJudgements(String setName, String description, List<Judgement> judgements)
            throws StoreException {
        throw new UnsupportedOperationException("stub");
    }

    /** The stored judgement sets. */
    public List<JudgementSetInfo> judgementSets() throws StoreException {
        throw new UnsupportedOperationException("stub");
    }

    /** All judgements of a set, packed. */
    public JudgementSet judgementSet(String name) throws StoreException {
        throw new UnsupportedOperationException("stub");
    }

    /** Stores an embedding with its manifest (JSON) and training history; returns its id. */
    public long saveEmbedding(String name, String kind, Embedding embedding, String manifestJson,
            List<EpochReport> history) throws StoreException {
        throw new UnsupportedOperationException("stub");
    }

    /** The stored embeddings, oldest first. */
    public List<EmbeddingInfo> embeddings() throws StoreException {
        throw new UnsupportedOperationException("stub");
    }

    /** One stored embedding with its labels. */
    public Embedding embedding(long id) throws StoreException {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public void close() throws StoreException {
        throw new UnsupportedOperationException("stub");
    }
}
