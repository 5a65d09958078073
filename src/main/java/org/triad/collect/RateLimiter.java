package org.triad.collect;

import java.util.concurrent.TimeUnit;
import org.triad.model.CancellationToken;

/**
 * Spaces request starts evenly: at most one per {@code 60 / requestsPerMinute} seconds, with no
 * bursts, so that any window holds at most one more request than the rate allows.
 */
final class RateLimiter {

    private final long intervalNanos;
    private long next = Long.MIN_VALUE;

    RateLimiter(double requestsPerMinute) {
        intervalNanos = requestsPerMinute <= 0 ? 0
                : Math.round(TimeUnit.MINUTES.toNanos(1) / requestsPerMinute);
    }

    private synchronized long reserve() {
        long now = System.nanoTime();
        long slot = next == Long.MIN_VALUE || next - now < 0 ? now : next;
        next = slot + intervalNanos;
        return slot;
    }

    /**
     * Waits for the next free slot.
     *
     * @return false when cancelled while waiting (the slot is then simply unused)
     */
    boolean acquire(CancellationToken cancel) throws InterruptedException {
        if (intervalNanos == 0) {
            return !cancel.isCancelled();
        }
        long slot = reserve();
        return Waits.until(slot, cancel);
    }
}
