package org.triad.collect;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.triad.model.Embedding;
import org.triad.model.Triplet;

/**
 * How a session draws its triplets; stored as the session's {@code sampler} and
 * {@code sampler_settings} JSON (docs/FORMATS.md), so that a continued session draws the same
 * way.
 *
 * @param kind the sampler
 * @param seed seeds every draw and every presentation order of the session
 * @param repeatFraction share of repeated triplets ({@link Kind#REPEATS}); 0 otherwise
 * @param poolSize candidates per triplet ({@link Kind#ACTIVE})
 * @param embeddingId the stored embedding active sampling asks; −1 when none
 * @param fixed the triplets of {@link Kind#FIXED}, in order; empty otherwise
 */
public record SamplerSettings(Kind kind, long seed, double repeatFraction, int poolSize,
        long embeddingId, List<Triplet> fixed) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The samplers a session can use. */
    public enum Kind {
        /** {@link UniformSampler}. */
        UNIFORM,
        /** {@link BalancedSampler}. */
        BALANCED,
        /** {@link RepeatSampler} over uniform draws. */
        REPEATS,
        /** {@link ActiveSampler}; needs an embedding. */
        ACTIVE,
        /** {@link FixedListSampler}. */
        FIXED;

        /** The name stored in {@code annotation_sessions.sampler}. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Copies the list. */
    public SamplerSettings {
        fixed = fixed == null ? List.of() : List.copyOf(fixed);
    }

    /** Settings of a sampler with its defaults: 10 % repeats, a pool of 1,000. */
    public static SamplerSettings of(Kind kind, long seed) {
        return new SamplerSettings(kind, seed, kind == Kind.REPEATS ? 0.1 : 0,
                ActiveSampler.DEFAULT_POOL, -1, List.of());
    }

    /** These settings with another embedding for active sampling. */
    public SamplerSettings withEmbedding(long id) {
        return new SamplerSettings(kind, seed, repeatFraction, poolSize, id, fixed);
    }

    /**
     * The sampler for a sitting of a session.
     *
     * @param pool the item subset
     * @param embedding the model for {@link Kind#ACTIVE}; ignored otherwise
     * @param random the sitting's seeded stream
     * @throws IllegalArgumentException when active sampling has no embedding, or no triplet
     *     of a fixed list lies inside the subset
     */
    public TripletSampler create(int[] pool, Embedding embedding, SplittableRandom random) {
        return switch (kind) {
            case UNIFORM -> new UniformSampler(pool, random);
            case BALANCED -> new BalancedSampler(pool, random);
            case REPEATS -> new RepeatSampler(new UniformSampler(pool, random.split()),
                    repeatFraction, random);
            case ACTIVE -> {
                if (embedding == null) {
                    throw new IllegalArgumentException("active sampling needs an embedding");
                }
                yield new ActiveSampler(pool, embedding, poolSize, random);
            }
            case FIXED -> new FixedListSampler(inside(pool));
        };
    }

    private List<Triplet> inside(int[] pool) {
        int[] sorted = pool.clone();
        Arrays.sort(sorted);
        List<Triplet> kept = fixed.stream().filter(t -> Arrays.binarySearch(sorted, t.a()) >= 0
                && Arrays.binarySearch(sorted, t.b()) >= 0
                && Arrays.binarySearch(sorted, t.c()) >= 0).toList();
        if (kept.isEmpty()) {
            throw new IllegalArgumentException("none of the " + fixed.size() + " triplets of"
                    + " the list lies inside the chosen items");
        }
        return kept;
    }

    /** The settings as the JSON object stored with the session. */
    public String toJson() {
        ObjectNode node = JSON.createObjectNode().put("seed", seed);
        switch (kind) {
            case REPEATS -> node.put("fraction", repeatFraction);
            case ACTIVE -> node.put("pool", poolSize).put("embedding", embeddingId);
            case FIXED -> {
                ArrayNode list = node.putArray("triplets");
                fixed.forEach(t -> list.addArray().add(t.a()).add(t.b()).add(t.c()));
            }
            default -> {
                // Uniform and balanced need only the seed.
            }
        }
        return node.toString();
    }

    /**
     * Settings as stored with a session.
     *
     * @param sampler the stored sampler name, e.g. {@code repeats}
     * @throws IllegalArgumentException on an unknown sampler or settings that are not JSON
     */
    public static SamplerSettings fromJson(String sampler, String json) {
        Kind kind = Kind.valueOf(sampler.toUpperCase(Locale.ROOT));
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("sampler settings are not JSON: " + json, e);
        }
        List<Triplet> fixed = new ArrayList<>();
        node.path("triplets").forEach(t -> fixed.add(new Triplet(t.get(0).asInt(),
                t.get(1).asInt(), t.get(2).asInt())));
        return new SamplerSettings(kind, node.path("seed").asLong(),
                node.path("fraction").asDouble(0), node.path("pool").asInt(
                ActiveSampler.DEFAULT_POOL), node.path("embedding").asLong(-1), fixed);
    }
}
