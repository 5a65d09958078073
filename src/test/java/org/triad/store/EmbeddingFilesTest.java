package org.triad.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.triad.model.Embedding;
import org.triad.model.FeatureMatrix;

class EmbeddingFilesTest {
    private static final List<String> IDS = List.of("a", "b", "c");
    private static final float[] WEIGHTS = {0f, 0.1f, 2.5f, 1e-7f, 3.4028235e38f, 0.333333f};

    @TempDir
    Path folder;

    private Path text(String name, String content) throws Exception {
        Path file = folder.resolve(name);
        Files.writeString(file, content);
        return file;
    }

    /** Builds an .npy file by hand, with any header, so that bad headers can be tested. */
    private Path npy(String name, int major, String dict, byte[] data) throws Exception {
        int prefix = major == 1 ? 10 : 12;
        String header = dict + " ".repeat(63 - (prefix + dict.length()) % 64) + "\n";
        ByteBuffer buffer = ByteBuffer.allocate(prefix + header.length() + data.length)
                .order(ByteOrder.LITTLE_ENDIAN);
        buffer.put(NpyFormat.MAGIC).put((byte) major).put((byte) 0);
        if (major == 1) {
            buffer.putShort((short) header.length());
        } else {
            buffer.putInt(header.length());
        }
        buffer.put(header.getBytes(StandardCharsets.US_ASCII)).put(data);
        Path file = folder.resolve(name);
        Files.write(file, buffer.array());
        return file;
    }

    private static String dict(String descr, boolean fortran, String shape) {
        return "{'descr': '" + descr + "', 'fortran_order': " + (fortran ? "True" : "False")
                + ", 'shape': " + shape + ", }";
    }

