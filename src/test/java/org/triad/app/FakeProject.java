package org.triad.app;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.triad.model.Embedding;
import org.triad.model.EpochReport;
import org.triad.model.Item;
import org.triad.model.ItemSet;
import org.triad.model.JudgementSet;
import org.triad.store.EmbeddingInfo;
import org.triad.store.JudgementSetInfo;
import org.triad.store.StoreException;

/** An in-memory project for view-model tests. */
final class FakeProject implements ProjectSession {
    private final ItemSet items;
    private final Map<String, JudgementSet> sets = new LinkedHashMap<>();
    private final List<EmbeddingInfo> infos = new ArrayList<>();
    private final Map<Long, Embedding> embeddings = new LinkedHashMap<>();
    final List<String> manifests = new ArrayList<>();
    private final Map<Long, String> manifestById = new LinkedHashMap<>();
    final List<List<String>> labelUpdates = new ArrayList<>();

    FakeProject(ItemSet items) {
        this.items = items;
    }

    /** The planted world with two human sets and the planted embedding as a reference. */
    static FakeProject planted() {
        ItemSet items = PlantedData.items();
        FakeProject project = new FakeProject(items);
        Embedding planted = PlantedData.embedding(items);
        project.addSet("human-a", JudgementSet.of("human-a", items.size(),
                PlantedData.judgements(planted, 300, 1, "a")));
        project.addSet("human-b", JudgementSet.of("human-b", items.size(),
                PlantedData.judgements(planted, 200, 2, "b")));
        project.addSet("gpt4", JudgementSet.of("gpt4", items.size(),
                PlantedData.judgements(planted, 50, 3, "gpt4")));
        project.add("Planted 3-d", "reference", planted);
        return project;
    }

    void addSet(String name, JudgementSet set) {
        sets.put(name, set);
    }

    long add(String name, String kind, Embedding embedding) {
        long id = infos.size() + 1;
        infos.add(new EmbeddingInfo(id, name, kind, embedding.itemCount(), embedding.dims(),
                Instant.EPOCH));
        embeddings.put(id, embedding);
        return id;
    }

    @Override
    public String name() {
        return "planted";
    }

    @Override
    public Path file() {
        return Path.of("planted.triad");
    }

    @Override
    public ItemSet items() {
        return items;
    }

    @Override
    public List<JudgementSetInfo> judgementSets() {
        return sets.values().stream()
                .map(set -> new JudgementSetInfo(set.name(), "", set.size())).toList();
    }

    @Override
    public JudgementSet judgementSet(String name) throws StoreException {
        JudgementSet set = sets.get(name);
        if (set == null) {
            throw new StoreException("no judgement set " + name);
        }
        return set;
    }

    @Override
    public List<EmbeddingInfo> embeddings() {
        return List.copyOf(infos);
    }

    @Override
    public Embedding embedding(long id) throws StoreException {
        Embedding embedding = embeddings.get(id);
        if (embedding == null) {
            throw new StoreException("no embedding " + id);
        }
        return embedding;
    }

    @Override
    public long saveEmbedding(String name, String kind, Embedding embedding, String manifestJson,
            List<EpochReport> history) {
        manifests.add(manifestJson);
        long id = add(name, kind, embedding);
        manifestById.put(id, manifestJson);
        return id;
    }

    @Override
    public String manifest(long id) {
        return manifestById.getOrDefault(id, "{}");
    }

    @Override
    public void updateDimensionLabels(long embeddingId, List<String> labels)
            throws StoreException {
        Embedding embedding = embedding(embeddingId);
        if (!labels.isEmpty() && labels.size() != embedding.dims()) {
            throw new StoreException(labels.size() + " labels for " + embedding.dims()
                    + " dimensions");
        }
        embeddings.put(embeddingId, embedding.withLabels(labels));
        labelUpdates.add(List.copyOf(labels));
    }

    @Override
    public Optional<Path> resolveImage(Item item) {
        return item.image().isEmpty() ? Optional.empty() : Optional.of(Path.of(item.image()));
    }

    @Override
    public void close() {
        // Nothing to release in memory.
    }
}
