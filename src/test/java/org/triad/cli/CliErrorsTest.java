package org.triad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad options and inputs end with one line that names the option or file and the reason, a
 * non-zero exit status and no stack trace, before any work is done.
 */
class CliErrorsTest {
    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Path items;
    private Path triplets;

    @BeforeEach
    void write() throws IOException {
        items = Files.write(dir.resolve("items.txt"), List.of("cat", "dog", "car", "bus"));
        triplets = Files.write(dir.resolve("t.txt"), List.of("0 1 2", "1 2 3", "0 2 3"));
    }

    private int run(String... args) {
        return CliRun.run(out, err, args);
    }

    private void assertRefused(int status, String... words) {
        assertEquals(2, status, err.toString());
        for (String word : words) {
            assertTrue(err.toString().contains(word), "'" + word + "' in: " + err);
        }
        assertFalse(err.toString().contains("\tat "), "no stack trace: " + err);
        assertFalse(err.toString().contains("Usage:"), "not the whole usage: " + err);
    }

    @Test
    void trainRefusesSettingsOutOfRangeNamingTheOption() {
        assertRefused(run("train", triplets.toString(), "--items", items.toString(),
                "--validation-fraction", "1.5", "-o", dir.resolve("e").toString()),
                "--validation-fraction", "1.5");
        assertRefused(run("train", triplets.toString(), "--items", items.toString(),
                "--dims", "0", "-o", dir.resolve("e").toString()), "--dims must be ≥ 1, not 0");
        assertRefused(run("train", triplets.toString(), "--items", items.toString(),
                "--lr", "0", "-o", dir.resolve("e").toString()), "--lr must be > 0");
        assertTrue(out.toString().isEmpty(), "nothing read or trained: " + out);
    }

    @Test
    void anOutputInAFolderThatCannotBeMadeIsRefusedBeforeTraining() throws IOException {
        Path file = Files.writeString(dir.resolve("plain"), "a file, not a folder");

        assertRefused(run("train", triplets.toString(), "--items", items.toString(),
                "-o", file.resolve("e").toString()), "--out", "is a file, not a folder");
        assertTrue(out.toString().isEmpty(), "nothing trained: " + out);
    }

    @Test
    void collectNamesTheBadValue() {
        assertRefused(run("collect", "--model", "m", "--base-url", "localhost:11434",
                "--raw", dir.resolve("r.jsonl").toString(), "-n", "3"),
                "--base-url", "localhost:11434");
        assertRefused(run("collect", "--model", "m", "--base-url", "127.0.0.1:8765/v1",
                "--raw", dir.resolve("r.jsonl").toString(), "-n", "3"),
                "must start with http:// or https://, e.g. http://127.0.0.1:8765/v1");
        assertRefused(run("collect", "--model", "m", "--raw", dir.resolve("r.jsonl").toString(),
                "-n", "3", "--concurrency", "0"), "--concurrency must be at least 1, not 0");
        assertFalse(Files.exists(dir.resolve("r.jsonl")), "no log was started");
    }

    @Test
    void compareAndEvaluateRefuseImpossibleSettings() {
        assertRefused(run("compare", "a.csv", "b.csv", "--level", "95"), "--level", "95");
        assertRefused(run("compare", "a.csv", "b.csv", "--bootstrap", "-1"), "--bootstrap");
        assertRefused(run("evaluate", "e.npy", "-t", triplets.toString(), "--resamples", "0"),
                "--resamples must be at least 1");
    }

    @Test
    void agreeSaysWhenNoTripletIsShared() throws IOException {
        Path other = Files.write(dir.resolve("other.txt"), List.of("3 1 0"));

        int status = run("agree", triplets.toString(), other.toString(), "--items",
                items.toString());

        assertEquals(1, status);
        assertTrue(out.toString().contains("no triplet is in both files"), out.toString());
        assertFalse(out.toString().contains("NaN"), out.toString());
    }

    @Test
    void aMissingFileIsNamedWithTheReason() {
        int status = run("collect", "--model", "m", "--raw", dir.resolve("r.jsonl").toString(),
                "-n", "3", "--template", dir.resolve("nope.txt").toString(), "--items",
                items.toString());

        assertEquals(2, status);
        assertTrue(err.toString().contains("nope.txt: no such file or folder"), err.toString());
    }

    @Test
    void collectAsksNothingWhenTheServerCannotBeUsed() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path raw = dir.resolve("r.jsonl");

        int down = run("collect", "--model", "m", "--base-url", "http://127.0.0.1:" + port
                + "/v1", "--raw", raw.toString(), "-n", "3", "--items", items.toString());

        assertEquals(2, down, err.toString());
        assertTrue(err.toString().contains("Nothing answers at http://127.0.0.1:" + port),
                err.toString());
        assertTrue(err.toString().contains("Nothing was asked."), err.toString());
        assertFalse(Files.exists(raw) && Files.size(raw) > 0, "nothing recorded as failed");

        int keyless = run("collect", "--model", "m", "--base-url", "https://llm.example.org/v1",
                "--api-key-env", "TRIAD_TEST_UNSET_VARIABLE", "--raw", raw.toString(), "-n", "3",
                "--items", items.toString());

        assertEquals(2, keyless);
        assertTrue(err.toString().contains("TRIAD_TEST_UNSET_VARIABLE is not set"),
                err.toString());
    }
}
