package org.triad.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Decides which project file the app opens: argument, then system property, then the last
 * project opened, then the default.
 */
final class ProjectLocation {
    /** System property naming a project file, e.g. {@code -Dtriad.project=demo.triad}. */
    static final String PROPERTY = "triad.project";

    private ProjectLocation() {
    }

    /**
     * The project file asked for on the command line or by {@value #PROPERTY}, if any.
     *
     * @param rawArgs the raw command-line arguments; the first one not starting with "-" wins
     * @param property the value of the system property, may be null or blank
     */
    static Optional<Path> requested(List<String> rawArgs, String property) {
        for (String arg : rawArgs) {
            if (!arg.startsWith("-") && !arg.isBlank()) {
                return Optional.of(Path.of(arg));
            }
        }
        if (property != null && !property.isBlank()) {
            return Optional.of(Path.of(property));
        }
        return Optional.empty();
    }

    /**
     * The project file to open at start: the one asked for (see {@link #requested}), else the
     * last one opened if it still exists; empty means the default THINGS project.
     */
    static Optional<Path> atStart(List<String> rawArgs, String property,
            RecentProjects recent) {
        return requested(rawArgs, property).or(recent::lastExisting);
    }

    /** A short display name for a project file: its file name without the extension. */
    static String displayName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
