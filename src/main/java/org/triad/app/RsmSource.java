package org.triad.app;

import java.util.List;
import org.triad.model.RsmKind;
import org.triad.store.EmbeddingInfo;

/**
 * Which RSM to show: an embedding's choice-probability, dot-product or cosine RSM, or the
 * empirical RSM of one or more judgement sets pooled.
 *
 * @param kind the RSM kind
 * @param embedding the embedding of a model RSM; null for an empirical one
 * @param sets the judgement sets of an empirical RSM, pooled; empty for a model RSM
 */
record RsmSource(RsmKind kind, EmbeddingInfo embedding, List<String> sets) {

    /** Keeps only what the kind uses, so that equal requests have equal keys. */
    RsmSource {
        sets = kind == RsmKind.EMPIRICAL ? List.copyOf(sets) : List.of();
        embedding = kind == RsmKind.EMPIRICAL ? null : embedding;
    }

    /** Whether the source names enough to compute from. */
    boolean isComplete() {
        return kind == RsmKind.EMPIRICAL ? !sets.isEmpty() : embedding != null;
    }

    /** A cache key: equal for requests of the same matrix. */
    String key() {
        return kind == RsmKind.EMPIRICAL ? "empirical:" + String.join("+", sets)
                : kind.name() + ":" + embedding.id();
    }

    /** "Choice probability of SPoSE 66-d" or "Empirical · human-a + human-b". */
    String label() {
        String name = kind.displayName();
        String capital = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        return kind == RsmKind.EMPIRICAL ? capital + " · " + String.join(" + ", sets)
                : capital + " · " + embedding.name();
    }
}
