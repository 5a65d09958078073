package org.triad.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triad.cli.TriadCli;
import org.triad.model.CancellationToken;
import org.triad.store.ModelReply;
import org.triad.store.ProjectStore;

/** Collecting into a project: replies, parsed judgements, resume, and no API key stored. */
class ProjectCollectionLogTest {
    private static final String KEY = "sk-SECRET-never-stored-7f3a";

    @TempDir
    Path dir;

    @Test
    void repliesAndJudgementsAreStoredAndARunResumesWithoutAskingTwice() throws Exception {
        Path file = dir.resolve("p.triad");
        List<CollectionTask> tasks = CollectionTask.plan(
                ModelCollectorTest.distinctTriplets(30, 5), false, 9);
        try (FakeChatServer server = new FakeChatServer((prompt, attempt) ->
                prompt.hashCode() % 3 == 0 ? FakeChatServer.Answer.reply("A or B")
                        : FakeChatServer.Answer.reply("B"))) {
            ModelEndpoint endpoint = ModelCollectorTest.endpoint(server, KEY, 5_000);
            ModelCollector collector = new ModelCollector(endpoint, PromptTemplate.DEFAULT,
                    ModelCollectorTest.settings(4, 0, 2));
            try (ProjectStore store = ProjectStore.open(file)) {
                store.setItems(ModelCollectorTest.ITEMS);
                ProjectCollectionLog log = new ProjectCollectionLog(store, "gpt", endpoint);
                collector.run(tasks.subList(0, 12), ModelCollectorTest.ITEMS, log, p -> { },
                        new CancellationToken());
            }
            try (ProjectStore store = ProjectStore.open(file)) {
                ProjectCollectionLog log = new ProjectCollectionLog(store, "gpt", endpoint);
                assertEquals(12, log.recordedKeys().size());
                collector.run(tasks, ModelCollectorTest.ITEMS, log, p -> { },
                        new CancellationToken());
                List<ModelReply> replies = store.modelReplies().replies("gpt", "fake-model");
                assertEquals(30, replies.size());
                assertEquals(30, server.requests().size());
                long parsed = replies.stream().filter(r -> r.status().equals("parsed")).count();
                assertTrue(parsed > 0 && parsed < 30, "parsed " + parsed);
                assertEquals(parsed, store.judgementSet("gpt").size());
                assertTrue(store.judgements("gpt").stream()
                        .allMatch(j -> j.source().equals("fake-model")));
                ModelReply first = replies.get(0);
                assertEquals(server.baseUrl().toString(), first.baseUrl());
                assertEquals(PromptTemplate.DEFAULT.hash(), first.templateHash());
                assertFalse(first.reply().isEmpty());
            }
        }
        assertKeyAbsent();
    }

    @Test
    void theCliWritesIntoAProjectSetAndResumes() throws Exception {
        Path items = dir.resolve("items.txt");
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            words.add("word" + i);
        }
        Files.write(items, words);
        Path project = dir.resolve("cli.triad");
        try (FakeChatServer server = new FakeChatServer((p, a) ->
                FakeChatServer.Answer.reply("A"))) {
            String[] args = {"collect", "--base-url", server.baseUrl().toString(), "--model",
                "fake", "--api-key-env", "TRIAD_TEST_NO_SUCH_VARIABLE", "--items",
                items.toString(), "-n", "20", "--concurrency", "4", "--project",
                project.toString(), "--set", "fake run"};
            assertEquals(0, TriadCli.run(args));
            java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
            java.io.PrintStream console = System.out;
            System.setOut(new java.io.PrintStream(printed, true, StandardCharsets.UTF_8));
            try {
                assertEquals(0, TriadCli.run(args));
            } finally {
                System.setOut(console);
            }
            assertEquals(20, server.requests().size());
            assertTrue(printed.toString(StandardCharsets.UTF_8).contains(project + " now holds"
                    + " 20 replies of fake; the 20 parsed ones are the judgement set 'fake run'"),
                    printed.toString(StandardCharsets.UTF_8));
        }
        try (ProjectStore store = ProjectStore.open(project)) {
            assertEquals(30, store.items().size());
            assertEquals(20, store.judgementSet("fake run").size());
            assertEquals(20, store.modelReplies().replies("fake run", "fake").size());
        }
        assertEquals(2, TriadCli.run("collect", "--model", "m", "-n", "1", "--project",
                project.toString()));
    }

    private void assertKeyAbsent() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                String bytes = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                assertFalse(bytes.contains(KEY), f + " holds the API key");
                assertFalse(bytes.contains("SECRET"), f + " holds part of the API key");
            }
        }
    }
}
