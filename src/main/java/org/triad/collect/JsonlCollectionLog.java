package org.triad.collect;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.triad.model.Triplet;
import org.triad.store.ImportException;

/**
 * A {@link CollectionLog} kept as a JSON-lines file, one outcome per line with its raw reply,
 * flushed after every line; readable from Python with {@code pandas.read_json(lines=True)}.
 * Opening an existing file resumes it; a last line cut short by a crash is ignored (that
 * triplet had not been recorded). The file never holds the API key.
 */
public final class JsonlCollectionLog implements CollectionLog, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(JsonlCollectionLog.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RecordBook book = new RecordBook();
    private final Path file;

    /** Opened at the first record, so that a run that records nothing leaves no file. */
    private BufferedWriter writer;

    /** Whether the existing file ends in a line cut short by a crash, ignored on reading. */
    private boolean cutShortEnd;

    /**
     * Opens a log file: reads an existing one (UTF-8, a leading byte-order mark and CRLF line
     * ends accepted); the file is created, or appended to, only when the first outcome is
     * recorded.
     *
     * @throws IOException naming the file, and the line where there is one, when an existing
     *     file cannot be read or a line before the last is not a record
     */
    public JsonlCollectionLog(Path file) throws IOException {
        this.file = file;
        if (Files.exists(file)) {
            readExisting(file);
        }
    }

    private void readExisting(Path file) throws IOException {
        List<String> lines;
        try {
            lines = TextInput.lines(file);
        } catch (ImportException e) {
            throw new IOException(e.getMessage(), e);
        }
        for (int index = 0; index < lines.size(); index++) {
            String line = lines.get(index);
            if (line.isBlank()) {
                continue;
            }
            try {
                book.putRead(fromJson(JSON.readTree(line)));
            } catch (JsonProcessingException | RuntimeException e) {
                if (index < lines.size() - 1) {
                    throw new IOException(file + ":" + (index + 1) + ": not a record", e);
                }
                LOG.warn("Ignoring the cut-short last line of {}", file);
                cutShortEnd = true;
            }
        }
    }

    @Override
    public synchronized Set<String> recordedKeys() {
        return book.skippedKeys();
    }

    /** The failures stay in the file; a new line of the same key replaces each on reading. */
    @Override
    public synchronized int retryFailed() {
        return book.retryFailed();
    }

    @Override
    public synchronized void record(CollectionRecord outcome) throws IOException {
        book.checkNew(outcome.key());
        if (writer == null) {
            mendEnd();
            writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
        writer.write(JSON.writeValueAsString(toJson(outcome)));
        writer.newLine();
        writer.flush();
        book.put(outcome);
    }

    /**
     * Makes the file end at a line end before appending: a line cut short by a crash is cut
     * off (it was ignored on reading, its triplet is asked again), and a whole record that only
     * lacks its line end gets one, so that a new record never joins an old line.
     */
    private void mendEnd() throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ,
                StandardOpenOption.WRITE)) {
            long size = channel.size();
            if (size == 0 || byteAt(channel, size - 1) == '\n') {
                return;
            }
            if (!cutShortEnd) {
                channel.write(ByteBuffer.wrap(new byte[] {'\n'}), size);
                return;
            }
            long end = size - 1;
            while (end >= 0 && byteAt(channel, end) != '\n') {
                end--;
            }
            channel.truncate(end + 1);
            LOG.warn("Cut the cut-short last line off {} before appending", file);
        }
    }

    private static byte byteAt(FileChannel channel, long position) throws IOException {
        ByteBuffer one = ByteBuffer.allocate(1);
        channel.read(one, position);
        return one.get(0);
    }

    @Override
    public synchronized List<CollectionRecord> records() {
        return book.records();
    }

    @Override
    public synchronized void close() throws IOException {
        if (writer != null) {
            writer.close();
        }
    }

    static ObjectNode toJson(CollectionRecord outcome) {
        ObjectNode node = JSON.createObjectNode();
        node.put("key", outcome.key());
        node.putArray("shown").add(outcome.shown().a()).add(outcome.shown().b())
                .add(outcome.shown().c());
        node.put("status", outcome.status().name());
        node.put("odd", outcome.odd());
        node.put("reply", outcome.reply());
        node.put("reason", outcome.reason());
        node.put("attempts", outcome.attempts());
        node.put("prompt_tokens", outcome.promptTokens());
        node.put("completion_tokens", outcome.completionTokens());
        node.put("template", outcome.templateHash());
        node.put("model", outcome.model());
        node.put("time", outcome.epochMillis());
        node.put("latency_ms", outcome.latencyMillis());
        return node;
    }

    static CollectionRecord fromJson(JsonNode node) {
        JsonNode shown = node.get("shown");
        return new CollectionRecord(node.get("key").asText(), new Triplet(shown.get(0).asInt(),
                shown.get(1).asInt(), shown.get(2).asInt()),
                CollectionRecord.Status.valueOf(node.get("status").asText()),
                node.get("odd").asInt(), node.path("reply").asText(""),
                node.path("reason").asText(""), node.path("attempts").asInt(1),
                node.path("prompt_tokens").asLong(0), node.path("completion_tokens").asLong(0),
                node.path("template").asText(""), node.path("model").asText(""),
                node.path("time").asLong(0), node.path("latency_ms").asLong(-1));
    }
}
