package org.triad.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.triad.store.IoReasons;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Checks, before any work, that a command can write where it was told to, so that a long run
 * does not end in an error about its output folder.
 */
final class CliOutputs {
    private CliOutputs() {
    }

    /**
     * Refuses an output whose folder cannot be made or written; creates a missing folder.
     *
     * @param option the option that named the file, for the message
     * @param file the file (or prefix) to be written; null when the option was not given
     */
    static void requireWritable(CommandSpec spec, String option, Path file) {
        if (file == null) {
            return;
        }
        Path absolute = file.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            throw refuse(spec, option, file, absolute + " is a folder; name a file in it");
        }
        if (absolute.getParent() != null) {
            requireFolder(spec, option, file, absolute.getParent());
        }
        if (Files.exists(absolute) && !Files.isWritable(absolute)) {
            throw refuse(spec, option, file, absolute + " exists and is not writable");
        }
    }

    /**
     * Refuses a group of files written together (e.g. {@code x.npy}, {@code x.txt},
     * {@code x.json}) when any of them cannot be written, before any work.
     */
    static void requireWritable(CommandSpec spec, String option, java.util.List<Path> files) {
        for (Path file : files) {
            requireWritable(spec, option, file);
        }
    }

    /** Refuses a folder that cannot be made or written; creates it when missing. */
    static void requireWritableFolder(CommandSpec spec, String option, Path folder) {
        if (folder != null) {
            requireFolder(spec, option, folder, folder.toAbsolutePath().normalize());
        }
    }

    private static void requireFolder(CommandSpec spec, String option, Path file, Path folder) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw refuse(spec, option, file, folder + " is a file, not a folder");
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw refuse(spec, option, file, "the folder " + folder + " cannot be created ("
                    + IoReasons.describe(e) + ")");
        }
        // Files.isWritable answers yes to root everywhere (even under /proc): try a file.
        try {
            Files.delete(Files.createTempFile(folder, ".triad-check-", ".tmp"));
        } catch (IOException e) {
            throw refuse(spec, option, file, "the folder " + folder + " is not writable ("
                    + IoReasons.reason(e) + ")");
        }
    }

    private static ParameterException refuse(CommandSpec spec, String option, Path file,
            String reason) {
        return new ParameterException(spec.commandLine(),
                "cannot write " + option + " " + file + ": " + reason);
    }
}
