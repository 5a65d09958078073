package org.triad.collect;

import java.time.Duration;

/**
 * A chat request that brought no usable reply: an HTTP error, a timeout, a dropped connection
 * or a response that is not a chat completion.
 */
public final class ChatException extends Exception {
    private static final long serialVersionUID = 1L;

    private final boolean retryable;
    private final transient Duration retryAfter;

    /**
     * @param reason short reason stored with a failed triplet (never holds the API key)
     * @param retryable whether asking again may help (429, 5xx, timeout, dropped connection)
     * @param retryAfter the wait the server asked for, null when none
     */
    public ChatException(String reason, boolean retryable, Duration retryAfter) {
        super(reason);
        this.retryable = retryable;
        this.retryAfter = retryAfter;
    }

    /** Whether asking again may help. */
    public boolean retryable() {
        return retryable;
    }

    /** The wait the server asked for (429 {@code Retry-After}), null when none. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
