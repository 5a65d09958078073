package org.triad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.triad.model.Item;
import org.triad.model.ItemSet;
import org.triad.model.Judgement;

/**
 * Feeds every file of the bad-input corpus ({@code src/test/resources/bad/CORPUS.tsv}) to the
 * importer it targets, through {@link ProjectStore}, and checks the exact error and that the
 * project did not change; and rejects 2 GB of noise at its first line without reading on.
 */
class BadInputCorpusTest {
    private static final Path CORPUS = Path.of("src/test/resources/bad");
    private static final long TWO_GB = 2L << 30;

    @TempDir
    Path folder;

    /** A project of 10 items with 3 judgements and one embedding, or an empty one. */
    private ProjectStore project(boolean empty) throws Exception {
        ProjectStore store = ProjectStore.open(folder.resolve("corpus.triad"));
        if (empty) {
            return store;
        }
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < TripletFileReaderTest.ITEMS; i++) {
            items.add(Item.of("i" + i, "word " + i));
        }
        store.setItems(new ItemSet(items));
        store.addJudgements("human", "", List.of(Judgement.ofSpose(0, 1, 2, "h"),
                Judgement.ofSpose(3, 4, 5, "h"), Judgement.ofSpose(6, 7, 8, "h")));
        store.importEmbedding(CORPUS.resolve("embedding_float64_v2.npy"), "e", "reference",
                null, null);
        return store;
    }

    /** Items, judgements, judgement sets, embeddings, feature sets. */
    private static List<Long> counts(ProjectStore store) throws StoreException {
        long judgements = store.judgementSets().stream().mapToLong(JudgementSetInfo::count).sum();
        return List.of((long) store.items().size(), judgements,
                (long) store.judgementSets().size(), (long) store.embeddings().size(),
                (long) store.featureSets().size());
    }

    /** Runs one importer; returns the number of items, judgements or rows it imported. */
    private static long importWith(ProjectStore store, String importer, Path file)
            throws Exception {
        return switch (importer) {
            case "items" -> store.importItems(file, null).size();
            case "triplets" -> store.importJudgements(file, "imported", "", "corpus");
            case "embedding" -> store.embedding(store.importEmbedding(file, "imported",
                    "reference", null, null)).itemCount();
            case "features" -> {
                store.importFeatures(file, "imported");
                yield store.features("imported").rows();
            }
            default -> throw new IllegalArgumentException("unknown importer " + importer);
        };
    }

    @ParameterizedTest(name = "{0} → {1}: line {2}")
    @CsvFileSource(resources = "/bad/CORPUS.tsv", delimiter = '|')
    void eachCorpusFileIsRejectedWithLineAndReasonOrImportsFine(String name, String importer,
            long line, String reason) throws Exception {
        Path file = CORPUS.resolve(name);
        try (ProjectStore store = project("items".equals(importer))) {
            List<Long> before = counts(store);
            if (reason.startsWith("OK: ")) {
                assertEquals(Long.parseLong(reason.substring(4)), importWith(store, importer,
                        file));
                return;
            }
            ImportException e = assertThrows(ImportException.class,
                    () -> importWith(store, importer, file));
            assertEquals(file, e.file());
            assertEquals(reason, e.reason());
            assertEquals(line, e.line());
            assertEquals(file + (line > 0 ? ":" + line : "") + ": " + reason, e.getMessage());
            assertEquals(before, counts(store));
        }
    }

    /**
     * A 2 GB sparse file: 64 KiB of seeded noise, then zeros. Every importer stops at the first
     * line (or at the size or header check) instead of reading or loading the rest.
     */
    private Path noise(String name, byte[] start) throws IOException {
        Path file = folder.resolve(name);
        try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
            out.setLength(TWO_GB);
            out.write(start);
        }
        return file;
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[1 << 16];
        new Random(8).nextBytes(bytes);
        return bytes;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"triplets", "embedding", "features"})
    void twoGigabytesOfNoiseAreRejectedAtTheFirstLine(String importer) throws Exception {
        Path file = noise("noise.txt", randomBytes());
        try (ProjectStore store = project(false)) {
            List<Long> before = counts(store);
            ImportException e = assertThrows(ImportException.class,
                    () -> importWith(store, importer, file));
            assertEquals(1, e.line(), e.getMessage());
            assertTrue(e.reason().startsWith("is not UTF-8 text: byte 0x")
                    || e.reason().startsWith("holds a NUL byte (column "), e.reason());
            assertEquals(before, counts(store));
        }
    }

    @Test
    void twoGigabytesOfZerosAreABinaryFile() throws Exception {
        Path file = noise("zeros.txt", new byte[0]);
        try (ProjectStore store = project(false)) {
            ImportException e = assertThrows(ImportException.class,
                    () -> store.importJudgements(file, "s", ""));
            assertEquals(1, e.line());
            assertEquals("holds a NUL byte (column 1): this is a binary file, not text",
                    e.reason());
        }
    }

    @Test
    void aTwoGigabyteItemFileIsRefusedBeforeReading() throws Exception {
        Path file = noise("items.tsv", "id\tlabel\na\tapple\n".getBytes(StandardCharsets.UTF_8));
        try (ProjectStore store = project(true)) {
            ImportException e = assertThrows(ImportException.class,
                    () -> store.importItems(file, null));
            assertEquals(0, e.line());
            assertEquals("is 2048 MiB; item, category and label files over 64 MiB are refused"
                    + " (THINGS concepts.tsv is under 1 MiB)", e.reason());
            assertEquals(0, store.items().size());
        }
    }

    @Test
    void aTwoGigabyteNpyIsCheckedAgainstItsHeaderBeforeAllocating() throws Exception {
        byte[] header = ("\u0093NUMPY\u0001\u0000v\u0000{'descr': '<f4', 'fortran_order':"
                + " False, 'shape': (30000, 30000), }").getBytes(StandardCharsets.ISO_8859_1);
        byte[] start = new byte[128];
        System.arraycopy(header, 0, start, 0, header.length);
        Arrays.fill(start, header.length, 127, (byte) ' ');
        start[127] = '\n';
        Path file = noise("noise.npy", start);
        try (ProjectStore store = project(false)) {
            ImportException e = assertThrows(ImportException.class,
                    () -> store.importFeatures(file, "noise"));
            assertEquals("is truncated: shape (30000, 30000) of '<f4' needs 3600000000 bytes of"
                    + " data, the file holds " + (TWO_GB - 128), e.reason());
            Path named = noise("random.npy", randomBytes());
            e = assertThrows(ImportException.class, () -> store.importFeatures(named, "noise"));
            assertEquals("is named .npy but does not start with the .npy magic bytes",
                    e.reason());
        }
    }

    /** An endless line of digits: a stream, because no sparse file can hold it. */
    @Test
    void anEndlessLineStopsAfterOneMebibyte() throws Exception {
        long[] served = {0};
        InputStream digits = new InputStream() {
            @Override
            public int read() {
                served[0]++;
                return '7';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                Arrays.fill(b, off, off + len, (byte) '7');
                served[0] += len;
                return len;
            }
        };
        Path name = Path.of("endless.txt");
        try (LineReader reader = new LineReader(name, digits)) {
            ImportException e = assertThrows(ImportException.class, reader::readLine);
            assertEquals("endless.txt:1: is longer than 1 MiB: this is not a text file of the"
                    + " expected kind", e.getMessage());
        }
        assertTrue(served[0] <= LineReader.MAX_LINE_BYTES + (1 << 16), "read " + served[0]);
    }
}
