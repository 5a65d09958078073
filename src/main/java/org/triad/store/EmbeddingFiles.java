package org.triad.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.triad.model.Embedding;

/** Reads and writes embeddings as whitespace text matrices and NumPy {@code .npy} files. */
public final class EmbeddingFiles {
    private EmbeddingFiles() {
    }

    /** Reads a text or .npy matrix whose rows follow {@code itemIds}. */
    public static Embedding read(Path file, List<String> itemIds) throws ImportException {
        throw new UnsupportedOperationException("stub");
    }

    /** Writes a little-endian float32 .npy file. */
    public static void writeNpy(Embedding embedding, Path file) throws IOException {
        throw new UnsupportedOperationException("stub");
    }

    /** Writes a whitespace-separated text matrix, one item per line. */
    public static void writeText(Embedding embedding, Path file) throws IOException {
        throw new UnsupportedOperationException("stub");
    }
}
