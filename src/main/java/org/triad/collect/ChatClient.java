package org.triad.collect;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * Speaks the OpenAI chat-completions protocol over {@link HttpClient} (TLS verified as the Java
 * runtime does by default). Thread-safe; one instance serves all workers of a run.
 */
public final class ChatClient {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ModelEndpoint endpoint;
    private final HttpClient http;

    /**
     * @param endpoint where to send requests
     * @param executor runs the client's internal tasks; null for the client's own
     */
    public ChatClient(ModelEndpoint endpoint, Executor executor) {
        this.endpoint = endpoint;
        HttpClient.Builder builder = HttpClient.newBuilder()
                .connectTimeout(endpoint.timeout())
                // Local servers (Ollama, llama.cpp) speak plain HTTP/1.1; h2c upgrades only hurt.
                .version("http".equals(endpoint.baseUrl().getScheme()) ? HttpClient.Version.HTTP_1_1
                        : HttpClient.Version.HTTP_2);
        if (executor != null) {
            builder.executor(executor);
        }
        this.http = builder.build();
    }

    /** The request body for one text prompt, as the Batch API also wants it. */
    public static ObjectNode requestBody(ModelEndpoint endpoint, String prompt) {
        return requestBody(endpoint, Prompt.text(prompt));
    }

    /**
     * The request body for one prompt, as the Batch API also wants it. A multimodal prompt's
     * content is an array of OpenAI content parts: the text, then per item a text part with
     * its letter and an {@code image_url} part with the image as a {@code data:} URL (or, for
     * an item described in words, one text part).
     */
    public static ObjectNode requestBody(ModelEndpoint endpoint, Prompt prompt) {
        ObjectNode body = JSON.createObjectNode();
        body.put("model", endpoint.model());
        ObjectNode message = body.putArray("messages").addObject();
        message.put("role", "user");
        if (prompt.multimodal()) {
            ArrayNode parts = message.putArray("content");
            parts.addObject().put("type", "text").put("text", prompt.text());
            for (Prompt.ItemPart item : prompt.items()) {
                if (item.image() == null) {
                    parts.addObject().put("type", "text").put("text", item.words());
                    continue;
                }
                parts.addObject().put("type", "text").put("text", item.letter() + ".");
                parts.addObject().put("type", "image_url").putObject("image_url")
                        .put("url", item.image().dataUrl());
            }
        } else {
            message.put("content", prompt.text());
        }
        body.put("temperature", endpoint.temperature());
        body.put("max_tokens", endpoint.maxTokens());
        return body;
    }

    /**
     * Sends one prompt and waits for the reply.
     *
     * @throws ChatException when no usable reply came; {@link ChatException#retryable()} says
     *     whether to try again
     * @throws InterruptedException when the calling thread is interrupted
     */
    public ChatReply complete(String prompt) throws ChatException, InterruptedException {
        return complete(Prompt.text(prompt));
    }

    /**
     * Sends one prompt, text or multimodal, and waits for the reply.
     *
     * @throws ChatException when no usable reply came; {@link ChatException#retryable()} says
     *     whether to try again
     * @throws InterruptedException when the calling thread is interrupted
     */
    public ChatReply complete(Prompt prompt) throws ChatException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint.chatCompletionsUri())
                .timeout(endpoint.timeout())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body(prompt)));
        if (!endpoint.apiKey().isEmpty()) {
            request.header("Authorization", "Bearer " + endpoint.apiKey());
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            throw new ChatException("timeout after " + endpoint.timeout().toMillis() + " ms",
                    true, null);
        } catch (IOException e) {
            throw new ChatException("connection failed: " + e.getClass().getSimpleName(), true,
                    null);
        }
        return reply(response);
    }

    private String body(Prompt prompt) {
        try {
            return JSON.writeValueAsString(requestBody(endpoint, prompt));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON request", e);
        }
    }

    private static ChatReply reply(HttpResponse<String> response) throws ChatException {
        int status = response.statusCode();
        if (status == 429 || status >= 500) {
            throw new ChatException("HTTP " + status, true,
                    retryAfter(response.headers().firstValue("Retry-After")));
        }
        if (status != 200) {
            throw new ChatException("HTTP " + status, false, null);
        }
        return parseCompletion(response.body());
    }

    /**
     * Reads a chat-completion JSON body (also one line of a Batch API result).
     *
     * @throws ChatException when it is not JSON or holds no choice with a message
     */
    public static ChatReply parseCompletion(String body) throws ChatException {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new ChatException("malformed JSON response", false, null);
        }
        return parseCompletion(root);
    }

    static ChatReply parseCompletion(JsonNode root) throws ChatException {
        JsonNode choices = root == null ? null : root.get("choices");
        if (choices == null || !choices.isArray() || choices.isEmpty()) {
            throw new ChatException("response has no choices", false, null);
        }
        JsonNode content = choices.get(0).path("message").path("content");
        if (!content.isTextual()) {
            throw new ChatException("first choice has no message content", false, null);
        }
        JsonNode usage = root.path("usage");
        return new ChatReply(content.asText(), usage.path("prompt_tokens").asLong(0),
                usage.path("completion_tokens").asLong(0));
    }

    static Duration retryAfter(Optional<String> header) {
        if (header.isEmpty()) {
            return null;
        }
        try {
            double seconds = Double.parseDouble(header.get().strip());
            return seconds >= 0 ? Duration.ofMillis(Math.round(seconds * 1000)) : null;
        } catch (NumberFormatException e) {
            // An HTTP date is allowed too; the backoff then decides the wait.
            return null;
        }
    }
}
