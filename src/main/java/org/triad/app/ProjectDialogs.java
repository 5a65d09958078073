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

    /** Asks for a SPoSE triplet file to import into the open project. */
    Optional<Path> chooseJudgementFile(Path folder);

    /** Asks for a line of text, such as a set name; empty when cancelled. */
    Optional<String> askText(String title, String message, String initial);

    /** Tells the user that something worked, e.g. how many judgements were imported. */
    void inform(String title, String message);

    /** Asks a yes/no question; true means go ahead. */
    boolean confirm(String title, String message);
}
