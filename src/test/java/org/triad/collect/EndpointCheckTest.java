package org.triad.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The checks before a run: the base URL's form, a reachable server, a refused key. */
class EndpointCheckTest {

    private static ModelEndpoint endpoint(String url, String key) {
        return new ModelEndpoint(URI.create(url), "m", key, 0, 5, Duration.ofSeconds(5));
    }

    @Test
    void aBaseUrlMustBeAnHttpAddressWithAHost() {
        assertNull(EndpointCheck.urlProblem("http://localhost:11434/v1"));
        assertNull(EndpointCheck.urlProblem(" https://api.openai.com/v1 "));
        assertEquals("The base URL 'localhost:11434/v1' must start with http:// or https://, e.g."
                + " http://localhost:11434/v1.",
                EndpointCheck.urlProblem("localhost:11434/v1"));
        assertEquals("The base URL 'http:///v1' names no host.",
                EndpointCheck.urlProblem("http:///v1"));
        assertTrue(EndpointCheck.urlProblem("http://local host/v1").startsWith(
                "The base URL 'http://local host/v1' is not a URL"));
        assertTrue(EndpointCheck.urlProblem("  ").startsWith("Enter the endpoint's base URL"));
    }

    @Test
    void localHostsAreTold() {
        assertTrue(EndpointCheck.isLocal(URI.create("http://localhost:11434/v1")));
        assertTrue(EndpointCheck.isLocal(URI.create("http://127.0.0.1:8080/v1")));
        assertFalse(EndpointCheck.isLocal(URI.create("https://api.openai.com/v1")));
    }

    @Test
    void aServerWithoutAModelsRoutePasses() throws Exception {
        try (FakeChatServer server = new FakeChatServer((p, a) -> FakeChatServer.Answer.reply(
                "A"))) {
            assertNull(EndpointCheck.reach(new ModelEndpoint(server.baseUrl(), "m", "", 0, 5,
                    Duration.ofSeconds(5))));
            assertTrue(server.requests().isEmpty(), "no chat request, no tokens spent");
        }
    }

    @Test
    void nothingListeningIsSaidInOneSentence() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        assertEquals("Nothing answers at http://127.0.0.1:" + port + "/v1 (connection refused):"
                + " is the server running, and is the port right?",
                EndpointCheck.reach(endpoint("http://127.0.0.1:" + port + "/v1", "")));
    }

    @Test
    void aRefusedKeyIsSaidWithoutTheKey() throws Exception {
        AtomicReference<String> seen = new AtomicReference<>();
        HttpServer server = HttpServer.create(new InetSocketAddress(
                InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/models", exchange -> {
            seen.set(exchange.getRequestHeaders().getFirst("Authorization"));
            exchange.sendResponseHeaders(401, -1);
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
            assertEquals("The server at " + base + " refused the API key (HTTP 401): it needs"
                    + " one, and none was given.", EndpointCheck.reach(endpoint(base, "")));
            String refused = EndpointCheck.reach(endpoint(base + "/", "sk-wrong"));
            assertEquals("The server at " + base + "/ refused the API key (HTTP 401).", refused);
            assertEquals("Bearer sk-wrong", seen.get());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aTemplateNamesEveryItemAndOnlyKnownPlaceholders() {
        assertNull(PromptTemplate.DEFAULT.problem());
        assertNull(new PromptTemplate("{definition1} / {definition2} / {definition3}?")
                .problem());
        assertNull(new PromptTemplate("{word1} {word2} {word3}; answer as {\"odd\": \"A\"}")
                .problem());
        assertEquals("line 3: unknown placeholder {item3} (known: {word1..3},"
                + " {definition1..3}, {letter1..3})", new PromptTemplate(
                        "{word1}\n{word2}\n{item3}").problem());
        assertEquals("item 3 never appears: use {word3} or {definition3}",
                new PromptTemplate("{word1} {word2} {letter3}").problem());
    }
}
