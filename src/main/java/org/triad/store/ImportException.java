package org.triad.store;

import java.nio.file.Path;

/** An import file was rejected; names the file, the 1-based line (0 = whole file) and why. */
public class ImportException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Path file;
    private final long line;
    private final String reason;

    /**
     * @param file the rejected file
     * @param line 1-based line number, 0 when the problem is not on one line
     * @param reason what is wrong, in words a researcher understands
     */
    public ImportException(Path file, long line, String reason) {
        super(file + (line > 0 ? ":" + line : "") + ": " + reason);
        this.file = file;
        this.line = line;
        this.reason = reason;
    }

    /** The rejected file. */
    public Path file() {
        return file;
    }

    /** 1-based line number, 0 when the problem is not on one line. */
    public long line() {
        return line;
    }

    /** Why the file was rejected. */
    public String reason() {
        return reason;
    }
}
