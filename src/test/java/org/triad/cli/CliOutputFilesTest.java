package org.triad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command that cannot write all of its outputs says so before any work and leaves no file
 * of the group behind; errors about what was read name the file.
 */
class CliOutputFilesTest {
    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Path items;
    private Path triplets;
    private Path embedding;

    @BeforeEach
    void write() throws IOException {
        items = Files.write(dir.resolve("items.txt"), List.of("cat", "dog", "car", "bus"));
        triplets = Files.write(dir.resolve("t.txt"), List.of("0 1 2", "1 2 3", "0 2 3"));
        embedding = Files.write(dir.resolve("e.txt"),
                List.of("1 0", "0.9 0.1", "0 1", "0.1 0.9"));
    }

    private int run(String... args) {
        return CliRun.run(out, err, args);
    }

    @Test
    void trainChecksAllThreeOutputsBeforeTraining() throws IOException {
        Files.createDirectory(dir.resolve("run.json"));

        int status = run("train", triplets.toString(), "--items", items.toString(),
                "--dims", "2", "--epochs", "1", "-o", dir.resolve("run").toString());

        assertEquals(2, status, err.toString());
        assertTrue(err.toString().contains("run.json is a folder"), err.toString());
        assertFalse(out.toString().contains("epoch"), "nothing trained: " + out);
        assertEquals(List.of("e.txt", "items.txt", "run.json", "t.txt"), names());
    }

    @Test
    void rsmWritesNeitherTheNpyNorItsIdsWhenTheIdFileCannotBeWritten() throws IOException {
        Files.createDirectory(dir.resolve("r.items.txt"));

        int status = run("rsm", embedding.toString(), "--items", items.toString(),
                "-o", dir.resolve("r.npy").toString());

        assertEquals(2, status, err.toString());
        assertTrue(err.toString().contains("r.items.txt is a folder"), err.toString());
        assertFalse(Files.exists(dir.resolve("r.npy")));
    }

    @Test
    void rsmRefusesFewerThanOneThread() {
        assertEquals(2, run("rsm", embedding.toString(), "--items", items.toString(),
                "--threads", "0", "-o", dir.resolve("r.csv").toString()));
        assertTrue(err.toString().contains("--threads must be at least 1, not 0"),
                err.toString());
        assertFalse(Files.exists(dir.resolve("r.csv")));
    }

    @Test
    void aFolderThatTakesNoFilesIsRefusedWithItsReasonBeforeTraining() {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "needs Linux's /proc");
        int status = run("train", triplets.toString(), "--items", items.toString(),
                "--dims", "2", "--epochs", "1", "-o", "/proc/triad-run");
        assertEquals(2, status, err.toString());
        assertTrue(err.toString().contains("the folder /proc is not writable ("),
                err.toString());
        assertFalse(out.toString().contains("epoch"), "nothing trained: " + out);
    }

    @Test
    void anRsmNpyWithoutItsIdFileIsNamedAsTheLikelyCause() throws IOException {
        assertEquals(0, run("rsm", embedding.toString(), "--items", items.toString(),
                "-o", dir.resolve("r.npy").toString()), err.toString());
        Files.delete(dir.resolve("r.items.txt"));
        Files.delete(items);
        Path three = Files.write(dir.resolve("three.txt"), List.of("cat", "dog", "car"));

        int status = run("compare", dir.resolve("r.npy").toString(), embedding.toString(),
                "--items", three.toString());

        assertEquals(2, status, err.toString());
        assertTrue(err.toString().contains("an RSM .npy needs its ids in r.items.txt beside"
                + " it, and there is none"), err.toString());
    }

    @Test
    void aSquareNpyWithoutIdsIsReadAsAnEmbeddingWithAWarning() throws IOException {
        assertEquals(0, run("rsm", embedding.toString(), "--items", items.toString(),
                "-o", dir.resolve("r.npy").toString()), err.toString());
        Files.delete(dir.resolve("r.items.txt"));

        assertEquals(0, run("compare", dir.resolve("r.npy").toString(), embedding.toString(),
                "--items", items.toString()), err.toString());

        assertTrue(out.toString().contains("warning: " + dir.resolve("r.npy") + " is square"
                + " (4 × 4) and has no r.items.txt beside it"), out.toString());
    }

    @Test
    void vectorsWritesNoOutFileWhenTheProjectRefusesTheAnswers() throws IOException {
        Path notProject = Files.writeString(dir.resolve("notes.triad"), "my notes\n");

        assertEquals(2, run("vectors", embedding.toString(), "--items", items.toString(),
                "-n", "5", "--out", dir.resolve("v.txt").toString(),
                "--project", notProject.toString(), "--set", "v"));

        assertTrue(err.toString().contains("is not a Triad project"), err.toString());
        assertFalse(Files.exists(dir.resolve("v.txt")), "no --out file");
        assertFalse(Files.exists(dir.resolve("notes.triad.lock")), "no lock file");
    }

    @Test
    void aCorruptCheckpointIsNamed() throws IOException {
        Path checkpoint = Files.createDirectories(dir.resolve("ck/epoch-0001"));
        Files.writeString(checkpoint.resolve("checkpoint.json"), "{not json");

        int status = run("train", triplets.toString(), "--items", items.toString(),
                "--dims", "2", "--epochs", "2", "-o", dir.resolve("run").toString(),
                "--resume", dir.resolve("ck").toString());

        assertTrue(status != 0, err.toString());
        assertTrue(err.toString().contains(checkpoint.resolve("checkpoint.json")
                + " is not JSON: "), err.toString());
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
    }

    @Test
    void vectorsRefusesACountItCannotHoldInOneLine() throws IOException {
        Path features = Files.write(dir.resolve("f.txt"),
                List.of("1 0", "0.9 0.1", "0 1", "0.1 0.9"));
        assertEquals(2, run("vectors", features.toString(), "--items", items.toString(),
                "-n", "2000000000", "--out", dir.resolve("v.txt").toString()));
        assertTrue(err.toString().contains(
                "-n 2000000000 is more than the 5,000,000 triplets one run"), err.toString());
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
        assertFalse(Files.exists(dir.resolve("v.txt")));
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
