package org.triad.training;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.triad.model.EpochReport;
import org.triad.model.FeatureMatrix;
import org.triad.model.Similarity;
import org.triad.store.EmbeddingFiles;
import org.triad.store.ImportException;

/**
 * Checkpoint folders (docs/FORMATS.md, "Training checkpoints"): a checkpoint directory holds
 * one folder per checkpoint, {@code epoch-0005/}, with {@code checkpoint.json} and four
 * float32 .npy matrices (n_items × dims): {@code weights}, {@code adam_m}, {@code adam_v},
 * {@code best_weights}. A folder is written as {@code .epoch-0005.tmp/}, every file synced
 * to disk, and then renamed, so a folder named {@code epoch-*} is always complete; a killed
 * run leaves at worst a hidden temporary folder, which readers ignore. The newest
 * {@value #KEEP} checkpoints are kept.
 */
public final class CheckpointFiles {
    /** Format name in checkpoint.json. */
    public static final String FORMAT = "triad-spose-checkpoint";

    /** Format version; readers refuse others. */
    public static final int FORMAT_VERSION = 1;

    /** Checkpoints kept per directory; older ones are deleted once a new one is in place. */
    public static final int KEEP = 2;

    static final String HEADER = "checkpoint.json";
    private static final String PREFIX = "epoch-";
    private static final String[] ARRAYS = {"weights", "adam_m", "adam_v", "best_weights"};
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT);

    private CheckpointFiles() {
    }

    /**
     * Writes a checkpoint atomically into {@code dir} (created when missing) and deletes all
     * but the newest {@value #KEEP}.
     *
     * @return the new folder, {@code dir/epoch-NNNN}
     */
    public static Path write(Path dir, Checkpoint checkpoint) throws IOException {
        Files.createDirectories(dir);
        String name = String.format(Locale.ROOT, "%s%04d", PREFIX, checkpoint.epoch());
        Path temporary = dir.resolve("." + name + ".tmp");
        deleteTree(temporary);
        Files.createDirectories(temporary);
        try {
            writeFiles(temporary, checkpoint);
        } catch (IOException e) {
            // A full disk leaves no half-written folder behind.
            deleteTree(temporary);
            throw e;
        }
        Path target = dir.resolve(name);
        deleteTree(target);
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        syncDirectory(dir);
        prune(dir);
        return target;
    }

    private static void writeFiles(Path temporary, Checkpoint checkpoint) throws IOException {
        int dims = checkpoint.config().dims();
        EngineState state = checkpoint.state();
        float[][] arrays = {state.weights(), state.firstMoment(), state.secondMoment(),
            checkpoint.bestWeights()};
        for (int a = 0; a < ARRAYS.length; a++) {
            Path file = temporary.resolve(ARRAYS[a] + ".npy");
            EmbeddingFiles.writeNpy(new FeatureMatrix(arrays[a].length / dims, dims, arrays[a]),
                    file);
            sync(file);
        }
        Path header = temporary.resolve(HEADER);
        Files.writeString(header, header(checkpoint), StandardCharsets.UTF_8);
        sync(header);
    }

    /**
     * Reads a checkpoint: {@code path} is a checkpoint folder, or a checkpoint directory
     * whose newest complete checkpoint is read.
     *
     * @throws IOException when there is no checkpoint, a file is missing or unreadable, or
     *     the format or version is not this one
     */
    public static Checkpoint read(Path path) throws IOException {
        Path folder = Files.exists(path.resolve(HEADER)) ? path : newest(path);
        JsonNode root;
        try {
            root = JSON.readTree(folder.resolve(HEADER).toFile());
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new IOException(folder.resolve(HEADER) + " is not JSON: "
                    + e.getOriginalMessage().lines().findFirst().orElse(""), e);
        }
        if (!FORMAT.equals(root.path("format").asText())
                || root.path("formatVersion").asInt() != FORMAT_VERSION) {
            throw new IOException(folder.resolve(HEADER) + " is not a " + FORMAT + " version "
                    + FORMAT_VERSION + " file (format " + root.path("format").asText()
                    + ", version " + root.path("formatVersion").asText() + ")");
        }
        SposeConfig config = config(root.path("config"));
        float[][] arrays = new float[ARRAYS.length][];
        for (int a = 0; a < ARRAYS.length; a++) {
            arrays[a] = readArray(folder.resolve(ARRAYS[a] + ".npy"), config.dims());
        }
        JsonNode stopping = root.path("earlyStopping");
        if (arrays[0].length != arrays[1].length || arrays[0].length != arrays[2].length) {
            int dims = config.dims();
            throw new IOException(folder + ": weights.npy, adam_m.npy and adam_v.npy hold "
                    + arrays[0].length / dims + ", " + arrays[1].length / dims + " and "
                    + arrays[2].length / dims + " rows; they must be equal");
        }
        return new Checkpoint(folder, root.path("epoch").asInt(), config,
                root.path("engine").asText(), fingerprint(root.path("data")),
                new EngineState(arrays[0], arrays[1], arrays[2], root.path("step").asLong()),
                arrays[3], root.path("bestEpoch").asInt(), stopping.path("bestLoss").asDouble(),
                stopping.path("epochsWithoutImprovement").asInt(),
                history(root.path("history")), root.path("trainedTriplets").asLong(),
                root.path("trainedSeconds").asDouble(), root.path("orderSha256").asText());
    }

    /** The newest complete checkpoint folder in a directory. */
    private static Path newest(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("no checkpoint at " + dir + " (not a folder)");
        }
        List<Path> folders = checkpointFolders(dir);
        if (folders.isEmpty()) {
            throw new IOException("no checkpoint in " + dir + " (no " + PREFIX
                    + "NNNN folder with " + HEADER + ")");
        }
        return folders.get(folders.size() - 1);
    }

    /** Complete checkpoint folders of a directory, oldest first. */
    static List<Path> checkpointFolders(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(p -> p.getFileName().toString().startsWith(PREFIX))
                    .filter(p -> Files.exists(p.resolve(HEADER)))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        }
    }

    private static float[] readArray(Path file, int dims) throws IOException {
        try {
            FeatureMatrix matrix = EmbeddingFiles.readMatrix(file);
            if (matrix.dims() != dims) {
                throw new IOException(file + " has " + matrix.dims() + " columns, the "
                        + "checkpoint's settings say " + dims);
            }
            return matrix.toArray();
        } catch (ImportException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static String header(Checkpoint c) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("formatVersion", FORMAT_VERSION);
        root.put("appVersion", RunManifest.appVersion());
        root.put("epoch", c.epoch());
        root.put("step", c.state().step());
        root.put("engine", c.engine());
        root.set("config", JSON.valueToTree(c.config()));
        root.set("data", JSON.valueToTree(c.data()));
        root.put("bestEpoch", c.bestEpoch());
        ObjectNode stopping = root.putObject("earlyStopping");
        stopping.put("bestLoss", c.bestLoss());
        stopping.put("epochsWithoutImprovement", c.epochsWithoutImprovement());
        root.put("trainedTriplets", c.trainedTriplets());
        root.put("trainedSeconds", c.trainedSeconds());
        root.put("orderSha256", c.orderSha256());
        ArrayNode history = root.putArray("history");
        c.history().forEach(report -> history.add(JSON.valueToTree(report)));
        return JSON.writeValueAsString(root);
    }

    private static SposeConfig config(JsonNode n) {
        return new SposeConfig(n.path("dims").asInt(), n.path("lambda").asDouble(),
                n.path("learningRate").asDouble(), n.path("batchSize").asInt(),
                n.path("maxEpochs").asInt(), n.path("patience").asInt(), n.path("seed").asLong(),
                n.path("threads").asInt(), Similarity.valueOf(n.path("similarity").asText()),
                n.path("temperature").asDouble());
    }

    private static Checkpoint.DataFingerprint fingerprint(JsonNode n) {
        return new Checkpoint.DataFingerprint(n.path("itemCount").asInt(),
                n.path("trainJudgements").asInt(), n.path("trainSha256").asText(),
                n.path("validationJudgements").asInt(), n.path("validationSha256").asText());
    }

    private static List<EpochReport> history(JsonNode list) {
        List<EpochReport> out = new ArrayList<>();
        for (JsonNode n : list) {
            out.add(new EpochReport(n.path("epoch").asInt(), n.path("trainLoss").asDouble(),
                    n.path("trainAccuracy").asDouble(), n.path("validationLoss").asDouble(),
                    n.path("validationAccuracy").asDouble(), n.path("activeDims").asInt(),
                    n.path("seconds").asDouble()));
        }
        return out;
    }

    private static void sync(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** Makes the rename durable where the platform allows syncing a directory (Linux). */
    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Windows cannot open a directory as a channel; the rename is then as durable as
            // the file system makes it.
        }
    }

    private static void prune(Path dir) throws IOException {
        List<Path> folders = checkpointFolders(dir);
        for (int f = 0; f < folders.size() - KEEP; f++) {
            deleteTree(folders.get(f));
        }
    }

    private static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
