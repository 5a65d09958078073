package org.triad.app;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.concurrent.Task;

/** Runs work as {@link Task}s on a pool of daemon threads; results arrive on the FX thread. */
final class FxTaskRunner implements TaskRunner, AutoCloseable {
    private final ExecutorService executor;

    /** A runner on its own pool of daemon worker threads. */
    FxTaskRunner() {
        this(Executors.newCachedThreadPool(new WorkerThreads()));
    }

    /** A runner on the given executor. */
    FxTaskRunner(ExecutorService executor) {
        this.executor = executor;
    }

    @Override
    public <T> void submit(String title, Work<T> work, Consumer<? super T> onSuccess,
            Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(event -> onSuccess.accept(task.getValue()));
        task.setOnFailed(event -> onFailure.accept(task.getException()));
        executor.execute(task);
    }

    @Override
    public void publish(Runnable update) {
        Platform.runLater(update);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    /** Daemon threads, so that a running job never keeps the program alive after its window. */
    private static final class WorkerThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable runnable) {
            Thread thread = new Thread(runnable, "triad-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
