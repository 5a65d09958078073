package org.triad.collect;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An in-process chat-completions server on 127.0.0.1 whose answers a test scripts per prompt
 * and attempt: a reply, an HTTP status with an optional Retry-After, malformed JSON, empty
 * choices, a slow answer or a dropped connection. It records when each request arrived.
 * Public so that the app's tests drive the Collect view against it too.
 */
public final class FakeChatServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        // The JDK server writes headers and body separately; with Nagle on, each response
        // stalls ~40 ms on the client's delayed ACK, which no real endpoint does.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    /** What the server does for one request. */
    public record Answer(int status, String content, String rawBody, String retryAfter,
            long delayMillis, boolean drop) {
        public static Answer reply(String content) {
            return new Answer(200, content, null, null, 0, false);
        }

        public static Answer slowReply(String content, long millis) {
            return new Answer(200, content, null, null, millis, false);
        }

        public static Answer status(int status, String retryAfter) {
            return new Answer(status, null, "{\"error\":\"scripted\"}", retryAfter, 0, false);
        }

        public static Answer body(String raw) {
            return new Answer(200, null, raw, null, 0, false);
        }

        public static Answer dropped() {
            return new Answer(0, null, null, null, 0, true);
        }
    }

    /**
     * One request as the server saw it.
     *
     * @param prompt the message content: its text, or for content parts the parts' JSON
     * @param content the message content as sent (a string or an array of parts)
     */
    public record Request(long nanos, String prompt, int attempt, String authorization,
            JsonNode content) {
    }

    private final HttpServer server;
    private final ExecutorService pool = Executors.newFixedThreadPool(48);
    private final BiFunction<String, Integer, Answer> script;
    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
    private final List<Request> requests = new ArrayList<>();

    /** @param script answer for a prompt and its attempt number (1 for the first) */
    public FakeChatServer(BiFunction<String, Integer, Answer> script) throws IOException {
        this.script = script;
        // As real servers do: no reply waits for the client's delayed ACK (see bench collect).
        System.setProperty("sun.net.httpserver.nodelay", "true");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                128);
        server.setExecutor(pool);
        server.createContext("/v1/chat/completions", this::handle);
        server.start();
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1");
    }

    public synchronized List<Request> requests() {
        return new ArrayList<>(requests);
    }

    /** How often each prompt was asked. */
    public Map<String, Integer> askedCounts() {
        Map<String, Integer> counts = new ConcurrentHashMap<>();
        attempts.forEach((prompt, count) -> counts.put(prompt, count.get()));
        return counts;
    }

    private void handle(HttpExchange exchange) throws IOException {
        long nanos = System.nanoTime();
        JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
        JsonNode content = body.path("messages").path(0).path("content");
        String prompt = content.isTextual() ? content.asText() : content.toString();
        int attempt = attempts.computeIfAbsent(prompt, p -> new AtomicInteger()).incrementAndGet();
        synchronized (this) {
            requests.add(new Request(nanos, prompt, attempt,
                    exchange.getRequestHeaders().getFirst("Authorization"), content));
        }
        Answer answer = script.apply(prompt, attempt);
        if (answer.delayMillis() > 0) {
            try {
                Thread.sleep(answer.delayMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (answer.drop()) {
            exchange.getResponseBody().close();
            exchange.close();
            return;
        }
        send(exchange, answer);
    }

    private static void send(HttpExchange exchange, Answer answer) throws IOException {
        String text = answer.rawBody() != null ? answer.rawBody() : completion(answer.content());
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        if (answer.retryAfter() != null) {
            exchange.getResponseHeaders().add("Retry-After", answer.retryAfter());
        }
        exchange.sendResponseHeaders(answer.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String completion(String content) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode message = root.putArray("choices").addObject().putObject("message");
        message.put("role", "assistant");
        message.put("content", content);
        root.putObject("usage").put("prompt_tokens", 40).put("completion_tokens", 1);
        return root.toString();
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
