package org.triad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triad.model.Embedding;
import org.triad.store.EmbeddingFiles;
import picocli.CommandLine;

/** Runs {@code triad train} end to end on a small planted problem. */
class TrainCommandTest {
    private static final int ITEMS = 24;

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new TriadCli());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void trainsAndWritesEmbeddingManifestAndSummary() throws Exception {
        Path items = writeItems();
        Path train = writeTriplets("train.txt", 3000, 1);
        Path validation = writeTriplets("val.txt", 600, 2);

        int status = run("train", train.toString(), "--items", items.toString(),
                "--validation", validation.toString(), "--dims", "8", "--lr", "0.01",
                "--epochs", "40", "--patience", "5", "--seed", "3",
                "--out", dir.resolve("run/model").toString());

        assertEquals(0, status, err.toString());
        String printed = out.toString();
        assertTrue(printed.contains("epoch   1"), printed);
        assertTrue(printed.contains("triplets per second"), printed);
        Embedding embedding = EmbeddingFiles.read(dir.resolve("run/model.npy"), ids());
        assertTrue(embedding.dims() >= 2 && embedding.dims() <= 8, "dims " + embedding.dims());
        assertEquals(embedding.dims(),
                EmbeddingFiles.read(dir.resolve("run/model.txt"), ids()).dims());
        JsonNode manifest = new ObjectMapper().readTree(dir.resolve("run/model.json").toFile());
        assertEquals(3, manifest.path("config").path("seed").asInt());
        assertEquals(3000, manifest.path("data").path("trainJudgements").asInt());
        double accuracy = manifest.path("result").path("validationAccuracy").asDouble();
        assertTrue(accuracy > 0.6, "validation accuracy " + accuracy + " on a planted problem");
    }

    @Test
    void engineSimilarityAndTemperatureReachTheManifest() throws Exception {
        Path items = writeItems();
        Path train = writeTriplets("train.txt", 600, 1);

        int status = run("train", train.toString(), "--items", items.toString(),
                "--dims", "4", "--epochs", "2", "--engine", "cpu", "--similarity", "euclidean",
                "--temperature", "0.5", "--out", dir.resolve("euclid").toString());

        assertEquals(0, status, err.toString());
        JsonNode manifest = new ObjectMapper().readTree(dir.resolve("euclid.json").toFile());
        assertEquals("NEGATIVE_SQUARED_EUCLIDEAN", manifest.at("/config/similarity").asText());
        assertEquals(0.5, manifest.at("/config/temperature").asDouble());
        assertTrue(manifest.at("/engine").asText().startsWith("cpu (plain Java"));
        assertEquals(2, run("train", train.toString(), "--items", items.toString(),
                "--engine", "gpu", "--out", dir.resolve("never").toString()));
        assertTrue(err.toString().contains("use auto, cpu or nd4j"), err.toString());
    }

    @Test
    void benchTrainPrintsOneRowPerEngineAndBatchSize() throws Exception {
        Path train = writeTriplets("train.txt", 500, 1);
        Path validation = writeTriplets("val.txt", 100, 2);

        int status = run("bench", "train", "--train", train.toString(), "--validation",
                validation.toString(), "--item-count", String.valueOf(ITEMS), "--epochs", "2",
                "--engines", "cpu", "--batch-sizes", "7,64", "--dims", "4");

        assertEquals(0, status, err.toString());
        String printed = out.toString();
        assertTrue(printed.contains("| cpu (plain Java"), printed);
        assertTrue(printed.contains(" | 7 | ") && printed.contains(" | 64 | "), printed);
        assertEquals(4, printed.lines().filter(line -> line.startsWith("| ")).count(), printed);
    }

    @Test
    void badTripletFileNamesFileLineAndReasonAndWritesNothing() throws Exception {
        Path items = writeItems();
        Path bad = dir.resolve("bad.txt");
        Files.writeString(bad, "0 1 2\n3 4 5\n6 7 99\n");

        int status = run("train", bad.toString(), "--items", items.toString(),
                "--out", dir.resolve("never").toString());

        assertEquals(2, status);
        assertTrue(err.toString().contains("bad.txt:3"), err.toString());
        assertTrue(err.toString().contains("99"), err.toString());
        assertFalse(Files.exists(dir.resolve("never.npy")));
    }

    private Path writeItems() throws IOException {
        Path file = dir.resolve("items.txt");
        Files.write(file, ids());
        return file;
    }

    private static List<String> ids() {
        return IntStream.range(0, ITEMS).mapToObj(i -> "item" + i).toList();
    }

    /** Items fall in three planted groups; the odd one out is the item from another group. */
    private Path writeTriplets(String name, int count, long seed) throws IOException {
        Random random = new Random(seed);
        List<String> lines = new ArrayList<>();
        while (lines.size() < count) {
            int a = random.nextInt(ITEMS);
            int b = random.nextInt(ITEMS);
            int c = random.nextInt(ITEMS);
            boolean abSame = a % 3 == b % 3;
            if (a == b || a == c || b == c || !abSame || c % 3 == a % 3) {
                continue;
            }
            lines.add(a + " " + b + " " + c);
        }
        Path file = dir.resolve(name);
        Files.write(file, lines);
        return file;
    }
}
