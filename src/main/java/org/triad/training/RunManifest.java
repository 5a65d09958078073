package org.triad.training;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
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
        ObjectNode root = JSON.createObjectNode();
        root.put("format", "triad-spose-manifest");
        root.put("formatVersion", FORMAT_VERSION);
        root.put("appVersion", appVersion());
        root.put("started", started.toString());
        root.put("finished", Instant.now().toString());
        root.put("engine", result.engine());
        root.set("config", JSON.valueToTree(config));
        root.set("data", data(train, validation));
        root.set("result", result(result));
        root.set("history", history(result));
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("manifest could not be written as JSON", e);
        }
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

    private static ObjectNode result(TrainingResult result) {
        ObjectNode node = JSON.createObjectNode();
        EpochReport best = result.history().stream()
                .filter(r -> r.epoch() == result.bestEpoch()).findFirst().orElse(null);
        node.put("bestEpoch", result.bestEpoch());
        node.put("epochsRun", result.history().size());
        node.put("cancelled", result.cancelled());
        node.put("dimsKept", result.embedding().dims());
        node.put("tripletsPerSecond", result.tripletsPerSecond());
        if (best != null) {
            node.put("validationAccuracy", best.validationAccuracy());
            node.put("validationLoss", best.validationLoss());
        }
        return node;
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
