package org.triad.store;

import java.time.Instant;

/**
 * A stored feature set (word vectors, sentence embeddings), without its values.
 *
 * @param id row id in the project file
 * @param name unique name, e.g. "word2vec 300-d"
 * @param itemCount rows, one per item of the project
 * @param dims columns
 * @param sourceFile the file it was imported from, as given; empty when unknown
 * @param created when it was stored
 */
public record FeatureSetInfo(long id, String name, int itemCount, int dims, String sourceFile,
        Instant created) {
}
