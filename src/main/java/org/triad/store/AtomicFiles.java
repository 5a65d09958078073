package org.triad.store;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes output files whole or not at all. Each file is first written to a hidden temporary
 * file beside it; only when every file of the group is written are they moved into place. A
 * failure (a full disk, a folder where a file should be) removes the temporary files, leaves
 * any earlier file of that name as it was, and names the file that could not be written.
 */
public final class AtomicFiles {
    private static final String PART = ".part";
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();
    /** Temporary files being written now; Ctrl-C or a kill signal removes them on the way out. */
    private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(part -> {
            try {
                Files.deleteIfExists(part);
            } catch (IOException e) {
                // Leaving: nothing more can be done about it.
            }
        }), "triad-remove-partial-outputs"));
    }

    private AtomicFiles() {
    }

    /** Writes one file's content to the path it is given. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Path file) throws IOException;
    }

    /** One file of a group: where it goes and how it is written. */
    public record Output(Path file, Content content) {
    }

    /** Writes {@code file} whole or not at all. */
    public static void write(Path file, Content content) throws IOException {
        write(List.of(new Output(file, content)));
    }

    /** Writes every file of {@code outputs}, or none of them. */
    public static void write(List<Output> outputs) throws IOException {
        List<Path> parts = new ArrayList<>();
        try {
            for (Output output : outputs) {
                Path target = output.file().toAbsolutePath().normalize();
                if (Files.isDirectory(target)) {
                    throw new IOException(target + ": cannot be written: it is a folder");
                }
                Path part = temporary(target);
                parts.add(part);
                LIVE.add(part);
                try {
                    output.content().writeTo(part);
                } catch (IOException e) {
                    throw new IOException(target + ": cannot be written: " + reason(e), e);
                }
            }
            for (int i = 0; i < outputs.size(); i++) {
                Path target = outputs.get(i).file().toAbsolutePath().normalize();
                move(parts.get(i), target);
            }
        } finally {
            for (Path part : parts) {
                Files.deleteIfExists(part);
                LIVE.remove(part);
            }
        }
    }

    /**
     * A fresh hidden name beside the target. The writer creates the file, so it gets the
     * permissions any new file gets (a temporary file from the JDK would be private).
     */
    private static Path temporary(Path target) throws IOException {
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IOException(target + ": cannot be written: no such folder");
        }
        Path part;
        do {
            part = folder.resolve("." + target.getFileName() + "."
                    + Long.toHexString(RANDOM.nextLong() & Long.MAX_VALUE) + PART);
        } while (Files.exists(part));
        return part;
    }

    private static void move(Path part, Path target) throws IOException {
        try {
            try {
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new IOException(target + ": cannot be written: " + reason(e), e);
        }
    }

    /** What went wrong, without the temporary file's name. */
    static String reason(IOException e) {
        return e instanceof NoSuchFileException ? "no such folder" : IoReasons.reason(e);
    }
}
