package org.triad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Output files are written whole or not at all: a failure partway leaves no partial file, no
 * temporary file and any earlier file of that name as it was, and names the file.
 */
class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void aWriteThatFailsPartwayLeavesTheEarlierFileAndNoPart() throws IOException {
        Path file = Files.writeString(dir.resolve("out.txt"), "earlier");

        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(file, target -> {
            Files.writeString(target, "half of the n");
            throw new IOException("No space left on device");
        }));

        assertEquals(file.toAbsolutePath() + ": cannot be written: No space left on device",
                e.getMessage());
        assertEquals("earlier", Files.readString(file));
        assertEquals(List.of(file), listing());
    }

    @Test
    void aGroupIsWrittenWholeOrNotAtAll() throws IOException {
        Path first = dir.resolve("run.npy");
        Path second = dir.resolve("run.json");
        Files.createDirectory(second);

        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(List.of(
                new AtomicFiles.Output(first, target -> Files.writeString(target, "weights")),
                new AtomicFiles.Output(second, target -> Files.writeString(target, "{}")))));

        assertTrue(e.getMessage().startsWith(second.toAbsolutePath() + ": cannot be written"),
                e.getMessage());
        assertFalse(Files.exists(first), "the first file of the group was not left alone");
        assertEquals(List.of(second), listing());
    }

    @Test
    void aWrittenGroupReplacesEarlierFilesAndLeavesNoPart() throws IOException {
        Path first = Files.writeString(dir.resolve("a.txt"), "old");
        Path second = dir.resolve("b.txt");

        AtomicFiles.write(List.of(
                new AtomicFiles.Output(first, target -> Files.writeString(target, "new a")),
                new AtomicFiles.Output(second, target -> Files.write(target,
                        List.of("new b"), StandardCharsets.UTF_8))));

        assertEquals("new a", Files.readString(first));
        assertEquals("new b\n", Files.readString(second));
        assertEquals(List.of(first, second), listing());
    }

    @Test
    void aWrittenFileGetsTheUsualPermissionsNotPrivateOnes() throws IOException {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path plain = Files.writeString(dir.resolve("plain.txt"), "x");
        Path file = dir.resolve("out.txt");

        AtomicFiles.write(file, target -> Files.writeString(target, "x"));

        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(file));
    }

    @Test
    void aMissingFolderIsNamed() {
        Path file = dir.resolve("nowhere/out.csv");
        IOException e = assertThrows(IOException.class,
                () -> AtomicFiles.write(file, target -> Files.writeString(target, "x")));
        assertEquals(file.toAbsolutePath() + ": cannot be written: no such folder",
                e.getMessage());
    }

    private List<Path> listing() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }
}
