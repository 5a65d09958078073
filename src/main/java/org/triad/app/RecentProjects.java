package org.triad.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The project files opened last, newest first, at most {@value #MAX}. They are kept in the
 * user's preferences; with {@code -Dtriad.prefs=off} only in memory, for this run.
 */
final class RecentProjects {
    /** How many files are remembered. */
    static final int MAX = 8;
    private static final Logger LOG = LoggerFactory.getLogger(RecentProjects.class);
    private static final String KEY = "recent.";

    /** Null when only memory keeps them. */
    private final Preferences node;
    private final List<Path> files = new ArrayList<>();

    /** @param node where to keep the list, or null to keep it in memory only */
    RecentProjects(Preferences node) {
        this.node = node;
        if (node != null) {
            for (int i = 0; i < MAX; i++) {
                String value = node.get(KEY + i, null);
                if (value != null && !value.isBlank()) {
                    files.add(Path.of(value));
                }
            }
        }
    }

    /** The user's list, or one in memory when {@value AppPreferences#PROPERTY} is "off". */
    static RecentProjects forUser() {
        return new RecentProjects(AppPreferences.userNode());
    }

    /** The files, newest first; some may no longer exist. */
    List<Path> files() {
        return List.copyOf(files);
    }

    /** The newest file that still exists, for the start when no project is named. */
    Optional<Path> lastExisting() {
        return files.stream().filter(Files::isRegularFile).findFirst();
    }

    /** Puts a file first (moving it up if it is listed) and forgets the oldest beyond MAX. */
    void add(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        files.remove(absolute);
        files.add(0, absolute);
        while (files.size() > MAX) {
            files.remove(files.size() - 1);
        }
        save();
    }

    /** Forgets a file. */
    void remove(Path file) {
        if (files.remove(file.toAbsolutePath().normalize())) {
            save();
        }
    }

    private void save() {
        if (node == null) {
            return;
        }
        for (int i = 0; i < MAX; i++) {
            if (i < files.size()) {
                node.put(KEY + i, files.get(i).toString());
            } else {
                node.remove(KEY + i);
            }
        }
        try {
            node.flush();
        } catch (BackingStoreException e) {
            LOG.warn("Could not save the recent projects: {}", e.getMessage());
        }
    }
}
