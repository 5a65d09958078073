package org.triad.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triad.model.Embedding;
import org.triad.store.EmbeddingFiles;

/** Runs {@code triad train} end to end on a small planted problem. */
class TrainCommandTest {
    private static final int ITEMS = 24;

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return CliRun.run(out, err, args);
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
    void seedsOnNd4jTrainBatchedAndRefuseCheckpoints() throws Exception {
        Path items = writeItems();
        Path train = writeTriplets("train.txt", 600, 1);
        String[] common = {"train", train.toString(), "--items", items.toString(), "--dims",
            "4", "--epochs", "2", "--seeds", "2", "--engine", "nd4j"};

        int status = run(concat(common, "--out", dir.resolve("batched").toString()));

        assertEquals(0, status, err.toString());
        assertTrue(out.toString().contains("(seeds batched on ND4J)"), out.toString());
        assertEquals(1, run(concat(common, "--checkpoint-every", "1", "--out",
                dir.resolve("never").toString())));
        assertTrue(err.toString().contains("checkpoints are not supported with batched ND4J"),
                err.toString());
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
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
    void withoutValidationSaysSoInsteadOfPrintingNaN() throws Exception {
        Path items = writeItems();
        Path train = writeTriplets("train.txt", 600, 4);

        int status = run("train", train.toString(), "--items", items.toString(),
                "--validation-fraction", "0", "--dims", "4", "--epochs", "2",
                "--out", dir.resolve("plain").toString());

        assertEquals(0, status, err.toString());
        assertTrue(out.toString().contains("no validation set"), out.toString());
        assertFalse(out.toString().contains("NaN"), out.toString());
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

    @Test
    void sweepWritesEveryRunTheTableAndTheReproducibilityReport() throws Exception {
        Path items = writeItems();
        Path train = writeTriplets("train.txt", 3000, 1);
        Path validation = writeTriplets("val.txt", 600, 2);

        int status = run("train", train.toString(), "--items", items.toString(),
                "--validation", validation.toString(), "--dims", "6", "--lr", "0.01",
                "--epochs", "8", "--patience", "3", "--seed", "5", "--seeds", "2",
                "--lambdas", "0.004,0.01", "--workers", "2",
                "--out", dir.resolve("sweep/m").toString());

        assertEquals(0, status, err.toString());
        for (String lambda : List.of("0.004", "0.01")) {
            for (String seed : List.of("5", "6")) {
                String stem = "sweep/m_lambda" + lambda + "_seed" + seed;
                assertTrue(Files.exists(dir.resolve(stem + ".npy")), stem);
                assertTrue(Files.exists(dir.resolve(stem + ".txt")), stem);
                assertTrue(Files.exists(dir.resolve(stem + ".json")), stem);
            }
        }
        List<String> table = Files.readAllLines(dir.resolve("sweep/m_runs.tsv"));
        assertEquals(5, table.size());
        assertTrue(table.get(0).startsWith("lambda\tseed\tbest_epoch"), table.get(0));
        assertEquals(1, table.stream().filter(l -> l.endsWith("\ttrue")).count());
        JsonNode runs = new ObjectMapper().readTree(dir.resolve("sweep/m_runs.json").toFile());
        assertEquals(4, runs.path("runs").size());
        List<String> reproducibility = Files.readAllLines(
                dir.resolve("sweep/m_reproducibility.tsv"));
        assertTrue(reproducibility.size() > 4, reproducibility.toString());
        String printed = out.toString();
        assertTrue(printed.contains("reproducibility, λ 0.004, 2 seeds"), printed);
        assertTrue(printed.contains("held out: accuracy"), printed);
        assertTrue(printed.contains("chance 33.33 %"), printed);
    }

    @Test
    void evaluatePrintsAccuracyIntervalChanceAndCeiling() throws Exception {
        Path items = writeItems();
        Path model = dir.resolve("model.txt");
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < ITEMS; i++) {
            rows.add(i % 3 == 0 ? "1 0 0" : i % 3 == 1 ? "0 1 0" : "0 0 1");
        }
        Files.write(model, rows);
        Path triplets = writeTriplets("held.txt", 400, 3);
        List<String> repeated = new ArrayList<>(Files.readAllLines(triplets));
        repeated.add(repeated.get(0));
        Files.write(triplets, repeated);

        int status = run("evaluate", model.toString(), "--triplets", triplets.toString(),
                "--items", items.toString());

        assertEquals(0, status, err.toString());
        String printed = out.toString();
        assertTrue(printed.contains("accuracy 100.00 % [100.00, 100.00]"), printed);
        assertTrue(printed.contains("401 judgements"), printed);
        assertTrue(printed.contains("noise ceiling 100.00 % ("), printed);
        assertFalse(printed.contains("is square"), printed);
    }

    @Test
    void evaluateWarnsThatASquareMatrixMayBeAnRsm() throws Exception {
        Path items = writeItems();
        Path square = dir.resolve("square.txt");
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < ITEMS; i++) {
            rows.add("0.5 ".repeat(ITEMS).strip());
        }
        Files.write(square, rows);

        assertEquals(0, run("evaluate", square.toString(), "--triplets",
                writeTriplets("held.txt", 50, 3).toString(), "--items", items.toString()),
                err.toString());
        assertTrue(out.toString().contains("warning: " + square + " is square (24 × 24): if it"
                + " is an RSM, not an embedding, this evaluation means nothing"), out.toString());
    }

