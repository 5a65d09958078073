package org.triad.collect;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Where and how to ask a language model: an OpenAI-compatible chat-completions endpoint (OpenAI,
 * Ollama, llama.cpp's server, vLLM, LM Studio). The API key lives only in memory for the
 * session: {@link #toString()} hides it, and nothing in Triad writes it to a project file, a
 * log or a manifest.
 *
 * @param baseUrl base URL up to and including the API version, e.g.
 *     {@code https://api.openai.com/v1}; {@code /chat/completions} is appended
 * @param model model id sent with every request
 * @param apiKey bearer token, empty for local servers that need none
 * @param temperature sampling temperature, ≥ 0
 * @param maxTokens largest number of completion tokens asked for, ≥ 1
 * @param timeout limit on one request, from sending to the whole reply
 */
public record ModelEndpoint(URI baseUrl, String model, String apiKey, double temperature,
        int maxTokens, Duration timeout) {

    /** Validates the settings. */
    public ModelEndpoint {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(timeout, "timeout");
        apiKey = apiKey == null ? "" : apiKey;
        if (!(temperature >= 0) || maxTokens < 1 || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("temperature " + temperature + ", max tokens "
                    + maxTokens + ", timeout " + timeout);
        }
    }

    /**
     * An endpoint whose key is read from an environment variable.
     *
     * @param env the environment (e.g. {@code System.getenv()})
     * @param keyVariable name of the variable; a missing variable gives an empty key
     */
    public static ModelEndpoint withKeyFrom(Map<String, String> env, String keyVariable,
            URI baseUrl, String model, double temperature, int maxTokens, Duration timeout) {
        String key = keyVariable == null ? "" : env.getOrDefault(keyVariable, "");
        return new ModelEndpoint(baseUrl, model, key, temperature, maxTokens, timeout);
    }

    /** The chat-completions URI of this endpoint. */
    public URI chatCompletionsUri() {
        String base = baseUrl.toString();
        return URI.create(base.endsWith("/") ? base + "chat/completions"
                : base + "/chat/completions");
    }

    /** A description safe to log or store: everything but the key. */
    public String describe() {
        return model + " at " + baseUrl + " (temperature " + temperature + ", max tokens "
                + maxTokens + ")";
    }

    @Override
    public String toString() {
        // Records print every component; the key must never reach a log through toString.
        return "ModelEndpoint[" + describe() + ", key " + (apiKey.isEmpty() ? "none" : "set")
                + "]";
    }
}
