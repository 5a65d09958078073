package org.triad.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triad.cli.TriadCli;

/** {@code triad collect} end to end against the in-process server, run twice to resume. */
class CollectCliTest {

    @Test
    void collectsResumesAndWritesParsedTriplets(@TempDir Path dir) throws Exception {
        Path items = dir.resolve("items.txt");
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            words.add("word" + i);
        }
        Files.write(items, words);
        Path raw = dir.resolve("raw.jsonl");
        Path out = dir.resolve("model.txt");
        try (FakeChatServer server = new FakeChatServer((p, a) ->
                FakeChatServer.Answer.reply("A"))) {
            String[] args = {"collect", "--base-url", server.baseUrl().toString(), "--model",
                "fake", "--api-key-env", "TRIAD_TEST_NO_SUCH_VARIABLE", "--items",
                items.toString(), "-n", "25", "--rotations", "--concurrency", "4", "--raw",
                raw.toString(), "--out", out.toString()};
            assertEquals(0, TriadCli.run(args));
            assertEquals(0, TriadCli.run(args));
            assertEquals(75, server.requests().size());
        }
        assertEquals(75, Files.readAllLines(raw).size());
        assertEquals(75, Files.readAllLines(out).size());
        Path batch = dir.resolve("batch.jsonl");
        assertEquals(0, TriadCli.run("collect", "--model", "gpt-4o", "--items",
                items.toString(), "-n", "10", "--seed", "2", "--raw",
                dir.resolve("b.jsonl").toString(), "--batch-export", batch.toString()));
        assertEquals(10, Files.readAllLines(batch).size());
        assertTrue(Files.readString(batch).contains("\"custom_id\""));
    }

    @Test
    void agreeReproducesGpt4OnDu2171() {
        Path du = Path.of("datasets/things/du2171");
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        java.io.PrintStream old = System.out;
        System.setOut(new java.io.PrintStream(bytes, true));
        try {
            assertEquals(0, TriadCli.run("agree", du.resolve("humans.txt").toString(),
                    du.resolve("gpt4.txt").toString()));
        } finally {
            System.setOut(old);
        }
        assertTrue(bytes.toString().contains("agreement 45.7 %"), bytes.toString());
    }
}
