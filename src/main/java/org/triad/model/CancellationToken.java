package org.triad.model;

/** Asks a long job to stop; the job checks it at least once per batch or request. */
public final class CancellationToken {
    private volatile boolean cancelled;

    /** Asks the job to stop at its next check. */
    public void cancel() {
        cancelled = true;
    }

    /** Whether cancellation was asked for. */
    public boolean isCancelled() {
        return cancelled;
    }

    /** A token that is never cancelled. */
    public static CancellationToken none() {
        return new CancellationToken();
    }
}
