package org.triad.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triad.model.CancellationToken;
import org.triad.store.ModelReply;
import org.triad.store.ProjectStore;

/**
 * Failures asked again: while the server is down for some prompts, their triplets fail; a
 * plain resume asks nothing, a run after {@code retryFailed} asks exactly the failed ones, once
 * each, and their new outcomes replace the failures, in a JSONL log and in a project.
 */
class RetryFailedTest {
    @TempDir
    Path dir;

    private final AtomicBoolean down = new AtomicBoolean(true);

    /** Every third prompt gets a 500 while the server is "down"; the rest are answered. */
    private FakeChatServer.Answer answer(String prompt, int attempt) {
        return down.get() && Math.floorMod(prompt.hashCode(), 3) == 0
                ? FakeChatServer.Answer.status(500, null) : FakeChatServer.Answer.reply("B");
    }

    @Test
    void aJsonlLogAsksOnlyTheFailuresAgainAndKeepsOneOutcomeEach() throws Exception {
        List<CollectionTask> tasks = CollectionTask.plan(
                ModelCollectorTest.distinctTriplets(60, 21), false, 3);
        Path file = dir.resolve("replies.jsonl");
        try (FakeChatServer server = new FakeChatServer(this::answer)) {
            ModelCollector collector = new ModelCollector(
                    ModelCollectorTest.endpoint(server, "", 5_000), PromptTemplate.DEFAULT,
                    ModelCollectorTest.settings(4, 0, 1));
            long failed;
            try (JsonlCollectionLog log = new JsonlCollectionLog(file)) {
                failed = run(collector, tasks, log).failed();
                assertTrue(failed > 5 && failed < 40, "failed " + failed);
                assertEquals(0, run(collector, tasks, log).done(), "a resume asks nothing");
            }
            down.set(false);
            int before = server.requests().size();
            try (JsonlCollectionLog log = new JsonlCollectionLog(file)) {
                assertEquals(failed, log.retryFailed());
                CollectionProgress again = run(collector, tasks, log);
                assertEquals(failed, again.done());
                assertEquals(failed, again.parsed());
            }
            assertEquals(before + failed, server.requests().size());
            server.askedCounts().values().forEach(count -> assertTrue(count <= 2));
            try (JsonlCollectionLog reread = new JsonlCollectionLog(file)) {
                assertOneParsedOutcomePerTask(tasks, reread.records());
            }
        }
    }

    @Test
    void aProjectReplacesEachFailedReplyByItsNewOne() throws Exception {
        List<CollectionTask> tasks = CollectionTask.plan(
                ModelCollectorTest.distinctTriplets(45, 22), false, 4);
        try (FakeChatServer server = new FakeChatServer(this::answer);
                ProjectStore store = ProjectStore.open(dir.resolve("p.triad"))) {
            store.setItems(ModelCollectorTest.ITEMS);
            ModelEndpoint endpoint = ModelCollectorTest.endpoint(server, "", 5_000);
            ModelCollector collector = new ModelCollector(endpoint, PromptTemplate.DEFAULT,
                    ModelCollectorTest.settings(4, 0, 1));
            long failed = run(collector, tasks,
                    new ProjectCollectionLog(store, "gpt", endpoint)).failed();
            assertTrue(failed > 0, "some requests failed");
            assertEquals(tasks.size() - failed, store.judgementSet("gpt").size());

            down.set(false);
            ProjectCollectionLog log = new ProjectCollectionLog(store, "gpt", endpoint);
            assertEquals(failed, log.retryFailed());
            assertEquals(failed, run(collector, tasks, log).parsed());

            List<ModelReply> replies = store.modelReplies().replies("gpt", "fake-model");
            assertEquals(tasks.size(), replies.size(), "one row per triplet");
            assertTrue(replies.stream().allMatch(r -> r.status().equals("parsed")));
            assertEquals(tasks.size(), store.judgementSet("gpt").size());
            assertOneParsedOutcomePerTask(tasks,
                    new ProjectCollectionLog(store, "gpt", endpoint).records());
        }
    }

    private static CollectionProgress run(ModelCollector collector, List<CollectionTask> tasks,
            CollectionLog log) throws Exception {
        return collector.run(tasks, ModelCollectorTest.ITEMS, log, p -> { },
                new CancellationToken());
    }

    private static void assertOneParsedOutcomePerTask(List<CollectionTask> tasks,
            List<CollectionRecord> records) {
        Map<String, CollectionRecord> byKey = records.stream().collect(Collectors.toMap(
                CollectionRecord::key, Function.identity()));
        assertEquals(tasks.size(), records.size());
        for (CollectionTask task : tasks) {
            assertEquals(CollectionRecord.Status.PARSED, byKey.get(task.key()).status(),
                    task.key());
        }
    }
}
