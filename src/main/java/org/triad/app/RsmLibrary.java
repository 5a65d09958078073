package org.triad.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.triad.analysis.DominantDimensionOrdering;
import org.triad.analysis.EmpiricalRsm;
import org.triad.analysis.HierarchicalOrdering;
import org.triad.analysis.Rsms;
import org.triad.model.CancellationToken;
import org.triad.model.Embedding;
import org.triad.model.ItemSet;
import org.triad.model.JudgementSet;
import org.triad.model.ProgressListener;
import org.triad.model.Rsm;
import org.triad.model.RsmKind;
import org.triad.store.EmbeddingInfo;
import org.triad.store.StoreException;

/**
 * Computes the RSMs and row orders the RSM view shows, and keeps the last few, so that
 * switching the ordering or flipping between two RSMs does not recompute a 1,854-item matrix.
 * Called on worker threads; the caches are synchronised.
 */
final class RsmLibrary {
    /** RSMs kept; 1,854² doubles are 27 MB, plus 27 MB of counts for an empirical one. */
    private static final int CACHED_RSMS = 3;
    private static final int CACHED_ORDERS = 12;

    /**
     * An RSM with, for an empirical one, its co-occurrence counts.
     *
     * @param rsm the matrix, rows in project item order
     * @param counts the counts behind an empirical RSM; null for other kinds
     */
    record Loaded(Rsm rsm, EmpiricalRsm counts) {
    }

    /**
     * A row order and what it is, in words, for the status line.
     *
     * @param order position → item row
     * @param description e.g. "ordered by hierarchical clustering"
     */
    record Order(int[] order, String description) {
    }

    private final ProjectSession project;
    private final ComputeEngine engine;
    private final Map<String, Loaded> rsms = lru(CACHED_RSMS);
    private final Map<String, Order> orders = lru(CACHED_ORDERS);

    RsmLibrary(ProjectSession project, ComputeEngine engine) {
        this.project = project;
        this.engine = engine;
    }

    /** The RSM of a source, from the cache or computed; null when cancelled. */
    Loaded rsm(RsmSource source, ProgressListener listener, CancellationToken token)
            throws StoreException {
        synchronized (rsms) {
            Loaded cached = rsms.get(source.key());
            if (cached != null) {
                return cached;
            }
        }
        Loaded loaded = compute(source, listener, token);
        if (loaded != null) {
            synchronized (rsms) {
                rsms.put(source.key(), loaded);
            }
        }
        return loaded;
    }

    private Loaded compute(RsmSource source, ProgressListener listener, CancellationToken token)
            throws StoreException {
        ItemSet items = project.items();
        if (source.kind() == RsmKind.EMPIRICAL) {
            List<JudgementSet> sets = new ArrayList<>();
            for (String name : source.sets()) {
                sets.add(project.judgementSet(name));
            }
            EmpiricalRsm counts = Rsms.empiricalCounts(sets, items.ids());
            return new Loaded(counts.rsm(), counts);
        }
        Embedding embedding = project.embedding(source.embedding().id());
        Rsm rsm = switch (source.kind()) {
            case CHOICE_PROBABILITY -> engine.choiceProbability(embedding, listener, token);
            case DOT_PRODUCT -> Rsms.dotProduct(embedding);
            case COSINE -> Rsms.cosine(embedding);
            case EMPIRICAL -> throw new IllegalStateException("handled above");
        };
        return rsm == null ? null : new Loaded(rsm, null);
    }

    /**
     * The row order of an RSM.
     *
     * @param embedding the embedding whose dominant dimensions order the rows: the source's,
     *     else this one (e.g. the selected embedding for an empirical RSM); may be null
     * @return the order, or null when cancelled
     */
    Order order(RsmSource source, Loaded loaded, RsmOrdering ordering, EmbeddingInfo embedding,
            ProgressListener listener, CancellationToken token) throws StoreException {
        EmbeddingInfo dims = source.embedding() != null ? source.embedding() : embedding;
        String key = source.key() + "/" + ordering + (ordering == RsmOrdering.DOMINANT_DIMENSION
                && dims != null ? "/" + dims.id() : "");
        synchronized (orders) {
            Order cached = orders.get(key);
            if (cached != null) {
                return cached;
            }
        }
        Order order = computeOrder(loaded, ordering, dims, listener, token);
        if (order != null) {
            synchronized (orders) {
                orders.put(key, order);
            }
        }
        return order;
    }

    private Order computeOrder(Loaded loaded, RsmOrdering ordering, EmbeddingInfo dims,
            ProgressListener listener, CancellationToken token) throws StoreException {
        ItemSet items = project.items();
        return switch (ordering) {
            case AS_LOADED -> new Order(IntStream.range(0, items.size()).toArray(),
                    "as loaded");
            case BY_CATEGORY -> new Order(engine.categoryOrder(items), "ordered by category");
            case HIERARCHICAL -> {
                int[] order = HierarchicalOrdering.order(loaded.rsm(), listener, token);
                yield order == null ? null
                        : new Order(order, "ordered by hierarchical clustering");
            }
            case DOMINANT_DIMENSION -> dims == null
                    ? new Order(engine.categoryOrder(items),
                            "ordered by category (dominant dimension needs an embedding)")
                    : new Order(DominantDimensionOrdering.order(project.embedding(dims.id())),
                            "ordered by dominant dimension of " + dims.name());
        };
    }

    private static <V> Map<String, V> lru(int size) {
        return new LinkedHashMap<>(size * 2, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > size;
            }
        };
    }
}
