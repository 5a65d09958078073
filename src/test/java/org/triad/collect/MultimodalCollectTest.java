package org.triad.collect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triad.model.CancellationToken;
import org.triad.model.ItemSet;
import org.triad.model.Triplet;

/** Multimodal prompts: the items' images as content parts, in presentation order. */
class MultimodalCollectTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PREFIX = "data:image/png;base64,";

    @Test
    void requestsCarryTheThreeImagesInPresentationOrder(@TempDir Path dir) throws Exception {
        ItemSet items = TestImages.items(dir, 12);
        List<CollectionTask> tasks = CollectionTask.plan(List.of(new Triplet(0, 1, 2),
                new Triplet(3, 7, 11), new Triplet(5, 4, 9), new Triplet(10, 6, 8)), true, 3);
        InMemoryCollectionLog log = new InMemoryCollectionLog();
        try (FakeChatServer server = new FakeChatServer((p, a) ->
                FakeChatServer.Answer.reply("B"))) {
            new ModelCollector(ModelCollectorTest.endpoint(server, "", 5000),
                    PromptTemplate.MULTIMODAL_DEFAULT, ModelCollectorTest.settings(3, 0, 1),
                    new PromptImages(TestImages.resolver(dir), 512, false))
                    .run(tasks, items, log, p -> { }, CancellationToken.none());
            Set<List<Integer>> expected = new HashSet<>();
            tasks.forEach(t -> expected.add(List.of(t.shown().a(), t.shown().b(),
                    t.shown().c())));
            Set<List<Integer>> received = new HashSet<>();
            for (FakeChatServer.Request request : server.requests()) {
                received.add(shownImages(request.content(), dir, items));
            }
            assertEquals(12, server.requests().size());
            assertEquals(expected, received);
        }
        assertEquals(12, log.records().size());
        for (CollectionRecord record : log.records()) {
            assertEquals(CollectionRecord.Status.PARSED, record.status());
            assertEquals(record.shown().b(), record.odd());
            assertEquals(PromptTemplate.MULTIMODAL_DEFAULT.hash(), record.templateHash());
        }
    }

    /**
     * Checks the parts' layout (text, then "A." + image, "B." + image, "C." + image) and
     * returns which item each image's bytes belong to, in the order sent.
     */
    static List<Integer> shownImages(JsonNode content, Path dir, ItemSet items)
            throws Exception {
        assertTrue(content.isArray(), content.toString());
        assertEquals(7, content.size());
        assertEquals("text", content.get(0).path("type").asText());
        assertTrue(content.get(0).path("text").asText().contains("labelled A, B and C"));
        List<Integer> shown = new ArrayList<>();
        for (int position = 0; position < 3; position++) {
            JsonNode letter = content.get(1 + 2 * position);
            JsonNode image = content.get(2 + 2 * position);
            assertEquals(PromptTemplate.LETTERS.get(position) + ".", letter.path("text").asText());
            assertEquals("image_url", image.path("type").asText());
            String url = image.path("image_url").path("url").asText();
            assertTrue(url.startsWith(PREFIX), url);
            byte[] bytes = Base64.getDecoder().decode(url.substring(PREFIX.length()));
            shown.add(owner(bytes, dir, items));
        }
        return shown;
    }

    private static int owner(byte[] bytes, Path dir, ItemSet items) throws Exception {
        for (int i = 0; i < items.size(); i++) {
            String image = items.get(i).image();
            if (!image.isEmpty() && java.util.Arrays.equals(bytes,
                    Files.readAllBytes(dir.resolve(image)))) {
                return i;
            }
        }
        throw new AssertionError("an image that is no item's file");
    }

    @Test
    void missingImagesRefuseTheRunBeforeAnythingIsSent(@TempDir Path dir) throws Exception {
        ItemSet items = TestImages.items(dir, 6, 4, 5);
        Files.delete(dir.resolve("img/i3.png"));
        List<CollectionTask> tasks = CollectionTask.plan(List.of(new Triplet(0, 1, 2),
                new Triplet(3, 4, 5)), false, 1);
        InMemoryCollectionLog log = new InMemoryCollectionLog();
        try (FakeChatServer server = new FakeChatServer((p, a) ->
                FakeChatServer.Answer.reply("A"))) {
            ModelCollector collector = new ModelCollector(
                    ModelCollectorTest.endpoint(server, "", 5000),
                    PromptTemplate.MULTIMODAL_DEFAULT, ModelCollectorTest.settings(2, 0, 1),
                    new PromptImages(TestImages.resolver(dir), 512, false));
            MissingImagesException e = assertThrows(MissingImagesException.class, () ->
                    collector.run(tasks, items, log, p -> { }, CancellationToken.none()));
            assertEquals(Set.of("i3", "i4", "i5"), new HashSet<>(e.itemIds()));
            assertTrue(e.getMessage().startsWith("3 items without a usable image"),
                    e.getMessage());
            assertTrue(e.getMessage().contains("'i4' (word 4): no image"), e.getMessage());
            assertTrue(e.getMessage().contains("'i3' (word 3): file "), e.getMessage());
            assertTrue(server.requests().isEmpty());
        }
        assertTrue(log.records().isEmpty());
    }

    @Test
    void wordFallbackDescribesAnItemWithoutImageInWords(@TempDir Path dir) throws Exception {
        ItemSet items = TestImages.items(dir, 3, 1);
        Prompt prompt = new PromptImages(TestImages.resolver(dir), 0, true)
                .prompt(PromptTemplate.MULTIMODAL_DEFAULT, List.of(items.get(2), items.get(1),
                        items.get(0)));
        JsonNode content = ChatClient.requestBody(offline(), prompt).path("messages").path(0)
                .path("content");
        assertEquals(6, content.size());
        assertEquals("B. (no image) word 1: definition 1", content.get(3).path("text").asText());
        assertEquals(2, content.findValues("image_url").size());
        assertNull(prompt.items().get(1).image());
    }

    @Test
    void largeImagesAreScaledToTheLongestSide(@TempDir Path dir) throws Exception {
        Path big = TestImages.png(dir.resolve("big.png"), 1000, 400, 0x3366cc);
        PromptImage sent = ImageFiles.load(big, 512);
        assertEquals("image/jpeg", sent.mediaType());
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(sent.bytes()));
        assertEquals(512, image.getWidth());
        assertEquals(205, image.getHeight());
        assertArrayEquals(Files.readAllBytes(big), ImageFiles.load(big, 0).bytes());
        assertArrayEquals(Files.readAllBytes(big), ImageFiles.load(big, 1000).bytes());
    }

    @Test
    void fileTypesAreRecognisedByContentThenExtension(@TempDir Path dir) throws Exception {
        assertEquals("image/jpeg", ImageFiles.sniff(bytes(0xFF, 0xD8, 0xFF, 0xE0)).get());
        assertEquals("image/gif", ImageFiles.sniff("GIF89a".getBytes(StandardCharsets.US_ASCII))
                .get());
        assertEquals("image/webp", ImageFiles.sniff("RIFF\0\0\0\0WEBPVP8 ".getBytes(
                StandardCharsets.US_ASCII)).get());
        Path png = TestImages.png(dir.resolve("named.jpg"), 2, 2, 0);
        assertEquals("image/png", ImageFiles.mediaType(png).get());
        Path odd = Files.write(dir.resolve("odd.webp"), new byte[] {1, 2, 3});
        assertEquals("image/webp", ImageFiles.mediaType(odd).get());
        Path text = Files.writeString(dir.resolve("notes.txt"), "hello");
        assertTrue(ImageFiles.mediaType(text).isEmpty());
    }

    /** An endpoint nothing is sent to. */
    private static ModelEndpoint offline() {
        return new ModelEndpoint(java.net.URI.create("http://127.0.0.1:9/v1"), "fake-model", "",
                0, 5, java.time.Duration.ofSeconds(1));
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    @Test
    void templateHashTellsMultimodalRunsApart() {
        PromptTemplate text = new PromptTemplate(PromptTemplate.MULTIMODAL_DEFAULT.text());
        assertNotEquals(text.hash(), PromptTemplate.MULTIMODAL_DEFAULT.hash());
        assertEquals(new PromptTemplate(PromptTemplate.DEFAULT.text(), false).hash(),
                PromptTemplate.DEFAULT.hash());
        assertThrows(IllegalArgumentException.class, () -> new ModelCollector(
                offline(),
                PromptTemplate.MULTIMODAL_DEFAULT, ModelCollectorTest.settings(1, 0, 1)));
    }

    @Test
    void batchExportWritesTheSameContentParts(@TempDir Path dir) throws Exception {
        ItemSet items = TestImages.items(dir, 9);
        List<CollectionTask> tasks = CollectionTask.plan(List.of(new Triplet(0, 4, 8),
                new Triplet(2, 1, 6)), false, 5);
        Path file = dir.resolve("batch.jsonl");
        int written = BatchFiles.exportRequests(tasks, items, PromptTemplate.MULTIMODAL_DEFAULT,
                new PromptImages(TestImages.resolver(dir), 512, false),
                offline(),
                new InMemoryCollectionLog(), file);
        assertEquals(2, written);
        List<String> lines = Files.readAllLines(file);
        for (int t = 0; t < 2; t++) {
            JsonNode line = JSON.readTree(lines.get(t));
            assertEquals(tasks.get(t).key(), line.path("custom_id").asText());
            Triplet shown = tasks.get(t).shown();
            assertEquals(List.of(shown.a(), shown.b(), shown.c()), shownImages(line.path("body")
                    .path("messages").path(0).path("content"), dir, items));
        }
        Path refused = dir.resolve("refused.jsonl");
        Files.delete(dir.resolve("img/i4.png"));
        assertThrows(MissingImagesException.class, () -> BatchFiles.exportRequests(tasks,
                items, PromptTemplate.MULTIMODAL_DEFAULT,
                new PromptImages(TestImages.resolver(dir), 512, false),
                offline(),
                new InMemoryCollectionLog(), refused));
        assertTrue(Files.notExists(refused));
    }
}
