package org.triad.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triad.cli.TriadCli;

/**
 * SIGTERM (what Ctrl-C and a plain kill do) to {@code triad collect} in its own JVM: the
 * requests in flight are answered and recorded before it stops, so every answer the server
 * gave is in the log and the next run asks only what was never asked.
 */
class CollectInterruptTest {
    @Test
    void anInterruptedRunKeepsEveryAnswerThatArrived(@TempDir Path dir) throws Exception {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            words.add("word" + i);
        }
        Path items = Files.write(dir.resolve("items.txt"), words);
        Path raw = dir.resolve("raw.jsonl");
        CountDownLatch fortyAsked = new CountDownLatch(40);
        try (FakeChatServer server = new FakeChatServer((p, a) -> {
            fortyAsked.countDown();
            return FakeChatServer.Answer.slowReply("A", 150);
        })) {
            List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin",
                    "java").toString(), "-cp", System.getProperty("java.class.path"),
                    TriadCli.class.getName(), "collect", "--base-url",
                    server.baseUrl().toString(), "--model", "fake", "--items", items.toString(),
                    "-n", "300", "--concurrency", "6", "--raw", raw.toString());
            Process child = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("child.log").toFile()).start();
            assertTrue(fortyAsked.await(60, TimeUnit.SECONDS), "child never got going");
            child.destroy();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "child did not stop");
            int asked = server.requests().size();
            try (JsonlCollectionLog log = new JsonlCollectionLog(raw)) {
                assertTrue(asked < 300, "interrupted too late");
                assertEquals(asked, log.records().size(),
                        "every request sent before the interrupt was answered and recorded");
            }
            assertTrue(Files.readString(dir.resolve("child.log")).contains("interrupted;"
                    + " recording the answers"), Files.readString(dir.resolve("child.log")));

            assertEquals(0, TriadCli.run("collect", "--base-url", server.baseUrl().toString(),
                    "--model", "fake", "--items", items.toString(), "-n", "300",
                    "--concurrency", "6", "--raw", raw.toString()));
            assertEquals(300, server.requests().size(), "the rest, none twice");
            assertTrue(server.askedCounts().values().stream().allMatch(n -> n == 1));
        }
    }
}
