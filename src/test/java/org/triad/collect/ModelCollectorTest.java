package org.triad.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.triad.model.CancellationToken;
import org.triad.model.Item;
import org.triad.model.ItemSet;
import org.triad.model.Triplet;

class ModelCollectorTest {
    private static final org.slf4j.Logger LOG =
            org.slf4j.LoggerFactory.getLogger(ModelCollectorTest.class);
    static final ItemSet ITEMS = items(40);

    static ItemSet items(int n) {
        List<Item> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(new Item("id" + i, "word" + i, "thing number " + i, "", List.of()));
        }
        return new ItemSet(list);
    }

    static List<Triplet> distinctTriplets(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Set<String> seen = new HashSet<>();
        List<Triplet> out = new ArrayList<>();
        while (out.size() < count) {
            int a = random.nextInt(ITEMS.size());
            int b = random.nextInt(ITEMS.size());
            int c = random.nextInt(ITEMS.size());
            if (a != b && a != c && b != c) {
                int[] s = {a, b, c};
                java.util.Arrays.sort(s);
                if (seen.add(s[0] + "-" + s[1] + "-" + s[2])) {
                    out.add(new Triplet(a, b, c));
                }
            }
        }
        return out;
    }

    static ModelEndpoint endpoint(FakeChatServer server, String key, long timeoutMillis) {
        return new ModelEndpoint(server.baseUrl(), "fake-model", key, 0, 5,
                Duration.ofMillis(timeoutMillis));
    }

    static CollectionSettings settings(int concurrency, double rpm, int attempts) {
        return new CollectionSettings(concurrency, rpm, attempts, Duration.ofMillis(5),
                Duration.ofMillis(40), 0.5, 1.5);
    }

    /** The scripted behaviour of a prompt: its hash picks one of 8 kinds. */
    static int kind(String prompt) {
        int h = prompt.hashCode() * 0x9E3779B9;
        return (h ^ (h >>> 15)) >>> 29;
    }

    static FakeChatServer.Answer misbehave(String prompt, int attempt) {
        return switch (kind(prompt)) {
            case 1 -> attempt == 1 ? FakeChatServer.Answer.slowReply("A", 400)
                    : FakeChatServer.Answer.reply("A");
            case 2 -> attempt == 1 ? FakeChatServer.Answer.status(429, "0.2")
                    : FakeChatServer.Answer.reply("B");
            case 3 -> FakeChatServer.Answer.status(500, null);
            case 4 -> FakeChatServer.Answer.body("{\"choices\": [ {\"mess");
            case 5 -> FakeChatServer.Answer.body("{\"choices\": []}");
            case 6 -> FakeChatServer.Answer.reply(twoWords(prompt));
            case 7 -> attempt == 1 ? FakeChatServer.Answer.dropped()
                    : FakeChatServer.Answer.reply("C");
            default -> FakeChatServer.Answer.reply("The answer is C.");
        };
    }

    /** A reply naming the first two words shown. */
    static String twoWords(String prompt) {
        List<String> words = new ArrayList<>();
        for (String line : prompt.split("\n")) {
            if (line.matches("[ABC]\\. .*")) {
                words.add(line.substring(3, line.indexOf(':')));
            }
        }
        return words.get(0) + " or " + words.get(1);
    }

    @Test
    void everyTripletEndsParsedOrRecordedWithItsReason() throws Exception {
        List<CollectionTask> tasks = CollectionTask.plan(distinctTriplets(160, 3), false, 9);
        InMemoryCollectionLog log = new InMemoryCollectionLog();
        try (FakeChatServer server = new FakeChatServer(ModelCollectorTest::misbehave)) {
            ModelCollector collector = new ModelCollector(endpoint(server, "", 200),
                    PromptTemplate.DEFAULT, settings(8, 0, 3));
            CollectionProgress last = collector.run(tasks, ITEMS, log, p -> { },
                    CancellationToken.none());
            assertEquals(tasks.size(), last.done());
            Map<String, CollectionRecord> byKey = new HashMap<>();
            for (CollectionRecord outcome : log.records()) {
                assertTrue(byKey.put(outcome.key(), outcome) == null, "duplicate " + outcome);
            }
            Set<Integer> kindsSeen = new HashSet<>();
            for (CollectionTask task : tasks) {
                CollectionRecord outcome = byKey.get(task.key());
                String prompt = PromptTemplate.DEFAULT.render(shown(task));
                int kind = kind(prompt);
                kindsSeen.add(kind);
                assertEquals(expected(kind), outcome.status(), kind + ": " + outcome);
                assertExpectedChoice(kind, task, outcome);
                assertEquals(kind == 3 ? 3 : kind == 1 || kind == 2 || kind == 7 ? 2 : 1,
                        server.askedCounts().get(prompt), "requests for kind " + kind);
            }
            assertEquals(8, kindsSeen.size());
            assertRetryAfterHonoured(server.requests());
        }
    }

    static List<Item> shown(CollectionTask task) {
        return List.of(ITEMS.get(task.shown().a()), ITEMS.get(task.shown().b()),
                ITEMS.get(task.shown().c()));
    }

    static CollectionRecord.Status expected(int kind) {
        return switch (kind) {
            case 3, 4, 5 -> CollectionRecord.Status.FAILED;
            case 6 -> CollectionRecord.Status.UNPARSEABLE;
            default -> CollectionRecord.Status.PARSED;
        };
    }

    static void assertExpectedChoice(int kind, CollectionTask task, CollectionRecord outcome) {
        Triplet shown = task.shown();
        switch (kind) {
            case 1 -> assertEquals(shown.a(), outcome.odd());
            case 2 -> assertEquals(shown.b(), outcome.odd());
            case 0, 7 -> assertEquals(shown.c(), outcome.odd());
            case 3 -> assertEquals("HTTP 500", outcome.reason());
            case 4 -> assertEquals("malformed JSON response", outcome.reason());
            case 5 -> assertEquals("response has no choices", outcome.reason());
            case 6 -> assertEquals("names several items", outcome.reason());
            default -> throw new AssertionError(kind);
        }
        if (kind == 6) {
            assertTrue(outcome.reply().contains(" or "), "raw reply kept");
        }
    }

    static void assertRetryAfterHonoured(List<FakeChatServer.Request> requests) {
        Map<String, Long> first429 = new HashMap<>();
        for (FakeChatServer.Request request : requests) {
            if (kind(request.prompt()) == 2 && request.attempt() == 1) {
                first429.put(request.prompt(), request.nanos());
            }
        }
        for (FakeChatServer.Request request : requests) {
            if (kind(request.prompt()) == 2 && request.attempt() == 2) {
                long gap = request.nanos() - first429.get(request.prompt());
                assertTrue(gap >= 200_000_000L, "retried after " + gap / 1e6 + " ms");
            }
        }
    }

    @Test
    void rateLimitSpacesRequestStarts() throws Exception {
        List<CollectionTask> tasks = CollectionTask.plan(distinctTriplets(21, 5), false, 1);
        try (FakeChatServer server = new FakeChatServer((p, a) ->
                FakeChatServer.Answer.reply("A"))) {
            ModelCollector collector = new ModelCollector(endpoint(server, "", 2000),
                    PromptTemplate.DEFAULT, settings(8, 1200, 1));
            // A first run warms up the client, so that connection set-up cannot bunch arrivals.
            collector.run(CollectionTask.plan(distinctTriplets(8, 6), false, 1), ITEMS,
                    new InMemoryCollectionLog(), p -> { }, CancellationToken.none());
            int warmUp = server.requests().size();
            collector.run(tasks, ITEMS, new InMemoryCollectionLog(), p -> { },
                    CancellationToken.none());
            List<Long> times = new ArrayList<>();
            server.requests().subList(warmUp, warmUp + 21).forEach(r -> times.add(r.nanos()));
            times.sort(null);
            assertEquals(21, times.size());
            // 1,200 per minute = one start per 50 ms; 10 gaps, 40 ms allowed for arrival jitter.
            for (int i = 0; i + 10 < times.size(); i++) {
                assertTrue(times.get(i + 10) - times.get(i) >= 460_000_000L,
                        "11 requests inside 460 ms at index " + i);
            }
        }
    }

    @Test
    void cancelledRunResumesWithoutAskingAnyTripletTwice() throws Exception {
        List<CollectionTask> tasks = CollectionTask.plan(distinctTriplets(150, 8), true, 4);
        InMemoryCollectionLog log = new InMemoryCollectionLog();
        try (FakeChatServer server = new FakeChatServer((p, a) ->
                FakeChatServer.Answer.reply("B"))) {
            ModelCollector collector = new ModelCollector(endpoint(server, "", 2000),
                    PromptTemplate.DEFAULT, settings(6, 0, 2));
            CancellationToken cancel = new CancellationToken();
            CollectionProgress first = collector.run(tasks, ITEMS, log, p -> {
                if (p.done() >= 100) {
                    cancel.cancel();
                }
            }, cancel);
            assertTrue(first.done() >= 100 && first.done() < tasks.size(), "" + first.done());
            CollectionProgress second = collector.run(tasks, ITEMS, log, p -> { },
                    CancellationToken.none());
            assertEquals(tasks.size(), first.done() + second.done());
            assertEquals(tasks.size(), log.recordedKeys().size());
            assertEquals(tasks.size(), server.requests().size());
            server.askedCounts().values().forEach(count -> assertEquals(1, count));
        }
    }

    @Test
    void twoThousandTripletsAtConcurrency32() throws IOException, InterruptedException {
        List<CollectionTask> tasks = CollectionTask.plan(distinctTriplets(2000, 11), false, 2);
        try (FakeChatServer server = new FakeChatServer((p, a) ->
                FakeChatServer.Answer.slowReply("A", 50))) {
            ModelCollector collector = new ModelCollector(endpoint(server, "", 5000),
                    PromptTemplate.DEFAULT, settings(32, 0, 3));
            // Warm up the JIT and the connection pool, as a long run would be.
            collector.run(tasks.subList(0, 320), ITEMS, new InMemoryCollectionLog(), p -> { },
                    CancellationToken.none());
            long start = System.nanoTime();
            CollectionProgress last = collector.run(tasks, ITEMS, new InMemoryCollectionLog(),
                    p -> { }, CancellationToken.none());
            double seconds = (System.nanoTime() - start) / 1e9;
            assertEquals(2000, last.parsed());
            LOG.info(String.format("BENCH collect: 2,000 triplets, 50 ms server, concurrency 32: "
                    + "%.2f s (ideal 3.1 s), %.0f triplets/s", seconds, 2000 / seconds));
        }
    }
}