    private static byte[] littleEndian(float... values) {
        ByteBuffer buffer = ByteBuffer.allocate(4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(values);
        return buffer.array();
    }

    @Test
    void npyWriteThenReadGivesTheSameFloats() throws Exception {
        Embedding embedding = new Embedding(IDS, 2, WEIGHTS, List.of());
        Path file = folder.resolve("e.npy");
        EmbeddingFiles.writeNpy(embedding, file);
        byte[] bytes = Files.readAllBytes(file);
        int headerEnd = 10 + (bytes[8] & 0xff);
        assertEquals(128, headerEnd, "data must start at a multiple of 64 bytes");
        assertEquals('\n', bytes[headerEnd - 1]);
        assertTrue(new String(bytes, 10, headerEnd - 10, StandardCharsets.US_ASCII)
                .startsWith("{'descr': '<f4', 'fortran_order': False, 'shape': (3, 2), }"));
        assertEquals(128 + 4 * WEIGHTS.length, bytes.length);
        assertArrayEquals(WEIGHTS, EmbeddingFiles.read(file, IDS).toArray());
    }

    @Test
    void textWriteThenReadGivesTheSameFloats() throws Exception {
        Path file = folder.resolve("e.txt");
        EmbeddingFiles.writeText(new Embedding(IDS, 2, WEIGHTS, List.of()), file);
        assertEquals(3, Files.readAllLines(file).size());
        assertArrayEquals(WEIGHTS, EmbeddingFiles.read(file, IDS).toArray());
    }

    @Test
    void readsCsvWithHeaderAndFloat64NpyWithVersion2Header() throws Exception {
        Path csv = text("e.csv", "dim1,dim2\n0,0.1\n2.5,1e-7\n3.4028235e38,0.333333\n");
        assertArrayEquals(WEIGHTS, EmbeddingFiles.read(csv, IDS).toArray());
        ByteBuffer doubles = ByteBuffer.allocate(8 * WEIGHTS.length).order(ByteOrder.LITTLE_ENDIAN);
        for (float w : WEIGHTS) {
            doubles.putDouble(w);
        }
        Path f8 = npy("f8.npy", 2, dict("<f8", false, "(3, 2)"), doubles.array());
        assertArrayEquals(WEIGHTS, EmbeddingFiles.read(f8, IDS).toArray());
    }

    @Test
    void featureMatricesKeepNegativeValues() throws Exception {
        FeatureMatrix word2vec = EmbeddingFiles.readMatrix(
                Path.of("datasets/vectors/things_word2vec_300d.npy"));
        assertEquals(List.of(1_854, 300), List.of(word2vec.rows(), word2vec.dims()));
        assertEquals(-0.038085938f, word2vec.get(0, 0));
        assertEquals(0.31640625f, word2vec.get(1_853, 299));
        Path file = folder.resolve("w.npy");
        EmbeddingFiles.writeNpy(word2vec, file);
        assertArrayEquals(word2vec.toArray(), EmbeddingFiles.readMatrix(file).toArray());
    }

    @Test
    void tinyNegativeWeightsBecomeZeroAndLargerOnesAreRejected() throws Exception {
        Path tiny = text("tiny.txt", "0 1\n-0.001 2\n3 4\n");
        assertEquals(0f, EmbeddingFiles.read(tiny, IDS).weight(1, 0));
        ImportException e = assertThrows(ImportException.class,
                () -> EmbeddingFiles.read(text("neg.txt", "0 1\n2 3\n4 -0.5\n"), IDS));
        assertEquals(3, e.line());
        assertEquals("the value in column 2 is negative (-0.5); embedding weights must be ≥ 0",
                e.reason());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            NaN         | 0 1\\n2 NaN\\n4 5\\n | 2 | the value in column 2 is NaN
            numpy nan   | 0 1\\n2 3\\nnan 5\\n | 3 | the value in column 1 is NaN
            infinite    | inf 1\\n2 3\\n4 5\\n | 1 | the value in column 1 is infinite
            rows        | 0 1\\n2 3\\n         | 0 | has 2 rows, the item set has 3
            ragged      | 0 1\\n2\\n4 5\\n     | 2 | has 1 value, the rows above have 2
            not numeric | 0 1\\n2 x\\n4 5\\n   | 2 | 'x' in column 2 is not a number
            empty       | \\n                  | 0 | contains no rows
            """)
    void rejectsBadTextMatrices(String what, String content, long line, String reason)
            throws Exception {
        Path file = text("bad.txt", content.replace("\\n", "\n"));
        ImportException e = assertThrows(ImportException.class,
                () -> EmbeddingFiles.read(file, IDS));
        assertEquals(line, e.line(), what);
        assertEquals(reason, e.reason(), what);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            truncated | <f4 | false | (3, 2) | 5 | is truncated: shape (3, 2) of '<f4' needs 24 \
            bytes of data, the file holds 20
            fortran   | <f4 | true  | (3, 2) | 6 | is stored in Fortran (column-major) order; save \
            it in C order (numpy: np.save(f, np.ascontiguousarray(a)))
            big end   | >f4 | false | (3, 2) | 6 | is big-endian ('>f4'); save it little-endian \
            (numpy: a.astype('<f4'))
            int64     | <i8 | false | (3, 2) | 6 | has dtype '<i8'; only float32 ('<f4') and \
            float64 ('<f8') are supported
            1-d       | <f4 | false | (6,)   | 6 | has shape (6,); a matrix needs two dimensions \
            (n_items, n_dims)
            rows      | <f4 | false | (2, 3) | 6 | has 2 rows, the item set has 3
            """)
    void rejectsBadNpyFiles(String what, String descr, boolean fortran, String shape,
            int values, String reason) throws Exception {
        Path file = npy("bad.npy", 1, dict(descr, fortran, shape),
                littleEndian(Arrays.copyOf(WEIGHTS, values)));
        ImportException e = assertThrows(ImportException.class,
                () -> EmbeddingFiles.read(file, IDS));
        assertEquals(0, e.line(), what);
        assertEquals(reason, e.reason(), what);
    }

    @Test
    void npyValuesAreNamedByElementIndex() throws Exception {
        float[] values = WEIGHTS.clone();
        values[3] = Float.NaN;
        Path nan = npy("nan.npy", 1, dict("<f4", false, "(3, 2)"), littleEndian(values));
        ImportException e = assertThrows(ImportException.class,
                () -> EmbeddingFiles.read(nan, IDS));
        assertEquals("element 3 (row 1, column 1, 0-based) is NaN", e.reason());
        values[3] = -2f;
        Path negative = npy("neg.npy", 1, dict("<f4", false, "(3, 2)"), littleEndian(values));
        e = assertThrows(ImportException.class, () -> EmbeddingFiles.read(negative, IDS));
        assertTrue(e.reason().startsWith("element 3 (row 1, column 1, 0-based) is negative"));
    }

    @Test
    void aFileNamedNpyWithoutMagicIsRejected() throws Exception {
        ImportException e = assertThrows(ImportException.class,
                () -> EmbeddingFiles.read(text("fake.npy", "0 1\n2 3\n4 5\n"), IDS));
        assertEquals("is named .npy but does not start with the .npy magic bytes", e.reason());
    }

    @Test
    void labelsMustMatchTheDimensions() throws Exception {
        Path labels = text("labels.txt", "animal-related\n\nfood-related\n");
        assertEquals(List.of("animal-related", "food-related"),
                EmbeddingFiles.readLabels(labels, 2));
        ImportException e = assertThrows(ImportException.class,
                () -> EmbeddingFiles.readLabels(labels, 3));
        assertEquals("has 2 labels, the embedding has 3 dimensions", e.reason());
    }
}
