package org.triad.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.PreparedStatement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a consistent copy of an open project ("Save As"). The copy comes from SQLite's
 * {@code VACUUM INTO} on the project's own connection, never from copying the file: a live
 * WAL database is several files, and a copy of the main file alone may miss committed work.
 */
public final class ProjectCopy {
    private static final Logger LOG = LoggerFactory.getLogger(ProjectCopy.class);

    private ProjectCopy() {
    }

    /**
     * Writes everything {@code store} holds into {@code target}, replacing a file there. The copy
     * is written beside the target first and then moved over it, so a failure leaves the target
     * as it was.
     *
     * @param target the new project file; not the open one
     * @throws StoreException when the target is the open project, is open in another Triad, or
     *     cannot be written
     */
    public static void write(ProjectStore store, Path target) throws StoreException {
        Path absolute = target.toAbsolutePath().normalize();
        if (absolute.equals(store.file()) || sameFile(absolute, store.file())) {
            throw new StoreException(absolute + " is the open project; a copy needs another"
                    + " name");
        }
        if (Files.isDirectory(absolute)) {
            throw new StoreException(absolute + " is a folder, not a project file");
        }
        ProjectLock lock = ProjectLock.acquire(absolute);
        Path partial = absolute.resolveSibling(absolute.getFileName() + ".partial");
        try {
            Files.deleteIfExists(partial);
            vacuumInto(store, partial);
            Files.deleteIfExists(sidecar(absolute, "-wal"));
            Files.deleteIfExists(sidecar(absolute, "-shm"));
            Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException(absolute + " could not be written: " + e.getMessage(), e);
        } finally {
            deleteQuietly(partial);
            lock.release(absolute);
        }
        LOG.info("Saved a copy of {} as {}", store.file(), absolute);
    }

    private static void vacuumInto(ProjectStore store, Path partial) throws StoreException {
        // The store's methods are synchronized on it; holding it keeps its writes out meanwhile.
        synchronized (store) {
            store.read("write a copy to " + partial, c -> {
                try (PreparedStatement vacuum = c.prepareStatement("VACUUM INTO ?")) {
                    vacuum.setString(1, partial.toString());
                    vacuum.execute();
                }
                return null;
            });
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    private static Path sidecar(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not remove {}: {}", file, e.getMessage());
        }
    }
}
