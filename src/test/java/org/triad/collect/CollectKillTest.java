package org.triad.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triad.model.CancellationToken;

/** SIGKILL of a collecting JVM, then a resume from its JSONL log. */
class CollectKillTest {

    static List<CollectionTask> tasks() {
        return CollectionTask.plan(ModelCollectorTest.distinctTriplets(300, 21), false, 5);
    }

    @Test
    void killedRunResumesAskingOnlyWhatWasInFlight(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("raw.jsonl");
        CountDownLatch sixtyAsked = new CountDownLatch(60);
        try (FakeChatServer server = new FakeChatServer((p, a) -> {
            sixtyAsked.countDown();
            return FakeChatServer.Answer.slowReply("A", 20);
        })) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin",
                    "java").toString(), "-cp", System.getProperty("java.class.path"),
                    CollectKillMain.class.getName(), server.baseUrl().toString(),
                    file.toString()).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("child.log").toFile()).start();
            assertTrue(sixtyAsked.await(60, TimeUnit.SECONDS), "child never got going");
            child.destroyForcibly();
            child.waitFor();
            int askedBeforeKill = server.requests().size();
            Set<String> recordedBeforeKill;
            try (JsonlCollectionLog log = new JsonlCollectionLog(file)) {
                recordedBeforeKill = new HashSet<>(log.recordedKeys());
                assertTrue(recordedBeforeKill.size() < 300, "killed too late");
                new ModelCollector(ModelCollectorTest.endpoint(server, "", 5000),
                        PromptTemplate.DEFAULT, ModelCollectorTest.settings(4, 0, 2))
                        .run(tasks(), ModelCollectorTest.ITEMS, log, p -> { },
                                CancellationToken.none());
                assertEquals(300, log.records().size());
                assertEquals(300, log.recordedKeys().size());
            }
            Map<String, Integer> counts = server.askedCounts();
            long twice = counts.values().stream().filter(c -> c > 1).count();
            // Only requests in flight at the kill (at most the 4 workers) are asked again.
            assertTrue(twice <= 4, twice + " asked twice");
            assertTrue(askedBeforeKill >= recordedBeforeKill.size());
            for (CollectionTask task : tasks()) {
                String prompt = PromptTemplate.DEFAULT.render(ModelCollectorTest.shown(task));
                if (counts.get(prompt) > 1) {
                    assertTrue(!recordedBeforeKill.contains(task.key()), task.key());
                }
            }
        }
    }
}
