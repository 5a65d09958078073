package org.triad.training;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.triad.model.EpochReport;
import org.triad.model.JudgementSet;

/**
 * The JSON manifest stored beside every trained embedding: settings, seed, engine, hashes of
 * the data, the result and the per-epoch history, so that a run can be traced and repeated.
 */
public final class RunManifest {
    /** Format version of the manifest; readers refuse versions they do not know. */
    public static final int FORMAT_VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT);

    private RunManifest() {
    }

    /**
     * Builds the manifest of a finished (or cancelled) run.
     *
     * @param config the run's settings
     * @param train training judgements (hashed, not copied)
     * @param validation validation judgements (hashed, not copied)
     * @param result what the run produced
     * @param started when the run started
     */
    public static String toJson(SposeConfig config, JudgementSet train, JudgementSet validation,
            TrainingResult result, Instant started) {
        return toJson(config, train, validation, result, started, List.of());
    }

    /**
     * {@link #toJson(SposeConfig, JudgementSet, JudgementSet, TrainingResult, Instant)} that
     * also names the judgement sets of the project the training judgements were drawn from
     * ({@code data.trainSets}), so that an evaluation can tell held-out sets from in-sample ones.
     *
     * @param sourceSets names of the project's judgement sets; empty when not from a project
     */
    public static String toJson(SposeConfig config, JudgementSet train, JudgementSet validation,
            TrainingResult result, Instant started, List<String> sourceSets) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", "triad-spose-manifest");
        root.put("formatVersion", FORMAT_VERSION);
        root.put("appVersion", appVersion());
        root.put("started", started.toString());
        root.put("finished", Instant.now().toString());
        root.put("engine", result.engine());
        root.set("config", JSON.valueToTree(config));
        ObjectNode data = data(train, validation);
        if (!sourceSets.isEmpty()) {
            ArrayNode sets = data.putArray("trainSets");
            sourceSets.forEach(sets::add);
        }
        root.set("data", data);
        root.set("result", result(result, config));
        root.set("history", history(result));
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("manifest could not be written as JSON", e);
        }
    }

    /**
     * The judgement sets a stored run was trained on, read from its manifest: {@code
     * data.trainSets} where present, else the sets named by {@code data.trainName} ("human-a+
     * human-b (train)" names human-a and human-b) that {@code known} contains.
     *
     * @param manifestJson a manifest, or any other JSON (a reference embedding's)
     * @param known the project's judgement set names
     * @return the sets, empty when the manifest names none or is not a run's manifest
     */
    public static List<String> trainingSets(String manifestJson, List<String> known) {
        JsonNode data;
        try {
            data = JSON.readTree(manifestJson == null ? "{}" : manifestJson).path("data");
        } catch (JsonProcessingException e) {
            return List.of();
        }
        List<String> sets = new ArrayList<>();
        data.path("trainSets").forEach(node -> sets.add(node.asText()));
        if (!sets.isEmpty()) {
            return List.copyOf(sets);
        }
        String name = data.path("trainName").asText("").replaceFirst(" \\(train\\)$", "");
        if (known.contains(name)) {
            return List.of(name);
        }
        for (String part : name.split("\\+")) {
            if (known.contains(part)) {
                sets.add(part);
            }
        }
        return List.copyOf(sets);
    }

    private static ObjectNode data(JudgementSet train, JudgementSet validation) {
        ObjectNode data = JSON.createObjectNode();
        data.put("itemCount", train.itemCount());
        data.put("trainName", train.name());
        data.put("trainJudgements", train.size());
        data.put("trainSha256", sha256(train));
        data.put("validationName", validation.name());
        data.put("validationJudgements", validation.size());
        data.put("validationSha256", sha256(validation));
        return data;
    }

    private static ObjectNode result(TrainingResult result, SposeConfig config) {
        ObjectNode node = JSON.createObjectNode();
        EpochReport best = result.history().stream()
                .filter(r -> r.epoch() == result.bestEpoch()).findFirst().orElse(null);
        node.put("bestEpoch", result.bestEpoch());
        node.put("epochsRun", result.history().size());
        node.put("cancelled", result.cancelled());
        node.put("stoppedBy", stoppedBy(result, config));
        node.put("dimsKept", result.embedding().dims());
        node.put("tripletsPerSecond", result.tripletsPerSecond());
        if (best != null) {
            node.put("validationAccuracy", best.validationAccuracy());
            node.put("validationLoss", best.validationLoss());
        }
        return node;
    }

    /** Why the run ended: "cancelled", "early stopping" or "max epochs". */
    static String stoppedBy(TrainingResult result, SposeConfig config) {
        if (result.cancelled()) {
            return "cancelled";
        }
        return result.history().size() < config.maxEpochs() ? "early stopping" : "max epochs";
    }

    private static ArrayNode history(TrainingResult result) {
        ArrayNode history = JSON.createArrayNode();
        for (EpochReport report : result.history()) {
            history.add(JSON.valueToTree(report));
        }
        return history;
    }

    /** SHA-256 (hex) of a judgement set's packed indices, little-endian int32. */
    public static String sha256(JudgementSet set) {
        return sha256(set.toPackedArray());
    }

    /** SHA-256 (hex) of ints as little-endian int32. */
    static String sha256(int[] packed) {
        ByteBuffer bytes = ByteBuffer.allocate(packed.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asIntBuffer().put(packed);
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(bytes.array()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /** The application version from the jar manifest, or "dev" when run from classes. */
    public static String appVersion() {
        String version = RunManifest.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
