package org.triad.collect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.triad.model.Item;
import org.triad.model.ItemSet;
import org.triad.model.Triplet;
import org.triad.store.AtomicFiles;
import org.triad.store.ImportException;

/**
 * OpenAI Batch API files, for runs of millions of triplets: a request file (one
 * {@code /v1/chat/completions} request per line, {@code custom_id} = the triplet's key) and
 * the import of the result file into a {@link CollectionLog}. Neither file holds the API key.
 */
public final class BatchFiles {
    private static final ObjectMapper JSON = new ObjectMapper();

    private BatchFiles() {
    }

    /**
     * Writes the request file for the tasks the log does not yet hold.
     *
     * @return the number of requests written
     */
    public static int exportRequests(List<CollectionTask> tasks, ItemSet items,
            PromptTemplate template, ModelEndpoint endpoint, CollectionLog log, Path file)
            throws IOException {
        return exportRequests(tasks, items, template, null, endpoint, log, file);
    }

    /**
     * Writes the request file for the tasks the log does not yet hold, whole or not at all;
     * with images, each request carries the same content parts as {@link ModelCollector}
     * sends.
     *
     * @param images where the images come from, with a multimodal template; null for text
     * @return the number of requests written
     * @throws MissingImagesException before writing, when items lack a usable image
     */
    public static int exportRequests(List<CollectionTask> tasks, ItemSet items,
            PromptTemplate template, PromptImages images, ModelEndpoint endpoint,
            CollectionLog log, Path file) throws IOException {
        if (template.multimodal() != (images != null)) {
            throw new IllegalArgumentException("a multimodal template goes with item images");
        }
        java.util.Set<String> done = log.recordedKeys();
        if (images != null) {
            images.check(tasks.stream().filter(task -> !done.contains(task.key())).toList(),
                    items);
        }
        int[] written = {0};
        try {
            AtomicFiles.write(file, part -> {
                try (BufferedWriter out = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
                    for (CollectionTask task : tasks) {
                        if (!done.contains(task.key())) {
                            out.write(request(task, items, template, images, endpoint));
                            out.newLine();
                            written[0]++;
                        }
                    }
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return written[0];
    }

    /**
     * One request line. An image that cannot be read is thrown unchecked, so that it is
     * reported as itself rather than as the request file failing to be written.
     */
    private static String request(CollectionTask task, ItemSet items, PromptTemplate template,
            PromptImages images, ModelEndpoint endpoint) {
        ObjectNode line = JSON.createObjectNode();
        line.put("custom_id", task.key());
        line.put("method", "POST");
        line.put("url", "/v1/chat/completions");
        List<Item> shown = shown(task, items);
        try {
            line.set("body", ChatClient.requestBody(endpoint, images == null
                    ? Prompt.text(template.render(shown)) : images.prompt(template, shown)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return line.toString();
    }

    /**
     * Reads a Batch API result file and records one outcome per line whose key is planned and
     * not yet in the log: parsed, unparseable (raw text kept) or failed with the error. The
     * whole file is read before anything is recorded, so a file with a broken line records
     * nothing.
     *
     * @return the number of outcomes recorded
     * @throws ImportException naming the file and line of a line that is not a JSON object,
     *     or the file when it cannot be read, is not UTF-8 or holds no results
     */
    public static int importResults(Path file, List<CollectionTask> tasks, ItemSet items,
            PromptTemplate template, String model, CollectionLog log)
            throws IOException, ImportException {
        return importResults(readResults(file), tasks, items, template, model, log);
    }

    /**
     * Reads and checks a whole Batch API result file (UTF-8, a leading byte-order mark and
     * CRLF accepted), so that a run can refuse it before it opens its log.
     *
     * @throws ImportException naming the file, and the line where there is one, when it cannot
     *     be read, is not UTF-8, holds no results or has a line that is not a result
     */
    public static Results readResults(Path file) throws ImportException {
        List<String> lines = TextInput.lines(file);
        List<JsonNode> results = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            if (!lines.get(n).isBlank()) {
                results.add(resultLine(file, n + 1, lines.get(n)));
            }
        }
        if (results.isEmpty()) {
            throw new ImportException(file, 0, "holds no results; a Batch API result file has"
                    + " one JSON object per line");
        }
        return new Results(file, results);
    }

    /**
     * Records one outcome per result whose key is planned and not yet in the log.
     *
     * @return the number of outcomes recorded
     */
    public static int importResults(Results file, List<CollectionTask> tasks, ItemSet items,
            PromptTemplate template, String model, CollectionLog log) throws IOException {
        Map<String, CollectionTask> byKey = new HashMap<>();
        tasks.forEach(task -> byKey.put(task.key(), task));
        java.util.Set<String> done = new java.util.HashSet<>(log.recordedKeys());
        List<JsonNode> results = new ArrayList<>();
        List<CollectionTask> matched = new ArrayList<>();
        for (JsonNode node : file.lines) {
            CollectionTask task = byKey.get(node.path("custom_id").asText());
            if (task != null && done.add(task.key())) {
                results.add(node);
                matched.add(task);
            }
        }
        ReplyParser parser = new ReplyParser();
        for (int r = 0; r < results.size(); r++) {
            CollectionTask task = matched.get(r);
            log.record(outcome(results.get(r), task, shown(task, items), parser, template,
                    model));
        }
        return results.size();
    }

    /** A Batch API result file, read whole and checked: each line a result with a key. */
    public static final class Results {
        private final Path file;
        private final List<JsonNode> lines;

        private Results(Path file, List<JsonNode> lines) {
            this.file = file;
            this.lines = List.copyOf(lines);
        }

        /** The file the results were read from. */
        public Path file() {
            return file;
        }

        /** The number of results (non-blank lines) in the file. */
        public int size() {
            return lines.size();
        }
    }

    private static JsonNode resultLine(Path file, int line, String text) throws ImportException {
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ImportException(file, line, "not JSON (" + e.getOriginalMessage()
                    + "); a Batch API result file has one JSON object per line");
        }
        if (!node.isObject() || !node.hasNonNull("custom_id")) {
            throw new ImportException(file, line, "no custom_id; is this the result file of "
                    + "the requests Triad exported?");
        }
        if (!node.has("response") && !node.has("error")) {
            throw new ImportException(file, line, node.has("body") || node.has("method")
                    ? "a request, not a result: import the file the Batch API returned, not"
                    + " the one Triad exported"
                    : "neither response nor error; a Batch API result line has one of them");
        }
        return node;
    }

    private static CollectionRecord outcome(JsonNode node, CollectionTask task, List<Item> shown,
            ReplyParser parser, PromptTemplate template, String model) {
        long now = System.currentTimeMillis();
        JsonNode response = node.path("response");
        String failure = null;
        ChatReply reply = null;
        if (response.path("status_code").asInt(0) != 200) {
            failure = "batch error: " + node.path("error").path("message").asText(
                    "HTTP " + response.path("status_code").asInt(0));
        } else {
            try {
                reply = ChatClient.parseCompletion(response.path("body"));
            } catch (ChatException e) {
                failure = e.getMessage();
            }
        }
        if (reply == null) {
            return new CollectionRecord(task.key(), task.shown(), CollectionRecord.Status.FAILED,
                    -1, "", failure, 1, 0, 0, template.hash(), model, now, -1);
        }
        ParsedReply read = parser.parse(reply.content(), shown);
        Triplet t = task.shown();
        int odd = read.parsed() ? new int[] {t.a(), t.b(), t.c()}[read.position()] : -1;
        return new CollectionRecord(task.key(), t, read.parsed() ? CollectionRecord.Status.PARSED
                : CollectionRecord.Status.UNPARSEABLE, odd, reply.content(), read.how(), 1,
                reply.promptTokens(), reply.completionTokens(), template.hash(), model, now, -1);
    }

    static List<Item> shown(CollectionTask task, ItemSet items) {
        return List.of(items.get(task.shown().a()), items.get(task.shown().b()),
                items.get(task.shown().c()));
    }
}
