package org.triad.store;

import java.time.Instant;

/**
 * A stored embedding, without its weights.
 *
 * @param id row id in the project file
 * @param name display name, e.g. "SPoSE 66-d (Hebart et al. 2023)"
 * @param kind "trained", "reference" or "vectors"
 * @param itemCount rows
 * @param dims columns
 * @param created when it was stored
 */
public record EmbeddingInfo(long id, String name, String kind, int itemCount, int dims,
        Instant created) {
}
