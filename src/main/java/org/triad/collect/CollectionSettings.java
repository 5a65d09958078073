package org.triad.collect;

import java.time.Duration;

/**
 * How hard to push an endpoint.
 *
 * @param concurrency requests in flight at once, ≥ 1
 * @param requestsPerMinute most requests started per minute, retries included; ≤ 0 for no limit
 * @param maxAttempts requests per triplet before it is recorded as failed, ≥ 1
 * @param initialBackoff wait before the first retry; doubles with every further retry
 * @param maxBackoff the longest wait between retries (a server's {@code Retry-After} wins)
 * @param promptPricePer1k price of 1,000 prompt tokens, for the cost estimate (0 if free)
 * @param completionPricePer1k price of 1,000 completion tokens
 */
public record CollectionSettings(int concurrency, double requestsPerMinute, int maxAttempts,
        Duration initialBackoff, Duration maxBackoff, double promptPricePer1k,
        double completionPricePer1k) {

    /** Validates the settings. */
    public CollectionSettings {
        if (concurrency < 1 || maxAttempts < 1 || initialBackoff.isNegative()
                || maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("concurrency " + concurrency + ", attempts "
                    + maxAttempts + ", backoff " + initialBackoff + ".." + maxBackoff);
        }
    }

    /** 8 in flight, no rate limit, 5 attempts, backoff from 1 s up to 60 s, no prices. */
    public static CollectionSettings defaults() {
        return new CollectionSettings(8, 0, 5, Duration.ofSeconds(1), Duration.ofSeconds(60), 0,
                0);
    }

    /** The backoff before retry number {@code retry} (1 for the first retry). */
    public Duration backoff(int retry) {
        long millis = initialBackoff.toMillis() << Math.min(retry - 1, 30);
        return millis < 0 || millis > maxBackoff.toMillis() ? maxBackoff
                : Duration.ofMillis(millis);
    }
}
