package org.triad.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.triad.collect.CollectionProgress;
import org.triad.collect.CollectionSettings;
import org.triad.collect.CollectionTask;
import org.triad.collect.InMemoryCollectionLog;
import org.triad.collect.ModelCollector;
import org.triad.collect.ModelEndpoint;
import org.triad.collect.PromptTemplate;
import org.triad.model.CancellationToken;
import org.triad.model.ItemSet;
import org.triad.model.Triplet;
import org.triad.store.ImportException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Benchmark of the model client (issue 6: 2,000 triplets at concurrency 32 against a server
 * that answers in 50 ms should take under 6 s; the ideal is 2,000 × 50 ms / 32 = 3.1 s). A
 * local chat-completions endpoint in this process answers every request with "A" after the
 * latency; one warm-up run, then timed runs of fresh triplets of the THINGS items, each with
 * its time, rate, the most requests the server saw at once and any prompt asked twice.
 */
@Command(name = "collect", mixinStandardHelpOptions = true,
        description = "Time collecting judgements from a local endpoint that answers after a "
                + "fixed latency.")
public final class BenchCollectCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    private CommandSpec spec;

    @Option(names = "--triplets", defaultValue = "2000",
            description = "Triplets per timed run (default ${DEFAULT-VALUE}).")
    private int triplets;

    @Option(names = "--concurrency", defaultValue = "32",
            description = "Requests in flight (default ${DEFAULT-VALUE}).")
    private int concurrency;

    @Option(names = "--latency-ms", defaultValue = "50",
            description = "How long the endpoint takes per request (default ${DEFAULT-VALUE}).")
    private int latencyMillis;

    @Option(names = "--runs", defaultValue = "3",
            description = "Timed runs after the warm-up (default ${DEFAULT-VALUE}).")
    private int runs;

    @Override
    public Integer call() throws IOException, InterruptedException {
        ItemSet items;
        try {
            items = RsmInputs.items(null);
        } catch (ImportException e) {
            spec.commandLine().getErr().println("triad bench collect: " + e.getMessage());
            return 2;
        }
        if (triplets < 1 || concurrency < 1 || latencyMillis < 0 || runs < 1) {
            spec.commandLine().getErr().println("triad bench collect: --triplets, "
                    + "--concurrency and --runs must be at least 1, --latency-ms at least 0");
            return 2;
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Endpoint endpoint = new Endpoint(latencyMillis, concurrency)) {
            ModelCollector collector = new ModelCollector(new ModelEndpoint(endpoint.baseUrl(),
                    "bench", "", 0, 5, Duration.ofSeconds(30)), PromptTemplate.DEFAULT,
                    new CollectionSettings(concurrency, 0, 3, Duration.ofMillis(100),
                            Duration.ofSeconds(5), 0, 0));
            out.printf(Locale.ROOT, "collect: %,d triplets per run, concurrency %d, endpoint "
                    + "latency %d ms; ideal %.2f s%n", triplets, concurrency, latencyMillis,
                    Math.ceil(triplets / (double) concurrency) * latencyMillis / 1000.0);
            SplittableRandom random = new SplittableRandom(1);
            out.printf(Locale.ROOT, "warm-up  %s%n", time(collector, endpoint, items,
                    Math.min(triplets, 10 * concurrency), random));
            for (int run = 1; run <= runs; run++) {
                out.printf(Locale.ROOT, "run %d    %s%n", run, time(collector, endpoint, items,
                        triplets, random));
            }
        }
        return 0;
    }

    private static String time(ModelCollector collector, Endpoint endpoint, ItemSet items,
            int count, SplittableRandom random) throws IOException, InterruptedException {
        List<CollectionTask> tasks = CollectionTask.plan(distinct(items.size(), count, random),
                false, random.nextLong());
        endpoint.reset();
        long start = System.nanoTime();
        CollectionProgress last = collector.run(tasks, items, new InMemoryCollectionLog(),
                progress -> { }, CancellationToken.none());
        double seconds = (System.nanoTime() - start) / 1e9;
        return String.format(Locale.ROOT, "%.2f s  %,.0f triplets/s  %,d parsed, %,d failed,"
                + " at most %d in flight, %d prompts asked twice", seconds, count / seconds,
                last.parsed(), last.failed(), endpoint.mostInFlight(), endpoint.repeats());
    }

    /** Triplets of distinct items, no two of the same three items. */
    private static List<Triplet> distinct(int itemCount, int count, SplittableRandom random) {
        Set<String> seen = new HashSet<>();
        List<Triplet> out = new ArrayList<>();
        while (out.size() < count) {
            int a = random.nextInt(itemCount);
            int b = random.nextInt(itemCount);
            int c = random.nextInt(itemCount);
            int[] sorted = {a, b, c};
            java.util.Arrays.sort(sorted);
            if (a != b && b != c && a != c
                    && seen.add(sorted[0] + "-" + sorted[1] + "-" + sorted[2])) {
                out.add(new Triplet(a, b, c));
            }
        }
        return out;
    }

    /** A chat-completions endpoint on the loopback that answers "A" after the latency. */
    private static final class Endpoint implements AutoCloseable {
        private final HttpServer server;
        private final ExecutorService pool;
        private final int latencyMillis;
        private final AtomicInteger inFlight = new AtomicInteger();
        private final AtomicInteger mostInFlight = new AtomicInteger();
        private final Map<String, AtomicInteger> asked = new ConcurrentHashMap<>();

        Endpoint(int latencyMillis, int concurrency) throws IOException {
            this.latencyMillis = latencyMillis;
            // Without TCP_NODELAY the JDK server's reply waits for the client's delayed ACK
            // (about 40 ms on Linux) whenever the prompt is long; real servers set it.
            System.setProperty("sun.net.httpserver.nodelay", "true");
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(),
                    0), 4 * concurrency);
            // More handler threads than requests in flight, so the server never queues.
            pool = Executors.newFixedThreadPool(2 * concurrency + 4);
            server.setExecutor(pool);
            server.createContext("/v1/chat/completions", this::answer);
            server.start();
        }

        URI baseUrl() {
            return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1");
        }

        void reset() {
            asked.clear();
            mostInFlight.set(0);
        }

        int mostInFlight() {
            return mostInFlight.get();
        }

        long repeats() {
            return asked.values().stream().filter(n -> n.get() > 1).count();
        }

        private void answer(HttpExchange exchange) throws IOException {
            int now = inFlight.incrementAndGet();
            mostInFlight.accumulateAndGet(now, Math::max);
            boolean counted = true;
            try {
                String body = new String(exchange.getRequestBody().readAllBytes(),
                        StandardCharsets.UTF_8);
                asked.computeIfAbsent(body, key -> new AtomicInteger()).incrementAndGet();
                Thread.sleep(latencyMillis);
                ObjectNode root = JSON.createObjectNode();
                root.putArray("choices").addObject().putObject("message")
                        .put("role", "assistant").put("content", "A");
                root.putObject("usage").put("prompt_tokens", 60).put("completion_tokens", 1);
                byte[] bytes = root.toString().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                // Out of flight before the reply leaves: the client's next request may come
                // before this handler returns.
                inFlight.decrementAndGet();
                counted = false;
                exchange.sendResponseHeaders(200, bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                exchange.close();
            } finally {
                if (counted) {
                    inFlight.decrementAndGet();
                }
            }
        }

        @Override
        public void close() {
            server.stop(0);
            pool.shutdownNow();
        }
    }
}
