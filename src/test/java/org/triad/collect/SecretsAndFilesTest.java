package org.triad.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.triad.model.CancellationToken;
import org.triad.store.ImportException;

class SecretsAndFilesTest {
    static final String KEY = "sk-test-SECRET-0123456789";

    @Test
    void apiKeyIsSentButNeverLoggedOrStored(@TempDir Path dir) throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        root.addAppender(captured);
        Path logFile = dir.resolve("raw.jsonl");
        Path batch = dir.resolve("batch.jsonl");
        List<CollectionTask> tasks = CollectionTask.plan(
                ModelCollectorTest.distinctTriplets(40, 2), false, 3);
        try (FakeChatServer server = new FakeChatServer(ModelCollectorTest::misbehave);
                JsonlCollectionLog log = new JsonlCollectionLog(logFile)) {
            ModelEndpoint endpoint = ModelCollectorTest.endpoint(server, KEY, 200);
            new ModelCollector(endpoint, PromptTemplate.DEFAULT,
                    ModelCollectorTest.settings(4, 0, 2)).run(tasks, ModelCollectorTest.ITEMS,
                    log, p -> { }, CancellationToken.none());
            BatchFiles.exportRequests(tasks, ModelCollectorTest.ITEMS, PromptTemplate.DEFAULT,
                    endpoint, new InMemoryCollectionLog(), batch);
            assertTrue(server.requests().stream()
                    .allMatch(r -> ("Bearer " + KEY).equals(r.authorization())));
            assertFalse(endpoint.toString().contains(KEY));
        } finally {
            root.detachAppender(captured);
        }
        assertTrue(captured.list.stream().anyMatch(e -> e.getLevel().toString().equals("WARN")),
                "retries and unparseable replies are logged");
        for (ILoggingEvent event : captured.list) {
            assertFalse(event.getFormattedMessage().contains("SECRET"), event.toString());
        }
        assertFalse(Files.readString(logFile).contains("SECRET"));
        assertFalse(Files.readString(batch).contains("SECRET"));
    }

    @Test
    void jsonlLogResumesAndIgnoresACutShortLastLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("raw.jsonl");
        List<CollectionTask> tasks = CollectionTask.plan(
                ModelCollectorTest.distinctTriplets(30, 4), false, 3);
        try (JsonlCollectionLog log = new JsonlCollectionLog(file)) {
            collect(tasks.subList(0, 20), log);
        }
        Files.writeString(file, "{\"key\":\"cut", java.nio.file.StandardOpenOption.APPEND);
        try (JsonlCollectionLog reopened = new JsonlCollectionLog(file)) {
            assertEquals(20, reopened.records().size());
            assertEquals(CollectionRecord.Status.PARSED, reopened.records().get(0).status());
            // The resumed run appends after the cut-short line is cut off, not onto it.
            collect(tasks, reopened);
        }
        try (JsonlCollectionLog again = new JsonlCollectionLog(file)) {
            assertEquals(30, again.records().size());
        }
        assertEquals(30, Files.readAllLines(file).size());
    }

    @Test
    void aWholeLastRecordWithoutItsLineEndKeepsItsLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("raw.jsonl");
        List<CollectionTask> tasks = CollectionTask.plan(
                ModelCollectorTest.distinctTriplets(30, 4), false, 3);
        try (JsonlCollectionLog log = new JsonlCollectionLog(file)) {
            collect(tasks.subList(0, 10), log);
        }
        String text = Files.readString(file);
        Files.writeString(file, text.substring(0, text.length() - 1));
        try (JsonlCollectionLog reopened = new JsonlCollectionLog(file)) {
            assertEquals(10, reopened.records().size());
            collect(tasks, reopened);
        }
        try (JsonlCollectionLog again = new JsonlCollectionLog(file)) {
            assertEquals(30, again.records().size());
        }
    }

    /** Asks a local server that always answers "A" for {@code tasks} into {@code log}. */
    private static void collect(List<CollectionTask> tasks, CollectionLog log) throws Exception {
        try (FakeChatServer server = new FakeChatServer((p, a) ->
                FakeChatServer.Answer.reply("A"))) {
            new ModelCollector(ModelCollectorTest.endpoint(server, "", 2000),
                    PromptTemplate.DEFAULT, ModelCollectorTest.settings(4, 0, 1))
                    .run(tasks, ModelCollectorTest.ITEMS, log, p -> { },
                            CancellationToken.none());
        }
    }

    @Test
    void batchResultsAreImportedOnceWithFailuresKept(@TempDir Path dir) throws Exception {
        List<CollectionTask> tasks = CollectionTask.plan(
                ModelCollectorTest.distinctTriplets(3, 5), false, 3);
        Path results = dir.resolve("results.jsonl");
        Files.write(results, List.of(
                result(tasks.get(0).key(), 200, "{\"choices\":[{\"message\":{\"content\":\"B\"}}],"
                        + "\"usage\":{\"prompt_tokens\":30,\"completion_tokens\":1}}"),
                result(tasks.get(1).key(), 500, "{}"),
                result(tasks.get(2).key(), 200, "{\"choices\":[]}"),
                result(tasks.get(0).key(), 200, "{}")));
        InMemoryCollectionLog log = new InMemoryCollectionLog();
        assertEquals(3, BatchFiles.importResults(results, tasks, ModelCollectorTest.ITEMS,
                PromptTemplate.DEFAULT, "gpt", log));
        List<CollectionRecord> records = log.records();
        assertEquals(tasks.get(0).shown().b(), records.get(0).odd());
        assertEquals(CollectionRecord.Status.FAILED, records.get(1).status());
        assertEquals("response has no choices", records.get(2).reason());
    }

    @Test
    void aBrokenResultLineIsNamedAndNothingIsRecorded(@TempDir Path dir) throws Exception {
        List<CollectionTask> tasks = CollectionTask.plan(
                ModelCollectorTest.distinctTriplets(3, 5), false, 3);
        Path results = dir.resolve("results.jsonl");
        Files.write(results, List.of(
                result(tasks.get(0).key(), 200,
                        "{\"choices\":[{\"message\":{\"content\":\"B\"}}]}"),
                "",
                "{\"custom_id\": \"" + tasks.get(1).key() + "\", \"response\": {"));
        InMemoryCollectionLog log = new InMemoryCollectionLog();

        ImportException refused = assertThrows(ImportException.class, () ->
                BatchFiles.importResults(results, tasks, ModelCollectorTest.ITEMS,
                        PromptTemplate.DEFAULT, "gpt", log));

        assertTrue(refused.getMessage().startsWith(results + ":3: not JSON"),
                refused.getMessage());
        assertTrue(log.records().isEmpty(), "the good first line is not recorded either");
    }

    @Test
    void theRequestFileGivenAsResultsIsRefusedAndNothingIsRecorded(@TempDir Path dir)
            throws Exception {
        List<CollectionTask> tasks = CollectionTask.plan(
                ModelCollectorTest.distinctTriplets(3, 5), false, 3);
        Path requests = Files.write(dir.resolve("requests.jsonl"), List.of(
                "{\"custom_id\": \"" + tasks.get(0).key() + "\", \"method\": \"POST\","
                + " \"url\": \"/v1/chat/completions\", \"body\": {\"model\": \"gpt\"}}"));
        InMemoryCollectionLog log = new InMemoryCollectionLog();

        ImportException refused = assertThrows(ImportException.class, () ->
                BatchFiles.importResults(requests, tasks, ModelCollectorTest.ITEMS,
                        PromptTemplate.DEFAULT, "gpt", log));

        assertTrue(refused.getMessage().startsWith(requests + ":1: a request, not a result"),
                refused.getMessage());
        assertTrue(log.records().isEmpty());
    }

    private static String result(String key, int status, String body) {
        return "{\"custom_id\":\"" + key + "\",\"response\":{\"status_code\":" + status
                + ",\"body\":" + body + "},\"error\":null}";
    }
}
