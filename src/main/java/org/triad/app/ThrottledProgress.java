package org.triad.app;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.LongSupplier;
import org.triad.model.ProgressListener;

/**
 * A progress listener for worker threads that publishes to the UI thread at most once per
 * percent, so that a job reporting millions of steps does not flood it, and drops the update
 * when a newer request has replaced the one it belongs to.
 */
final class ThrottledProgress {
    private ThrottledProgress() {
    }

    /**
     * @param tasks publishes on the UI thread
     * @param newest the newest request's number, read on the UI thread
     * @param request the request this job serves
     * @param percent receives 0..100 on the UI thread
     */
    static ProgressListener of(TaskRunner tasks, LongSupplier newest, long request,
            IntConsumer percent) {
        AtomicInteger last = new AtomicInteger(-1);
        return (done, total, message) -> {
            int now = total == 0 ? 0 : (int) (100 * done / total);
            if (last.getAndSet(now) != now) {
                tasks.publish(() -> {
                    if (request == newest.getAsLong()) {
                        percent.accept(now);
                    }
                });
            }
        };
    }
}
