package org.triad.app;

import java.util.function.Consumer;

/** Runs background work and UI updates at once on the calling thread, for view-model tests. */
final class InlineTaskRunner implements TaskRunner {
    @Override
    public <T> void submit(String title, Work<T> work, Consumer<? super T> onSuccess,
            Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public void publish(Runnable update) {
        update.run();
    }
}
