package org.triad.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import org.triad.model.Triplet;

/**
 * One row of {@code model_replies}: a triplet asked of a language model and what came back
 * (docs/FORMATS.md, "Model replies"). It never holds an API key.
 *
 * @param taskKey the triplet's key in its run, e.g. {@code 3-17-40#0/r1}
 * @param shown the three items in presentation order (A, B, C)
 * @param rotation which rotation of the triplet's random order was shown (0–2)
 * @param model model id asked
 * @param baseUrl endpoint base URL
 * @param templateHash hash of the prompt template
 * @param temperature sampling temperature
 * @param status {@code parsed}, {@code unparseable} or {@code failed}
 * @param odd the item chosen as odd one out; -1 unless parsed
 * @param reply the raw reply text; empty when the request failed
 * @param reason how the reply was read, or why it was not
 * @param attempts requests sent for this triplet
 * @param promptTokens prompt tokens counted by the server
 * @param completionTokens completion tokens counted by the server
 * @param latencyMillis duration of the last request, -1 when unknown
 * @param time when the outcome was recorded
 */
public record ModelReply(String taskKey, Triplet shown, int rotation, String model,
        String baseUrl, String templateHash, double temperature, String status, int odd,
        String reply, String reason, int attempts, long promptTokens, long completionTokens,
        long latencyMillis, Instant time) {

    /** The values of {@link #status()}. */
    public static final Set<String> STATUSES = Set.of("parsed", "unparseable", "failed");

    /** Checks the status and that a parsed reply names one of the shown items. */
    public ModelReply {
        Objects.requireNonNull(taskKey, "taskKey");
        Objects.requireNonNull(shown, "shown");
        Objects.requireNonNull(time, "time");
        if (!STATUSES.contains(status)) {
            throw new IllegalArgumentException("unknown reply status " + status);
        }
        if ("parsed".equals(status) != (odd >= 0) || (odd >= 0 && !shown.contains(odd))) {
            throw new IllegalArgumentException("status " + status + " with odd one out " + odd
                    + " for " + shown);
        }
        model = Objects.requireNonNullElse(model, "");
        baseUrl = Objects.requireNonNullElse(baseUrl, "");
        templateHash = Objects.requireNonNullElse(templateHash, "");
        reply = Objects.requireNonNullElse(reply, "");
        reason = Objects.requireNonNullElse(reason, "");
    }
}
