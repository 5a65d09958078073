package org.triad.app;

import java.util.function.Consumer;

/**
 * Runs background work off the UI thread and publishes results on it. The app's implementation
 * wraps work in a {@code javafx.concurrent.Task}; tests use one that runs everything inline.
 */
public interface TaskRunner {
    /** Work that runs on a background thread and may fail. */
    @FunctionalInterface
    interface Work<T> {
        /** Does the work; never touches UI state. */
        T call() throws Exception;
    }

    /**
     * Runs {@code work} in the background; then {@code onSuccess} or {@code onFailure} runs on
     * the UI thread.
     *
     * @param title short name of the job, for thread names and logs
     */
    <T> void submit(String title, Work<T> work, Consumer<? super T> onSuccess,
            Consumer<Throwable> onFailure);

    /** Runs a state update on the UI thread, after the updates published before it. */
    void publish(Runnable update);
}
