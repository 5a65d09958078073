package org.triad.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triad.model.CancellationToken;
import org.triad.model.EpochReport;
import org.triad.model.JudgementSet;
import org.triad.model.ProgressListener;
import org.triad.testdata.Golden;
import org.triad.testdata.Synthetic;

/**
 * Multi-seed jobs on the ND4J engine (its CPU backend here), whose seeds train as one batched
 * computation, against single {@link SposeTrainer} runs of the same seeds on ND4J.
 *
 * <p>Tolerances as in {@link SposeNd4jEngineTest}: the batched and single computations do the
 * same float32 operations on arrays of other shapes, so sums may run in other orders; 1e-4
 * relative on each epoch's losses and 1e-4 absolute on every weight leave a wide margin yet
 * catch a wrong shuffle, init or stopping rule (those differ by far more after one epoch).
 */
class MultiSeedBatchedTest {
    private static final int ITEMS = 100;
    private static final JudgementSet[] PARTS = SposeTrainer.split(
            Synthetic.judgements(ITEMS, 10, 2000, 23L), 0.2, 1L);
    private static final List<String> IDS = Golden.ids(ITEMS);
    private static final SposeConfig BASE = new SposeConfig(10, 0.008, 0.05, 64, 12, 1, 1L, 1);
    private static final double LOSS_TOLERANCE = 1e-4;
    private static final float WEIGHT_TOLERANCE = 1e-4f;

    @Test
    void everyBatchedSeedEqualsItsSingleRun() {
        List<Long> seeds = List.of(3L, 4L, 5L);
        List<String> seen = new ArrayList<>();
        MultiSeedRun job = new MultiSeedRun(BASE, List.of(0.008), seeds, 2)
                .withEngine(EngineChoice.ND4J);

        MultiSeedResult result = job.run(PARTS[0], PARTS[1], IDS,
                (lambda, seed, report) -> seen.add(seed + "/" + report.epoch()),
                ProgressListener.NONE, CancellationToken.none());

        assertTrue(job.batched());
        assertEquals(3, result.runs().size());
        assertFalse(result.cancelled());
        List<Integer> lengths = new ArrayList<>();
        for (SeedRun run : result.runs()) {
            TrainingResult alone = new SposeTrainer(BASE.withSeed(run.seed()), EngineChoice.ND4J)
                    .train(PARTS[0], PARTS[1], IDS, TrainingListener.NONE,
                            CancellationToken.none());
            TrainingResult batched = run.result();
            String seed = "seed " + run.seed();
            assertTrue(batched.engine().endsWith(", 3 seeds batched"), batched.engine());
            assertEquals(alone.bestEpoch(), batched.bestEpoch(), seed);
            assertEquals(alone.history().size(), batched.history().size(), seed);
            for (int e = 0; e < alone.history().size(); e++) {
                EpochReport expected = alone.history().get(e);
                EpochReport actual = batched.history().get(e);
                assertEquals(expected.epoch(), actual.epoch());
                assertEquals(expected.trainLoss(), actual.trainLoss(),
                        LOSS_TOLERANCE * expected.trainLoss(), seed);
                assertEquals(expected.validationLoss(), actual.validationLoss(),
                        LOSS_TOLERANCE * expected.validationLoss(), seed);
            }
            assertEquals(alone.embedding().dims(), batched.embedding().dims(), seed);
            assertArrayEquals(alone.embedding().toArray(), batched.embedding().toArray(),
                    WEIGHT_TOLERANCE, seed);
            lengths.add(batched.history().size());
        }
        assertTrue(lengths.stream().distinct().count() > 1, "seeds stop apart: " + lengths);
        assertEquals(lengths.stream().mapToInt(Integer::intValue).sum(), seen.size());
        int best = result.bestIndex();
        for (SeedRun run : result.runs()) {
            assertTrue(run.validationLoss() >= result.runs().get(best).validationLoss());
        }
    }

    @Test
    void refusesCheckpointsInsteadOfIgnoringThem(@TempDir Path dir) {
        MultiSeedRun job = new MultiSeedRun(BASE, List.of(0.008), List.of(1L, 2L), 1)
                .withEngine(EngineChoice.ND4J).withCheckpoints(dir, 2);

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> job.run(
                PARTS[0], PARTS[1], IDS, MultiSeedRun.Listener.NONE, ProgressListener.NONE,
                CancellationToken.none()));
        assertTrue(e.getMessage().contains("checkpoints are not supported with batched ND4J "
                + "seeds yet"), e.getMessage());
    }

    @Test
    void theCpuEngineStaysTheDefault() {
        MultiSeedRun job = new MultiSeedRun(BASE, List.of(0.008), List.of(1L, 2L, 3L), 2)
                .withBatchSeeds(2);

        assertFalse(job.batched());
        assertEquals(2, job.seedsAtOnce());
        assertEquals(2, job.withEngine(EngineChoice.ND4J).seedsAtOnce());
        assertThrows(IllegalArgumentException.class, () -> job.withBatchSeeds(0));
    }
}
