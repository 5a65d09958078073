package org.triad.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.AbstractList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triad.model.Triplet;
import org.triad.store.AnnotationSessionInfo;
import org.triad.store.AnnotationSessionSpec;
import org.triad.store.AnnotationTrial;

/**
 * Batch request files and session exports are written whole or not at all: a failure half-way
 * leaves an earlier file of that name as it was and no temporary file beside it.
 */
class WholeOrNothingOutputsTest {
    private static final String EARLIER = "an earlier export\n";

    @TempDir
    Path dir;

    private List<Path> files() throws IOException {
        try (Stream<Path> all = Files.list(dir)) {
            return all.sorted().toList();
        }
    }

    /** Trials whose second one cannot be read, as a failing disk or database would. */
    private static List<AnnotationTrial> failingTrials() {
        AnnotationTrial first = new AnnotationTrial(0, new Triplet(0, 1, 2), 2, Instant.EPOCH,
                500);
        return new AbstractList<>() {
            @Override
            public AnnotationTrial get(int index) {
                if (index > 0) {
                    throw new UncheckedIOException(new IOException("trial " + index + " lost"));
                }
                return first;
            }

            @Override
            public int size() {
                return 3;
            }
        };
    }

    @Test
    void aBatchRequestFileThatFailsHalfWayIsNotWritten() throws IOException {
        Path file = Files.writeString(dir.resolve("requests.jsonl"), EARLIER);
        List<CollectionTask> tasks = List.of(new CollectionTask("0-1-2#0/r0",
                new Triplet(0, 1, 2)), new CollectionTask("0-1-99#0/r0", new Triplet(0, 1, 99)));

        assertThrows(RuntimeException.class, () -> BatchFiles.exportRequests(tasks,
                ModelCollectorTest.ITEMS, PromptTemplate.DEFAULT, new ModelEndpoint(
                        URI.create("http://127.0.0.1:1/v1"), "m", "", 0, 5,
                        Duration.ofSeconds(1)), new InMemoryCollectionLog(), file));

        assertEquals(EARLIER, Files.readString(file));
        assertEquals(List.of(file), files());
    }

    @Test
    void sessionExportsThatFailHalfWayAreNotWritten() throws IOException {
        Path spose = Files.writeString(dir.resolve("s.txt"), EARLIER);
        Path csv = Files.writeString(dir.resolve("s.csv"), EARLIER);
        AnnotationSessionInfo session = new AnnotationSessionInfo(1, new AnnotationSessionSpec(
                "set", "ann", "uniform", "{}", 3, List.of()), Instant.EPOCH, null, 1, 0);

        assertThrows(UncheckedIOException.class,
                () -> SessionExport.writeSpose(failingTrials(), spose));
        assertThrows(UncheckedIOException.class, () -> SessionExport.writeCsv(session,
                failingTrials(), ModelCollectorTest.ITEMS, csv));

        assertEquals(EARLIER, Files.readString(spose));
        assertEquals(EARLIER, Files.readString(csv));
        assertEquals(List.of(csv, spose), files());
    }
}
