package org.triad.model;

/** Receives the progress of a long job; called on the job's thread. */
@FunctionalInterface
public interface ProgressListener {
    /** A listener that ignores everything. */
    ProgressListener NONE = (done, total, message) -> { };

    /**
     * @param done units of work finished
     * @param total units of work in all, ≥ done
     * @param message short description of the current step
     */
    void progress(long done, long total, String message);
}
