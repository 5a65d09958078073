package org.triad.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triad.cli.TriadCli;
import org.triad.model.ItemSet;
import picocli.CommandLine;

/** {@code triad collect --images}: images from the item file's folder, refused when missing. */
class CollectImagesCliTest {

    @Test
    void sendsImagesAndRefusesItemsWithoutOne(@TempDir Path dir) throws Exception {
        ItemSet items = TestImages.items(dir, 10, 7);
        List<String> lines = new ArrayList<>(List.of("id\tlabel\timage"));
        for (int i = 0; i < items.size(); i++) {
            lines.add(items.get(i).id() + "\t" + items.get(i).label() + "\t"
                    + items.get(i).image());
        }
        Path itemFile = Files.write(dir.resolve("items.tsv"), lines);
        Path triplets = Files.write(dir.resolve("ask.txt"), List.of("0 1 2", "3 4 5"));
        try (FakeChatServer server = new FakeChatServer((p, a) ->
                FakeChatServer.Answer.reply("C"))) {
            String[] common = {"collect", "--base-url", server.baseUrl().toString(), "--model",
                "fake", "--api-key-env", "TRIAD_TEST_NO_SUCH_VARIABLE", "--items",
                itemFile.toString(), "--images", "--concurrency", "1"};
            assertEquals(0, TriadCli.run(concat(common, "--from-set", triplets.toString(),
                    "--raw", dir.resolve("ok.jsonl").toString())));
            assertEquals(2, server.requests().size());
            for (FakeChatServer.Request request : server.requests()) {
                assertEquals(3, request.content().findValues("image_url").size());
            }
            Path withMissing = Files.write(dir.resolve("ask2.txt"), List.of("6 7 8"));
            StringWriter err = new StringWriter();
            CommandLine cli = new CommandLine(new TriadCli());
            cli.setErr(new PrintWriter(err, true));
            assertEquals(2, cli.execute(concat(common, "--from-set", withMissing.toString(),
                    "--raw", dir.resolve("refused.jsonl").toString())));
            assertTrue(err.toString().contains("'i7' (word 7): no image"), err.toString());
            assertEquals(2, server.requests().size());
            assertFalse(Files.exists(dir.resolve("refused.jsonl")), "a refused run leaves no log");
            assertEquals(0, TriadCli.run(concat(common, "--word-cards", "--from-set",
                    withMissing.toString(), "--raw", dir.resolve("words.jsonl").toString())));
            assertEquals(3, server.requests().size());
            assertTrue(server.requests().get(2).prompt().contains("(no image) word 7"));
        }
    }

    private static String[] concat(String[] head, String... tail) {
        String[] out = java.util.Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, out, head.length, tail.length);
        return out;
    }
}
