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

    /**
     * This listener seen as one step of a job of several: the step's progress is reported as
     * the share {@code [from, to]} of the whole, so the whole never goes backwards.
     */
    default ProgressListener step(double from, double to) {
        long scale = 1_000_000;
        return (done, total, message) -> {
            double share = total <= 0 ? 1 : Math.min(1, (double) done / total);
            progress(Math.round(scale * (from + (to - from) * share)), scale, message);
        };
    }
}
