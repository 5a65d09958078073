package org.triad.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code triad collect} refuses bad input with one line naming the file and the reason, before
 * it creates, opens or changes its raw log, project or output files.
 */
class CollectBadInputTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Path items;
    private Path raw;

    @BeforeEach
    void write() throws IOException {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            words.add("word" + i);
        }
        items = Files.write(dir.resolve("items.txt"), words);
        raw = dir.resolve("raw.jsonl");
    }

    private int run(String... args) {
        err.getBuffer().setLength(0);
        return CliRun.run(out, err, args);
    }

    private String[] collect(String... more) {
        List<String> args = new ArrayList<>(List.of("collect", "--model", "m1", "--items",
                items.toString()));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    private void assertRefused(int status, String... words) {
        assertEquals(2, status, err.toString());
        for (String word : words) {
            assertTrue(err.toString().contains(word), "'" + word + "' in: " + err);
        }
        assertFalse(err.toString().contains("\tat "), "no stack trace: " + err);
    }

    /** A Batch API result file answering "A" to every request of an exported file. */
    private Path resultsFor(Path requests) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(requests)) {
            ObjectNode result = JSON.createObjectNode();
            result.put("custom_id", JSON.readTree(line).get("custom_id").asText());
            ObjectNode response = result.putObject("response");
            response.put("status_code", 200);
            response.putObject("body").putArray("choices").addObject().putObject("message")
                    .put("role", "assistant").put("content", "A");
            lines.add(result.toString());
        }
        return Files.write(dir.resolve("results.jsonl"), lines);
    }

    private Path exportedResults() throws IOException {
        Path requests = dir.resolve("requests.jsonl");
        assertEquals(0, run(collect("-n", "5", "--batch-export", requests.toString(), "--raw",
                raw.toString())), err.toString());
        return resultsFor(requests);
    }

    @Test
    void aRefusedRunCreatesNoRawLog() throws IOException {
        Path wrongIndex = Files.writeString(dir.resolve("wrong.txt"), "0 1 30\n");
        Path export = dir.resolve("x.jsonl");
        String[][] refused = {
            {"-n", "0"},
            {"--from-set", dir.resolve("missing.txt").toString()},
            {"--from-set", wrongIndex.toString()},
            {"-n", "5", "--template", dir.toString()},
            {"-n", "5", "--template", dir.resolve("missing.txt").toString()},
        };
        for (String[] args : refused) {
            List<String> all = new ArrayList<>(List.of(args));
            all.addAll(List.of("--batch-export", export.toString(), "--raw", raw.toString()));
            assertEquals(2, run(collect(all.toArray(String[]::new))), err.toString());
            assertFalse(Files.exists(raw), "no raw log after " + all + ": " + err);
            assertFalse(Files.exists(export), "no request file after " + all);
        }
        assertRefused(run("collect", "--model", "m1", "--items", dir.resolve("none.txt")
                .toString(), "-n", "5", "--batch-export", export.toString(), "--raw",
                raw.toString()), "none.txt");
        assertFalse(Files.exists(raw), "no raw log after a missing item file");
    }

    @Test
    void aRefusedRunLeavesAnExistingRawLogAsItWas() throws IOException {
        Path results = exportedResults();
        assertEquals(0, run(collect("-n", "3", "--batch-import", results.toString(), "--raw",
                raw.toString())), err.toString());
        byte[] before = Files.readAllBytes(raw);
        Path empty = Files.writeString(dir.resolve("empty.jsonl"), "");

        assertRefused(run(collect("-n", "0", "--raw", raw.toString(), "--batch-export",
                dir.resolve("x.jsonl").toString())), "-n N");
        assertRefused(run(collect("-n", "5", "--batch-import", empty.toString(), "--raw",
                raw.toString())), "empty.jsonl", "holds no results");
        assertRefused(run(collect("-n", "5", "--batch-import", dir.toString(), "--raw",
                raw.toString())), dir + ": is a folder");

        assertArrayEquals(before, Files.readAllBytes(raw));
    }

    @Test
    void anOutputThatCannotBeWrittenIsRefusedBeforeAnythingIsRecorded() throws IOException {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "needs Linux's /proc");
        Path results = exportedResults();

        assertRefused(run(collect("-n", "5", "--batch-import", results.toString(), "--raw",
                raw.toString(), "--out", "/proc/kout.txt")), "--out", "/proc/kout.txt");

        assertFalse(Files.exists(raw), "nothing recorded: " + err);
    }

    @Test
    void anEmptyBatchResultFileIsRefused() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "\n  \n");

        assertRefused(run(collect("-n", "5", "--batch-import", empty.toString(), "--raw",
                raw.toString())), "empty.txt: holds no results");
        assertFalse(out.toString().contains("recorded"), out.toString());
    }

    @Test
    void aBadFromSetIsNamedBeforeTheServerIsAsked() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path wrongIndex = Files.writeString(dir.resolve("bad.txt"), "0 1 30\n");

        assertRefused(run(collect("--from-set", wrongIndex.toString(), "--base-url",
                "http://127.0.0.1:" + port + "/v1", "--raw", raw.toString())), "bad.txt:1",
                "30");

        assertFalse(err.toString().contains("Nothing answers"), err.toString());
    }

    @Test
    void aBlankSetNameIsRefusedBeforeAnyWork() throws IOException {
        Path results = exportedResults();
        Path project = dir.resolve("p.triad");
        for (String blank : List.of("", "   ")) {
            assertRefused(run(collect("-n", "5", "--batch-import", results.toString(),
                    "--project", project.toString(), "--set", blank)), "--set", "blank");
            assertFalse(Files.exists(project), "no project created");
        }
    }

    @Test
    void aCountBeyondWhatOneRunHoldsIsRefusedInOneLine() {
        assertRefused(run("collect", "--model", "m1", "-n", "2000000000", "--batch-export",
                dir.resolve("x.jsonl").toString(), "--raw", raw.toString()),
                "-n 2000000000", "5,000,000 triplets one run may sample");
        assertRefused(run("collect", "--model", "m1", "-n", "5000001", "--batch-export",
                dir.resolve("x.jsonl").toString(), "--raw", raw.toString()),
                "5,000,000 triplets one run may sample");
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
        assertFalse(Files.exists(raw));
    }

    @Test
    void aTemplateFileIsSentWithoutItsByteOrderMarkOrCarriageReturns() throws IOException {
        Path template = dir.resolve("t.txt");
        Files.write(template, "\uFEFFA {word1}\r\nB {word2}\r\nC {word3}\r\n"
                .getBytes(StandardCharsets.UTF_8));
        Path requests = dir.resolve("requests.jsonl");

        assertEquals(0, run(collect("-n", "2", "--template", template.toString(),
                "--batch-export", requests.toString(), "--raw", raw.toString())),
                err.toString());

        String content = JSON.readTree(Files.readAllLines(requests).get(0)).at(
                "/body/messages/0/content").asText();
        assertTrue(content.matches("A word\\d+\nB word\\d+\nC word\\d+\n"), content);
    }

    @Test
    void aTemplateThatIsNotUtf8IsNamedWithItsLineAndByte() throws IOException {
        Path template = dir.resolve("t.txt");
        Files.write(template, "A {word1} B {word2} C {word3} caf\u00e9\n"
                .getBytes(StandardCharsets.ISO_8859_1));

        assertRefused(run(collect("-n", "2", "--template", template.toString(),
                "--batch-export", dir.resolve("x.jsonl").toString(), "--raw", raw.toString())),
                "t.txt:1: is not UTF-8 text: byte 0xE9 at byte 34 of the line");
    }

    @Test
    void aFileGivenAsTheTripletCountIsPointedAtFromSet() throws IOException {
        Path file = Files.writeString(dir.resolve("trials.txt"), "0 1 2\n");

        assertRefused(run(collect("--triplets", file.toString(), "--raw", raw.toString())),
                "trials.txt' is not a number of triplets", "use --from-set FILE");
        assertRefused(run(collect("-n", "9000000000", "--raw", raw.toString())),
                "too many triplets (at most 5,000,000 per run)");
        assertFalse(Files.exists(raw), "nothing recorded: " + err);
    }
}
