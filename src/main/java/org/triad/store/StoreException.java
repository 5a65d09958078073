package org.triad.store;

/** A project file could not be opened, read or written. */
public class StoreException extends Exception {
    private static final long serialVersionUID = 1L;

    /** @param message what went wrong, naming the file */
    public StoreException(String message) {
        super(message);
    }

    /** @param message what went wrong, naming the file; @param cause the underlying error */
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
