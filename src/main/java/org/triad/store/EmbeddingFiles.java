package org.triad.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.triad.model.Embedding;
import org.triad.model.FeatureMatrix;
import org.triad.store.TextFiles.NumberedLine;

/**
 * Reads and writes embeddings and feature matrices as text matrices (whitespace- or
 * comma-separated, SPoSE {@code *_sorted.txt}, CSV) and NumPy {@code .npy} files.
 *
 * <p>A file is read as .npy when it starts with the .npy magic bytes, otherwise as text. The
 * .npy code is our own ({@link NpyFormat}) because the store layer may not use ND4J.
 */
public final class EmbeddingFiles {
    /**
     * Negative weights down to minus this value are set to 0 when an embedding is read; more
     * negative ones reject the file. The published SPoSE embeddings hold a few values such as
     * -0.0013 because the reference training penalised negatives instead of clamping them.
     */
    public static final float NEGATIVE_TOLERANCE = 0.01f;

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddingFiles.class);

    private EmbeddingFiles() {
    }

    /**
     * Reads a text or .npy matrix whose rows follow {@code itemIds}.
     *
     * @param file n_items × n_dims matrix, text or .npy ('&lt;f4' or '&lt;f8')
     * @param itemIds ids of the rows; the file must have exactly this many rows
     * @return an unlabelled embedding; negatives within {@link #NEGATIVE_TOLERANCE} set to 0
     * @throws ImportException on a wrong row count, a ragged row, or a NaN, infinite or more
     *     negative value (with the line for text files and the element index for .npy files)
     */
    public static Embedding read(Path file, List<String> itemIds) throws ImportException {
        RawMatrix matrix = readRaw(file);
        if (matrix.rows() != itemIds.size()) {
            throw new ImportException(file, 0, "has " + matrix.rows() + " rows, the item set has "
                    + itemIds.size());
        }
        checkValues(file, matrix, true);
        return new Embedding(itemIds, matrix.dims(), matrix.values(), List.of());
    }

    /**
     * Reads a text or .npy matrix of any sign (word vectors, sentence embeddings).
     *
     * @throws ImportException on a ragged row or a NaN or infinite value
     */
    public static FeatureMatrix readMatrix(Path file) throws ImportException {
        RawMatrix matrix = readRaw(file);
        checkValues(file, matrix, false);
        return new FeatureMatrix(matrix.rows(), matrix.dims(), matrix.values());
    }

    /**
     * Reads dimension labels: one label per non-blank line, in column order.
     *
     * @throws ImportException when the file holds a number of labels other than {@code dims}
     */
    public static List<String> readLabels(Path file, int dims) throws ImportException {
        List<NumberedLine> lines = TextFiles.nonBlankLines(file);
        if (lines.size() != dims) {
            throw new ImportException(file, 0, "has " + lines.size()
                    + " labels, the embedding has " + dims + " dimensions");
        }
        List<String> labels = new ArrayList<>(dims);
        for (NumberedLine line : lines) {
            labels.add(line.text().strip());
        }
        return labels;
    }

    /** Writes a little-endian float32 .npy file (shape n_items × n_dims, C order). */
    public static void writeNpy(Embedding embedding, Path file) throws IOException {
        NpyFormat.write(file, embedding.itemCount(), embedding.dims(), embedding.toArray());
    }

    /** Writes a little-endian float32 .npy file (shape rows × dims, C order). */
    public static void writeNpy(FeatureMatrix matrix, Path file) throws IOException {
        NpyFormat.write(file, matrix.rows(), matrix.dims(), matrix.toArray());
    }

    /**
     * Writes a whitespace-separated text matrix, one item per line, values separated by one
     * space in the shortest decimal form that reads back to the same float32.
     */
    public static void writeText(Embedding embedding, Path file) throws IOException {
        try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < embedding.itemCount(); i++) {
                line.setLength(0);
                for (int d = 0; d < embedding.dims(); d++) {
                    line.append(d == 0 ? "" : " ").append(embedding.weight(i, d));
                }
                writer.write(line.append('\n').toString());
            }
        }
    }

    private static RawMatrix readRaw(Path file) throws ImportException {
        boolean npy;
        try {
            npy = NpyFormat.isNpy(file);
        } catch (IOException e) {
            throw TextFiles.unreadable(file, e);
        }
        if (!npy && file.getFileName().toString().endsWith(".npy")) {
            throw new ImportException(file, 0, "is named .npy but does not start with the .npy"
                    + " magic bytes");
        }
        return npy ? NpyFormat.read(file) : MatrixText.read(file);
    }

    private static void checkValues(Path file, RawMatrix matrix, boolean nonNegative)
            throws ImportException {
        float[] values = matrix.values();
        int clamped = 0;
        float lowest = 0f;
        for (int index = 0; index < values.length; index++) {
            float value = values[index];
            if (Float.isFinite(value) && (value >= 0f || !nonNegative)) {
                continue;
            }
            if (value < 0f && value >= -NEGATIVE_TOLERANCE) {
                values[index] = 0f;
                clamped++;
                lowest = Math.min(lowest, value);
                continue;
            }
            String what = Float.isNaN(value) ? "NaN" : Float.isInfinite(value) ? "infinite"
                    : "negative (" + value + "); embedding weights must be ≥ 0";
            throw badValue(file, matrix, index, what);
        }
        if (clamped > 0) {
            LOG.warn("{}: set {} negative weights (lowest {}) to 0", file, clamped, lowest);
        }
    }

    private static ImportException badValue(Path file, RawMatrix matrix, int index,
            String what) {
        int row = index / matrix.dims();
        int column = index % matrix.dims();
        if (matrix.lineOfRow() != null) {
            return new ImportException(file, matrix.lineOfRow()[row], "the value in column "
                    + (column + 1) + " is " + what);
        }
        return new ImportException(file, 0, "element " + index + " (row " + row + ", column "
                + column + ", 0-based) is " + what);
    }
}
