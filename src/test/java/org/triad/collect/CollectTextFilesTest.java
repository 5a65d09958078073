package org.triad.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triad.store.ImportException;

/**
 * The text files of a collection run (templates, Batch result files, raw logs) are read as
 * docs/FORMATS.md promises: a byte-order mark and CRLF accepted, and a refusal that names the
 * file, the line and the reason.
 */
class CollectTextFilesTest {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @TempDir
    Path dir;

    private static byte[] withBom(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[BOM.length + body.length];
        System.arraycopy(BOM, 0, all, 0, BOM.length);
        System.arraycopy(body, 0, all, BOM.length, body.length);
        return all;
    }

    private static List<CollectionTask> tasks() {
        return CollectionTask.plan(ModelCollectorTest.distinctTriplets(4, 7), false, 1);
    }

    private static List<String> resultLines(List<CollectionTask> tasks) {
        List<String> lines = new ArrayList<>();
        for (CollectionTask task : tasks) {
            lines.add("{\"custom_id\": \"" + task.key() + "\", \"response\": {\"status_code\":"
                    + " 200, \"body\": {\"choices\": [{\"message\": {\"content\": \"B\"}}]}}}");
        }
        return lines;
    }

    @Test
    void aTemplateFileLosesItsByteOrderMarkAndCarriageReturns() throws Exception {
        Path file = Files.write(dir.resolve("t.txt"), withBom("A {word1}\r\nB {word2}\r\n"
                + "C {word3}\r\n"));

        PromptTemplate template = PromptTemplate.read(file, false);

        assertEquals("A {word1}\nB {word2}\nC {word3}\n", template.text());
        assertEquals(new PromptTemplate("A {word1}\nB {word2}\nC {word3}\n").hash(),
                template.hash());
    }

    @Test
    void aTemplateThatIsNotUtf8OrIsAFolderIsNamed() throws IOException {
        Path latin = Files.write(dir.resolve("t.txt"), "A {word1} B {word2}\nC {word3} caf\u00e9\n"
                .getBytes(StandardCharsets.ISO_8859_1));

        ImportException bad = assertThrows(ImportException.class,
                () -> PromptTemplate.read(latin, false));
        ImportException folder = assertThrows(ImportException.class,
                () -> PromptTemplate.read(dir, false));

        assertEquals(latin + ":2: is not UTF-8 text: byte 0xE9 at byte 14 of the line; save"
                + " the file as UTF-8", bad.getMessage());
        assertEquals(dir + ": is a folder, not a file", folder.getMessage());
    }

    @Test
    void aBatchResultFileWithAByteOrderMarkAndCrlfIsRead() throws Exception {
        List<CollectionTask> tasks = tasks();
        Path file = Files.write(dir.resolve("b.jsonl"),
                withBom(String.join("\r\n", resultLines(tasks)) + "\r\n"));
        InMemoryCollectionLog log = new InMemoryCollectionLog();

        int recorded = BatchFiles.importResults(file, tasks, ModelCollectorTest.ITEMS,
                PromptTemplate.DEFAULT, "m", log);

        assertEquals(tasks.size(), recorded);
        assertTrue(log.records().stream()
                .allMatch(r -> r.status() == CollectionRecord.Status.PARSED));
    }

    @Test
    void aBatchResultFileThatIsNotUtf8OrIsAFolderIsNamedAndRecordsNothing() throws Exception {
        List<CollectionTask> tasks = tasks();
        List<String> lines = resultLines(tasks);
        byte[] text = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
        int third = lines.get(0).length() + lines.get(1).length() + 2;
        int at = third + lines.get(2).indexOf("\"B\"") + 1;
        text[at] = (byte) 0xE9;
        Path file = Files.write(dir.resolve("b.jsonl"), text);
        InMemoryCollectionLog log = new InMemoryCollectionLog();

        ImportException bad = assertThrows(ImportException.class, () -> BatchFiles
                .importResults(file, tasks, ModelCollectorTest.ITEMS, PromptTemplate.DEFAULT,
                        "m", log));
        ImportException folder = assertThrows(ImportException.class,
                () -> BatchFiles.readResults(dir));

        assertEquals(file + ":3: is not UTF-8 text: byte 0xE9 at byte " + (at - third + 1)
                + " of the line; save the file as UTF-8", bad.getMessage());
        assertEquals(dir + ": is a folder, not a file", folder.getMessage());
        assertTrue(log.records().isEmpty());
    }

    @Test
    void aRawLogWithAByteOrderMarkIsResumed() throws Exception {
        List<CollectionTask> tasks = tasks();
        Path plain = dir.resolve("plain.jsonl");
        try (JsonlCollectionLog log = new JsonlCollectionLog(plain)) {
            BatchFiles.importResults(Files.write(dir.resolve("b.jsonl"), resultLines(tasks)),
                    tasks, ModelCollectorTest.ITEMS, PromptTemplate.DEFAULT, "m", log);
        }
        Path marked = Files.write(dir.resolve("marked.jsonl"), withBom(
                Files.readString(plain).replace("\n", "\r\n")));

        try (JsonlCollectionLog log = new JsonlCollectionLog(marked)) {
            assertEquals(tasks.size(), log.recordedKeys().size());
        }
    }

    @Test
    void aRawLogThatIsNotUtf8IsNamedWithItsLine() throws IOException {
        Path file = Files.write(dir.resolve("raw.jsonl"), "{}\n{\"key\": \"caf\u00e9\"}\n{}\n"
                .getBytes(StandardCharsets.ISO_8859_1));

        IOException bad = assertThrows(IOException.class, () -> new JsonlCollectionLog(file));

        assertTrue(bad.getMessage().startsWith(file + ":2: is not UTF-8 text: byte 0xE9"),
                bad.getMessage());
    }
}
