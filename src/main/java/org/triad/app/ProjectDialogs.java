package org.triad.app;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The questions that opening and saving projects asks the user: which file, and whether to
 * cancel a running job. The app asks with file choosers and alerts; tests answer from a script.
 */
interface ProjectDialogs {
    /**
     * Asks for a project file to open.
     *
     * @param folder the folder to start in, may be null
     */
    Optional<Path> chooseProjectToOpen(Path folder);

    /** Asks for the file of a copy of {@code current}. */
    Optional<Path> chooseCopyTarget(Path current);

    /** Asks a yes/no question; true means go ahead. */
    boolean confirm(String title, String message);
}
