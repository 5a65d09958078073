package org.triad.app;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.triad.model.Embedding;
import org.triad.model.EpochReport;
import org.triad.model.Item;
import org.triad.model.FeatureMatrix;
import org.triad.model.ItemSet;
import org.triad.model.Judgement;
import org.triad.model.JudgementSet;
import org.triad.store.AnnotationLog;
import org.triad.store.EmbeddingInfo;
import org.triad.store.FeatureSetInfo;
import org.triad.store.ImportException;
import org.triad.store.JudgementSetInfo;
import org.triad.store.ProjectCopy;
import org.triad.store.ModelReplyLog;
import org.triad.store.ProjectStore;
import org.triad.store.StoreException;

/**
 * A {@link ProjectSession} over a {@link ProjectStore}. Calls are serialised because one SQLite
 * connection is not meant to be shared by threads; embeddings are cached since the Dimensions
 * and RSM views both read the same few.
 */
final class StoreProjectSession implements ProjectSession {
    private final ProjectStore store;
    private final ItemSet items;
    private final Map<Long, Embedding> embeddingCache = new HashMap<>();

    /** Reads the item set; call off the UI thread. */
    StoreProjectSession(ProjectStore store) throws StoreException {
        this.store = store;
        this.items = store.items();
    }

    @Override
    public String name() {
        return ProjectLocation.displayName(store.file());
    }

    @Override
    public Path file() {
        return store.file();
    }

    @Override
    public ItemSet items() {
        return items;
    }

    @Override
    public synchronized List<JudgementSetInfo> judgementSets() throws StoreException {
        return store.judgementSets();
    }

    @Override
    public synchronized JudgementSet judgementSet(String name) throws StoreException {
        return store.judgementSet(name);
    }

    @Override
    public synchronized List<EmbeddingInfo> embeddings() throws StoreException {
        return store.embeddings();
    }

    @Override
    public synchronized Embedding embedding(long id) throws StoreException {
        Embedding cached = embeddingCache.get(id);
        if (cached == null) {
            cached = store.embedding(id);
            embeddingCache.put(id, cached);
        }
        return cached;
    }

    @Override
    public synchronized String manifest(long id) throws StoreException {
        return store.manifest(id);
    }

    @Override
    public synchronized long saveEmbedding(String name, String kind, Embedding embedding,
            String manifestJson, List<EpochReport> history) throws StoreException {
        long id = store.saveEmbedding(name, kind, embedding, manifestJson, history);
        embeddingCache.put(id, embedding);
        return id;
    }

    @Override
    public synchronized void updateDimensionLabels(long embeddingId, List<String> labels)
            throws StoreException {
        store.updateDimensionLabels(embeddingId, labels);
        Embedding cached = embeddingCache.get(embeddingId);
        if (cached != null) {
            embeddingCache.put(embeddingId, cached.withLabels(labels));
        }
    }

    @Override
    public AnnotationLog annotations() {
        return store.annotations();
    }

    @Override
    public ModelReplyLog modelReplies() {
        return store.modelReplies();
    }

    @Override
    public Optional<Path> resolveImage(Item item) throws StoreException {
        return store.resolveImage(item);
    }

    @Override
    public synchronized int importJudgements(Path tripletFile, String setName)
            throws ImportException, StoreException {
        if (store.judgementSets().stream().anyMatch(set -> set.name().equals(setName))) {
            throw new StoreException(store.file() + " already has a judgement set named '"
                    + setName + "'; choose another name");
        }
        return store.importJudgements(tripletFile, setName, "imported from "
                + tripletFile.getFileName());
    }

    @Override
    public synchronized List<String> featureSetNames() throws StoreException {
        return store.featureSets().stream().map(FeatureSetInfo::name).toList();
    }

    @Override
    public synchronized FeatureMatrix features(String name) throws StoreException {
        return store.features(name);
    }

    @Override
    public synchronized void addJudgementSet(String setName, String description,
            List<Judgement> judgements) throws StoreException {
        if (store.judgementSets().stream().anyMatch(set -> set.name().equals(setName))) {
            throw new StoreException(store.file() + " already has a judgement set named '"
                    + setName + "'");
        }
        store.addJudgements(setName, description, judgements);
    }

    @Override
    public synchronized void saveCopy(Path target) throws StoreException {
        ProjectCopy.write(store, target);
    }

    @Override
    public synchronized void close() throws StoreException {
        store.close();
    }
}
