package org.triad.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.triad.model.Embedding;
import org.triad.model.JudgementSet;
import org.triad.testdata.Golden;

/** The noise ceiling against golden.json and the held-out summary around it. */
class NoiseCeilingTest {

    /**
     * golden.py's repeats: triplet (0, 1, 2) answered 2, 2, 2, 0, 2 and (1, 3, 4) answered
     * 4, 3, 4, 4, shown in varying orders, plus triplets answered once, which do not count.
     */
    private static JudgementSet goldenRepeats() {
        int[] packed = {
            0, 1, 2, 1, 0, 2, 1, 0, 2, 2, 1, 0, 0, 1, 2,
            1, 3, 4, 4, 1, 3, 3, 1, 4, 1, 3, 4,
            0, 3, 4, 2, 3, 1,
        };
        return new JudgementSet("repeats", 5, packed);
    }

    @Test
    void matchesGolden() {
        NoiseCeiling ceiling = NoiseCeiling.of(goldenRepeats());

        assertEquals(Golden.number("noise_ceiling"), ceiling.value(), 1e-12);
        assertEquals(2, ceiling.repeatedTriplets());
        assertEquals(9, ceiling.repeatedJudgements());
        assertTrue(ceiling.available());
    }

    @Test
    void withoutRepeatsThereIsNoCeiling() {
        NoiseCeiling ceiling = NoiseCeiling.of(new JudgementSet("once", 5,
                new int[] {0, 1, 2, 2, 3, 4}));

        assertFalse(ceiling.available());
        assertTrue(Double.isNaN(ceiling.value()));
        Evaluation.Summary summary = Evaluation.summarize(Golden.w(),
                Golden.judgements("triplets_[pair,pair,odd]"));
        assertTrue(summary.describe().contains("no repeated triplets"), summary.describe());
        assertEquals(1.0 / 3.0, summary.chance());
    }

    @Test
    void summaryNamesAccuracyIntervalChanceAndCeiling() {
        Evaluation.Summary summary = Evaluation.summarize(Golden.w(), goldenRepeats(), 200, 3L);
        String text = summary.describe();

        assertEquals(0.775, summary.noiseCeiling().value(), 1e-12);
        assertTrue(text.contains("chance 33.33 %"), text);
        assertTrue(text.contains("noise ceiling 77.50 % (95 % CI "), text);
        assertTrue(text.contains("2 repeated triplets, 9 answers; fewer than 100"), text);
        assertTrue(text.contains("11 judgements"), text);
    }

    @Test
    void bootstrapIntervalAgreesWithTheNormalApproximation() {
        // 4,000 judgements of which a known share is predicted: the percentile interval must
        // match p ± 1.96·√(p(1−p)/n) to within a few tenths of a point.
        Embedding two = new Embedding(Golden.ids(3), 1, new float[] {1f, 1f, 0f}, List.of());
        SplittableRandom random = new SplittableRandom(5L);
        int count = 4000;
        int[] packed = new int[3 * count];
        for (int t = 0; t < count; t++) {
            boolean hit = random.nextDouble() < 0.6;
            int[] judgement = hit ? new int[] {0, 1, 2} : new int[] {0, 2, 1};
            System.arraycopy(judgement, 0, packed, 3 * t, 3);
        }
        JudgementSet set = new JudgementSet("known", 3, packed);

        Evaluation.Accuracy accuracy = Evaluation.accuracyWithInterval(two, set, 2000, 9L);
        double p = accuracy.accuracy();
        double half = 1.96 * Math.sqrt(p * (1 - p) / count);

        assertEquals(p - half, accuracy.low(), 0.003);
        assertEquals(p + half, accuracy.high(), 0.003);
    }
}
