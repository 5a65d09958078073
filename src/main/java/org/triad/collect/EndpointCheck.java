package org.triad.collect;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Locale;

/**
 * Checks an endpoint before a run, so that a typo in the base URL or a missing key is one
 * clear sentence instead of every triplet failing after its retries. It asks for
 * {@code GET <base>/models}, which OpenAI, Ollama, llama.cpp, vLLM and LM Studio all answer;
 * no tokens are spent. A server without that route (404) passes: only an unreachable server
 * or a refused key fails.
 */
public final class EndpointCheck {
    /** The longest a check waits for the server. */
    private static final Duration LIMIT = Duration.ofSeconds(10);

    private EndpointCheck() {
    }

    /**
     * Why a base URL cannot be an endpoint, or null: it must be an absolute http(s) URL with a
     * host, e.g. {@code http://localhost:11434/v1}.
     */
    public static String urlProblem(String baseUrl) {
        String text = baseUrl == null ? "" : baseUrl.strip();
        if (text.isEmpty()) {
            return "Enter the endpoint's base URL, e.g. http://localhost:11434/v1.";
        }
        if (!text.contains("://")) {
            return "The base URL '" + text + "' must start with http:// or https://, e.g."
                    + " http://" + text + ".";
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return "The base URL '" + text + "' must start with http:// or https://.";
            }
            if (uri.getHost() == null || uri.getHost().isBlank()) {
                return "The base URL '" + text + "' names no host.";
            }
            return null;
        } catch (java.net.URISyntaxException e) {
            return "The base URL '" + text + "' is not a URL: " + e.getReason() + ".";
        }
    }

    /**
     * Whether a run must refuse for want of a key: none given, and the host is not this
     * machine (a local server usually needs none).
     */
    public static boolean lacksKey(URI baseUrl, String apiKey) {
        return (apiKey == null || apiKey.isEmpty()) && !isLocal(baseUrl);
    }

    /** Whether the endpoint runs on this machine, where servers usually need no key. */
    public static boolean isLocal(URI baseUrl) {
        String host = baseUrl.getHost() == null ? "" : baseUrl.getHost();
        return host.equals("localhost") || host.equals("::1") || host.equals("[::1]")
                || host.startsWith("127.");
    }

    /**
     * Asks the endpoint for its models.
     *
     * @return null when the server answered in a way a run can use, else what is wrong, e.g.
     *     "Nothing answers at http://localhost:11434/v1 (connection refused): is the server
     *     running?"; never holds the key
     * @throws InterruptedException when the calling thread is interrupted
     */
    public static String reach(ModelEndpoint endpoint) throws InterruptedException {
        Duration limit = endpoint.timeout().compareTo(LIMIT) < 0 ? endpoint.timeout() : LIMIT;
        HttpClient http = HttpClient.newBuilder().connectTimeout(limit)
                .version(HttpClient.Version.HTTP_1_1).build();
        String base = endpoint.baseUrl().toString();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(
                base.endsWith("/") ? base + "models" : base + "/models")).timeout(limit).GET();
        if (!endpoint.apiKey().isEmpty()) {
            request.header("Authorization", "Bearer " + endpoint.apiKey());
        }
        try {
            int status = http.send(request.build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
            if (status == 401 || status == 403) {
                return "The server at " + base + " refused the API key (HTTP " + status + ")"
                        + (endpoint.apiKey().isEmpty() ? ": it needs one, and none was given."
                        : ".");
            }
            return null;
        } catch (HttpTimeoutException e) {
            return "The server at " + base + " did not answer within " + limit.toSeconds()
                    + " s.";
        } catch (ConnectException e) {
            if (causedBy(e, UnresolvedAddressException.class)) {
                return "The host of " + base + " is unknown: check the base URL.";
            }
            return "Nothing answers at " + base + " (connection refused): is the server"
                    + " running, and is the port right?";
        } catch (UnknownHostException e) {
            return "The host of " + base + " is unknown: check the base URL.";
        } catch (IOException e) {
            return "Could not reach " + base + ": " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")") + ".";
        }
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> kind) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (kind.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