    @Test
    void resumeFromACheckpointEndsWithTheUninterruptedEmbedding() throws Exception {
        List<String> common = List.of(writeTriplets("train.txt", 3000, 1).toString(),
                "--items", writeItems().toString(), "--validation",
                writeTriplets("val.txt", 600, 2).toString(), "--dims", "6", "--lr", "0.01",
                "--patience", "50", "--batch-size", "128");

        assertEquals(0, run(args(common, "--epochs", "7", "--out", dir.resolve("straight"))));
        assertEquals(0, run(args(common, "--epochs", "4", "--checkpoint-every", "2",
                "--out", dir.resolve("first"))));
        assertEquals(0, run(args(common, "--epochs", "7", "--resume",
                dir.resolve("first_checkpoints"), "--out", dir.resolve("resumed"))));

        assertTrue(out.toString().contains("resuming after epoch 4"), out.toString());
        assertArrayEquals(Files.readAllBytes(dir.resolve("straight.npy")),
                Files.readAllBytes(dir.resolve("resumed.npy")));
        int refused = run(args(common, "--epochs", "7", "--lambda", "0.01", "--resume",
                dir.resolve("first_checkpoints"), "--out", dir.resolve("never")));
        assertEquals(1, refused);
        assertTrue(err.toString().contains("lambda is 0.008 in the checkpoint, 0.01 now"),
                err.toString());
        assertFalse(Files.exists(dir.resolve("never.npy")));
    }

    @Test
    void aMultiSeedJobResumesEveryRun() throws Exception {
        List<String> common = List.of(writeTriplets("train.txt", 2000, 1).toString(),
                "--items", writeItems().toString(), "--validation-fraction", "0.2",
                "--dims", "5", "--lr", "0.01", "--patience", "50", "--seeds", "2");

        assertEquals(0, run(args(common, "--epochs", "4", "--out", dir.resolve("s/straight"))));
        assertEquals(0, run(args(common, "--epochs", "2", "--checkpoint-every", "2",
                "--out", dir.resolve("s/first"))));
        assertEquals(0, run(args(common, "--epochs", "4", "--resume",
                dir.resolve("s/first_checkpoints"), "--out", dir.resolve("s/resumed"))));

        for (String seed : List.of("1", "2")) {
            assertArrayEquals(
                    Files.readAllBytes(dir.resolve("s/straight_lambda0.008_seed" + seed + ".npy")),
                    Files.readAllBytes(dir.resolve("s/resumed_lambda0.008_seed" + seed + ".npy")));
        }
    }

    private static String[] args(List<String> common, Object... more) {
        List<String> all = new ArrayList<>(List.of("train"));
        all.addAll(common);
        for (Object value : more) {
            all.add(value.toString());
        }
        return all.toArray(String[]::new);
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
