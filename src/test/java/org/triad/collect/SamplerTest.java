package org.triad.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.triad.collect.SamplerSettings.Kind;
import org.triad.model.Embedding;
import org.triad.model.Triplet;

/** Properties of the samplers, each with a fixed seed. */
class SamplerTest {
    private static final int[] ALL = IntStream.range(0, 300).toArray();

    @Test
    void balancedShowsEveryItemAboutEquallyOften() {
        BalancedSampler sampler = new BalancedSampler(ALL, new SplittableRandom(1));
        int[] shown = new int[ALL.length];
        for (int t = 0; t < 1_000; t++) {
            Triplet triplet = sampler.next();
            shown[triplet.a()]++;
            shown[triplet.b()]++;
            shown[triplet.c()]++;
            int min = Arrays.stream(shown).min().orElseThrow();
            int max = Arrays.stream(shown).max().orElseThrow();
            assertTrue(max - min <= 1, "spread " + (max - min) + " after " + (t + 1));
        }
        int[] uniform = counts(new UniformSampler(ALL, new SplittableRandom(1)), 1_000);
        int spread = Arrays.stream(uniform).max().orElseThrow()
                - Arrays.stream(uniform).min().orElseThrow();
        assertTrue(spread >= 8, "uniform draws spread " + spread + ", balanced 1");
    }

    @Test
    void aRestoredBalancedSamplerGoesOnWithTheLeastShownItems() {
        BalancedSampler sampler = new BalancedSampler(new int[] {0, 1, 2, 3, 4, 5},
                new SplittableRandom(2));
        sampler.restore(new Triplet(0, 1, 2));
        Triplet next = sampler.next();
        assertEquals(List.of(3, 4, 5), sorted(next));
    }

    @Test
    void repeatsComeBackAtTheSetFractionOnceEachAndNotAtOnce() {
        RepeatSampler sampler = new RepeatSampler(new UniformSampler(ALL,
                new SplittableRandom(3)), 0.2, new SplittableRandom(4));
        Map<Long, Integer> firstTrial = new HashMap<>();
        int repeats = 0;
        for (int t = 0; t < 2_000; t++) {
            long key = Agreement.key(sampler.next());
            Integer first = firstTrial.putIfAbsent(key, t);
            if (first != null) {
                repeats++;
                assertTrue(t - first >= RepeatSampler.MIN_GAP, "repeated after " + (t - first));
                firstTrial.put(key, Integer.MIN_VALUE / 2);
            }
        }
        assertEquals(0.2, repeats / 2_000.0, 0.03);
    }

    @Test
    void aRestoredRepeatIsNotRepeatedAgain() {
        RepeatSampler sampler = new RepeatSampler(new UniformSampler(ALL,
                new SplittableRandom(5)), 0.5, new SplittableRandom(6));
        sampler.restore(new Triplet(0, 1, 2));
        sampler.restore(new Triplet(2, 1, 0));
        for (int t = 0; t < 40; t++) {
            assertNotEquals(List.of(0, 1, 2), sorted(sampler.next()));
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void everySamplerKeepsToTheSubsetAndIsSeeded(Kind kind) {
        int[] subset = IntStream.range(0, 300).filter(i -> i % 3 == 1).toArray();
        List<Triplet> first = draw(kind, subset, 7);
        assertEquals(first, draw(kind, subset, 7));
        assertNotEquals(first, draw(kind, subset, 8));
        for (Triplet t : first) {
            assertTrue(t.a() % 3 == 1 && t.b() % 3 == 1 && t.c() % 3 == 1, t.toString());
        }
    }

    private static List<Triplet> draw(Kind kind, int[] pool, long seed) {
        SplittableRandom lists = new SplittableRandom(seed);
        List<Triplet> fixed = new ArrayList<>();
        for (int t = 0; t < 100; t++) {
            fixed.add(UniformSampler.draw(ALL, lists));
        }
        SamplerSettings settings = new SamplerSettings(kind, seed, 0.2, 50, 1, fixed);
        TripletSampler sampler = settings.create(pool, embedding(), new SplittableRandom(seed));
        List<Triplet> drawn = new ArrayList<>();
        for (Triplet t = sampler.next(); t != null && drawn.size() < 40; t = sampler.next()) {
            drawn.add(t);
        }
        assertTrue(drawn.size() >= 1, kind + " drew nothing");
        return drawn;
    }

    @Test
    void aFixedListIsShownInOrderThenEnds() {
        FixedListSampler sampler = new FixedListSampler(List.of(new Triplet(0, 1, 2),
                new Triplet(3, 4, 5), new Triplet(6, 7, 8)));
        sampler.restore(new Triplet(0, 1, 2));
        assertEquals(new Triplet(3, 4, 5), sampler.next());
        assertEquals(new Triplet(6, 7, 8), sampler.next());
        assertNull(sampler.next());
    }

    @Test
    void settingsSurviveTheirJson() {
        SamplerSettings fixed = new SamplerSettings(Kind.FIXED, 9, 0, 1_000, -1,
                List.of(new Triplet(2, 0, 1)));
        assertEquals(fixed, SamplerSettings.fromJson("fixed", fixed.toJson()));
        SamplerSettings active = SamplerSettings.of(Kind.ACTIVE, -4).withEmbedding(12);
        assertEquals(active, SamplerSettings.fromJson("active", active.toJson()));
        SamplerSettings repeats = SamplerSettings.of(Kind.REPEATS, 1);
        assertEquals("{\"seed\":1,\"fraction\":0.1}", repeats.toJson());
        assertEquals(repeats, SamplerSettings.fromJson("repeats", repeats.toJson()));
    }

    private static Embedding embedding() {
        SplittableRandom random = new SplittableRandom(0);
        float[] weights = new float[ALL.length * 4];
        for (int k = 0; k < weights.length; k++) {
            weights[k] = (float) random.nextDouble();
        }
        return new Embedding(IntStream.range(0, ALL.length).mapToObj(i -> "i" + i).toList(), 4,
                weights, List.of());
    }

    private static int[] counts(TripletSampler sampler, int draws) {
        int[] shown = new int[ALL.length];
        for (int t = 0; t < draws; t++) {
            Triplet triplet = sampler.next();
            shown[triplet.a()]++;
            shown[triplet.b()]++;
            shown[triplet.c()]++;
        }
        return shown;
    }

    private static List<Integer> sorted(Triplet t) {
        return IntStream.of(t.a(), t.b(), t.c()).sorted().boxed().toList();
    }
}
