package org.triad.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.triad.model.CancellationToken;
import org.triad.model.JudgementSet;
import org.triad.model.ProgressListener;
import org.triad.testdata.Golden;
import org.triad.testdata.Synthetic;

/** Multi-seed jobs and λ sweeps on small synthetic data. */
class MultiSeedRunTest {
    private static final int ITEMS = 30;
    private static final JudgementSet[] PARTS = SposeTrainer.split(
            Synthetic.judgements(ITEMS, 3, 2000, 5L), 0.2, 1L);
    private static final List<String> IDS = Golden.ids(ITEMS);
    private static final SposeConfig BASE = new SposeConfig(8, 0.008, 0.02, 64, 6, 3, 1L, 2);

    @Test
    void everyRunEqualsTheSingleRunWithTheSameSettings() {
        MultiSeedRun job = new MultiSeedRun(BASE, List.of(0.004, 0.02), List.of(3L, 4L), 2);
        List<String> seen = Collections.synchronizedList(new ArrayList<>());

        MultiSeedResult result = job.run(PARTS[0], PARTS[1], IDS,
                (lambda, seed, report) -> seen.add(lambda + "/" + seed),
                ProgressListener.NONE, CancellationToken.none());

        assertEquals(4, result.runs().size());
        for (SeedRun run : result.runs()) {
            SposeConfig single = new SposeConfig(8, run.lambda(), 0.02, 64, 6, 3, run.seed(), 2);
            TrainingResult alone = new SposeTrainer(single).train(PARTS[0], PARTS[1], IDS,
                    TrainingListener.NONE, CancellationToken.none());
            assertArrayEquals(alone.embedding().toArray(), run.result().embedding().toArray());
            assertEquals(alone.history().size(), run.result().history().size());
            assertEquals(1, run.config().threads());
        }
        assertEquals(List.of(0.004, 0.004, 0.02, 0.02),
                result.runs().stream().map(SeedRun::lambda).toList());
        assertEquals(List.of(3L, 4L, 3L, 4L), result.runs().stream().map(SeedRun::seed).toList());
        int epochs = result.runs().stream().mapToInt(r -> r.result().history().size()).sum();
        assertEquals(epochs, seen.size());
    }

    @Test
    void marksTheBestRunByValidationLossAndKeepsTheOthers() {
        MultiSeedResult result = new MultiSeedRun(BASE, List.of(0.004, 0.05),
                MultiSeedRun.seeds(1, 3), 2).run(PARTS[0], PARTS[1], IDS,
                MultiSeedRun.Listener.NONE, ProgressListener.NONE, CancellationToken.none());

        int best = result.bestIndex();
        for (SeedRun run : result.runs()) {
            assertTrue(run.validationLoss() >= result.runs().get(best).validationLoss());
        }
        int bestHigh = result.bestIndexFor(0.05);
        assertEquals(0.05, result.runs().get(bestHigh).lambda());
        assertEquals(6, result.runs().size());
        assertEquals(List.of(0.004, 0.05), result.lambdas());
        assertEquals(3, result.embeddingsFor(0.05).size());
    }

    @Test
    void cancellingStopsEveryRun() {
        CancellationToken token = new CancellationToken();
        List<Long> finished = new ArrayList<>();
        MultiSeedRun job = new MultiSeedRun(BASE.withStopping(50, 50), List.of(0.008),
                MultiSeedRun.seeds(1, 6), 2);

        MultiSeedResult result = job.run(PARTS[0], PARTS[1], IDS, (lambda, seed, report) -> {
            finished.add(seed);
            if (report.epoch() == 2) {
                token.cancel();
            }
        }, ProgressListener.NONE, token);

        assertTrue(result.cancelled());
        assertTrue(result.runs().size() <= 2, "runs " + result.runs().size());
        for (SeedRun run : result.runs()) {
            assertTrue(run.result().history().size() <= 3);
        }
    }

    @Test
    void rejectsRepeatsAndEmptyLists() {
        assertThrows(IllegalArgumentException.class,
                () -> new MultiSeedRun(BASE, List.of(0.008), List.of(1L, 1L), 2));
        assertThrows(IllegalArgumentException.class,
                () -> new MultiSeedRun(BASE, List.of(), List.of(1L), 2));
    }
}
