package org.triad.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The advisory lock that keeps a second Triad process off a project that one has open: an
 * operating-system lock on {@code <project>.lock}, which holds the owner's process id.
 *
 * <p>SQLite alone would keep the file consistent, but two programs each caching the item set
 * and adding judgements to the same sets would interleave them without either knowing; a clear
 * refusal is better. Within one JVM several stores may share a project (SQLite serialises their
 * writes), so the lock is counted per file and held until the last store closes. The OS drops
 * the lock when the process dies, so a lock file left by a killed Triad is simply taken over.
 * The lock file is never deleted: deleting it would let two processes lock different files of
 * the same name.
 */
final class ProjectLock {
    private static final Logger LOG = LoggerFactory.getLogger(ProjectLock.class);
    private static final Map<Path, ProjectLock> HELD = new HashMap<>();
    /**
     * The byte locked, beyond the process id at the start: Windows forbids other processes to
     * read a locked range, and the refusal should name the owner.
     */
    private static final long LOCKED_BYTE = 1 << 20;

    private final Path lockFile;
    private final FileChannel channel;
    private final FileLock lock;
    private final boolean created;
    private int users;

    private ProjectLock(Path lockFile, FileChannel channel, FileLock lock,
            boolean created) {
        this.lockFile = lockFile;
        this.channel = channel;
        this.lock = lock;
        this.created = created;
    }

    /** The lock file of a project file: {@code things.triad} → {@code things.triad.lock}. */
    static Path lockFileOf(Path project) {
        return project.resolveSibling(project.getFileName() + ".lock");
    }

    /**
     * Takes the lock of a project for this process, or joins it when this process holds it.
     *
     * @param project absolute, normalised project file
     * @throws StoreException when another process holds it ("in use by another Triad (pid N)")
     *     or the lock file cannot be created
     */
    static ProjectLock acquire(Path project) throws StoreException {
        synchronized (HELD) {
            ProjectLock held = HELD.get(project);
            if (held == null) {
                held = lock(project);
                HELD.put(project, held);
            }
            held.users++;
            return held;
        }
    }

    private static ProjectLock lock(Path project) throws StoreException {
        Path lockFile = lockFileOf(project);
        FileChannel channel = null;
        boolean existed = Files.exists(lockFile);
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE,
                    StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock(LOCKED_BYTE, 1, false);
            if (lock == null) {
                String owner = readOwner(channel);
                channel.close();
                throw new StoreException(project + " is in use by another Triad" + owner
                        + "; close it there first (the lock is " + lockFile.getFileName() + ")");
            }
            writeOwner(channel);
            return new ProjectLock(lockFile, channel, lock, !existed);
        } catch (IOException | OverlappingFileLockException e) {
            closeQuietly(channel);
            throw new StoreException(project + " cannot be locked for use (" + lockFile
                    + "): " + IoReasons.describe(e), e);
        }
    }

    private static String readOwner(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(64);
        channel.read(buffer, 0);
        String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII)
                .strip();
        return text.matches("\\d{1,19}") ? " (pid " + text + ")" : "";
    }

    private static void writeOwner(FileChannel channel) throws IOException {
        byte[] pid = (ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII);
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(pid), 0);
        channel.force(false);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            LOG.warn("Closing a lock file failed: {}", e.getMessage());
        }
    }

    /** Leaves the lock; the last user of this process releases it. */
    void release(Path project) {
        release(project, false);
    }

    /**
     * Leaves the lock after the file turned out not to be a project, or could not be made
     * one (a full disk); a lock file this process made is removed too, and so is the project
     * file when this open created it, so a failed open leaves nothing behind.
     */
    void releaseAfterFailedOpen(Path project, boolean projectIsNew) {
        release(project, true);
        if (projectIsNew) {
            for (String suffix : new String[] {"", "-journal", "-wal", "-shm"}) {
                try {
                    Files.deleteIfExists(project.resolveSibling(project.getFileName() + suffix));
                } catch (IOException e) {
                    LOG.warn("Removing the unfinished {} failed: {}", project, e.getMessage());
                }
            }
        }
    }

    private void release(Path project, boolean failedOpen) {
        synchronized (HELD) {
            if (--users > 0) {
                return;
            }
            HELD.remove(project);
            if (failedOpen && created) {
                try {
                    Files.deleteIfExists(lockFile);
                } catch (IOException e) {
                    LOG.warn("Removing {} failed: {}", lockFile, e.getMessage());
                }
            }
            try {
                lock.release();
            } catch (IOException e) {
                LOG.warn("Releasing {} failed: {}", lockFile, e.getMessage());
            }
            closeQuietly(channel);
        }
    }
}
