package org.triad.collect;

import java.util.Objects;
import org.triad.model.Triplet;

/**
 * The outcome of asking one triplet: what was shown, what came back, and how it was read. Every
 * raw reply is kept, parsed or not.
 *
 * @param key the triplet's key in its run (see {@link CollectionTask})
 * @param shown the three items in presentation order (A, B, C)
 * @param status parsed, unparseable (the model answered, naming no or several items) or failed
 *     (no usable answer: HTTP errors, timeouts, malformed responses)
 * @param odd item index chosen as the odd one out; -1 unless parsed
 * @param reply the model's raw text; empty when it failed
 * @param reason how the reply was read, or why it was not / why the request failed
 * @param attempts requests sent for this triplet, ≥ 1
 * @param promptTokens prompt tokens the server counted over all attempts
 * @param completionTokens completion tokens the server counted over all attempts
 * @param templateHash {@link PromptTemplate#hash()} of the prompt's template
 * @param model model id asked
 * @param epochMillis when the outcome was recorded
 * @param latencyMillis duration of the last request in milliseconds
 */
public record CollectionRecord(String key, Triplet shown, Status status, int odd, String reply,
        String reason, int attempts, long promptTokens, long completionTokens,
        String templateHash, String model, long epochMillis, long latencyMillis) {

    /** How a triplet ended. */
    public enum Status {
        /** The reply named exactly one item. */
        PARSED,
        /** The model answered, but its reply named none or several items. */
        UNPARSEABLE,
        /** No usable answer came after the allowed attempts. */
        FAILED
    }

    /** Checks that a parsed record names one of the shown items. */
    public CollectionRecord {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(shown, "shown");
        Objects.requireNonNull(status, "status");
        if (status == Status.PARSED != (odd >= 0) || (odd >= 0 && !shown.contains(odd))) {
            throw new IllegalArgumentException("status " + status + " with odd one out " + odd
                    + " for " + shown);
        }
        reply = reply == null ? "" : reply;
        reason = reason == null ? "" : reason;
    }
}
