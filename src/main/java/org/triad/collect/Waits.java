package org.triad.collect;

import java.util.concurrent.TimeUnit;
import org.triad.model.CancellationToken;

/** Timed waits that a cancellation cuts short within 50 ms. */
final class Waits {
    private static final long STEP_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    private Waits() {
    }

    /** Waits until {@code System.nanoTime()} reaches the deadline; false when cancelled. */
    static boolean until(long deadlineNanos, CancellationToken cancel)
            throws InterruptedException {
        while (!cancel.isCancelled()) {
            long left = deadlineNanos - System.nanoTime();
            if (left <= 0) {
                return true;
            }
            TimeUnit.NANOSECONDS.sleep(Math.min(left, STEP_NANOS));
        }
        return false;
    }
}
