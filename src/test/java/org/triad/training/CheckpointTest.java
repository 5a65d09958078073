package org.triad.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triad.model.CancellationToken;
import org.triad.model.EpochReport;
import org.triad.model.JudgementSet;
import org.triad.model.ProgressListener;
import org.triad.testdata.Golden;
import org.triad.testdata.Synthetic;

/** Checkpoints, bit-for-bit resume, refusal of foreign checkpoints, and divergence. */
class CheckpointTest {
    private static final int ITEMS = 30;
    private static final JudgementSet[] PARTS = SposeTrainer.split(
            Synthetic.judgements(ITEMS, 3, 1990, 9L), 0.2, 1L);
    private static final List<String> IDS = Golden.ids(ITEMS);

    @TempDir
    Path dir;

    /** Batch 64 does not divide the 1,592 training judgements: the last batch is smaller. */
    private static SposeConfig config(int maxEpochs) {
        return new SposeConfig(8, 0.008, 0.02, 64, maxEpochs, 50, 7L, 2);
    }

    private static TrainingResult train(SposeTrainer trainer, JudgementSet validation) {
        return trainer.train(PARTS[0], validation, IDS, TrainingListener.NONE,
                CancellationToken.none());
    }

    @Test
    void tenEpochsStraightEqualFivePlusResumePlusFive() throws IOException {
        TrainingResult straight = train(new SposeTrainer(config(10)), PARTS[1]);
        TrainingResult checkpointed = train(new SposeTrainer(config(10))
                .withCheckpoints(dir.resolve("a"), 5), PARTS[1]);
        train(new SposeTrainer(config(5)).withCheckpoints(dir.resolve("b"), 5), PARTS[1]);

        Checkpoint five = CheckpointFiles.read(dir.resolve("b"));
        TrainingResult resumed = train(new SposeTrainer(config(10)).resumingFrom(five),
                PARTS[1]);

        assertEquals(5, five.epoch());
        assertSame(straight, checkpointed);
        assertSame(straight, resumed);
        assertTrue(Files.isDirectory(dir.resolve("a/epoch-0010")));
    }

    @Test
    void aRunKilledMidEpochResumesFromItsLastCheckpoint() throws IOException {
        TrainingResult straight = train(new SposeTrainer(config(9)), PARTS[1]);
        CancellationToken kill = new CancellationToken();
        new SposeTrainer(config(9)).withCheckpoints(dir, 2).train(PARTS[0], PARTS[1], IDS,
                TrainingListener.NONE, (done, total, message) -> {
                    if (message.equals("epoch 6") && done == 10) {
                        kill.cancel();
                    }
                }, kill);

        Checkpoint last = CheckpointFiles.read(dir);
        TrainingResult resumed = train(new SposeTrainer(config(9)).resumingFrom(last), PARTS[1]);

        assertEquals(4, last.epoch());
        assertEquals(List.of("epoch-0002", "epoch-0004"), CheckpointFiles.checkpointFolders(dir)
                .stream().map(p -> p.getFileName().toString()).toList());
        assertSame(straight, resumed);
    }

    @Test
    void earlyStoppingStateAndBestEpochSurviveTheResume() throws IOException {
        JudgementSet contrary = contrary(PARTS[0]);
        SposeConfig patient = new SposeConfig(8, 0.008, 0.02, 64, 40, 3, 7L, 1);
        TrainingResult straight = new SposeTrainer(patient).train(PARTS[0], contrary, IDS,
                TrainingListener.NONE, CancellationToken.none());
        new SposeTrainer(patient.withStopping(2, 3)).withCheckpoints(dir, 2).train(PARTS[0],
                contrary, IDS, TrainingListener.NONE, CancellationToken.none());

        TrainingResult resumed = new SposeTrainer(patient)
                .resumingFrom(CheckpointFiles.read(dir)).train(PARTS[0], contrary, IDS,
                        TrainingListener.NONE, CancellationToken.none());

        assertEquals(1, straight.bestEpoch());
        assertSame(straight, resumed);
    }

    @Test
    void aCheckpointOfOtherSettingsOrDataIsRefusedNamingWhatDiffers() throws IOException {
        train(new SposeTrainer(config(2)).withCheckpoints(dir, 2), PARTS[1]);
        Checkpoint checkpoint = CheckpointFiles.read(dir);
        SposeConfig otherLambda = new SposeConfig(8, 0.01, 0.02, 64, 10, 50, 7L, 2);

        IllegalArgumentException settings = assertThrows(IllegalArgumentException.class,
                () -> train(new SposeTrainer(otherLambda).resumingFrom(checkpoint), PARTS[1]));
        IllegalArgumentException data = assertThrows(IllegalArgumentException.class,
                () -> new SposeTrainer(config(10)).resumingFrom(checkpoint).train(PARTS[1],
                        PARTS[1], IDS, TrainingListener.NONE, CancellationToken.none()));

        assertTrue(settings.getMessage().contains("lambda is 0.008 in the checkpoint, 0.01 now"),
                settings.getMessage());
        assertFalse(settings.getMessage().contains("training judgements"));
        assertTrue(data.getMessage().contains("training judgements (sha256)"), data.getMessage());
        assertTrue(data.getMessage().contains("epoch-0002"), data.getMessage());
    }

    @Test
    void divergenceNamesTheEpochAndTheLastGoodCheckpoint() {
        SposeConfig huge = new SposeConfig(8, 0.008, 1e30, 64, 20, 50, 7L, 1);

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> train(new SposeTrainer(huge), PARTS[1]));
        assertTrue(e.getMessage().contains("diverged in epoch"), e.getMessage());
        assertTrue(e.getMessage().contains("no checkpoint was written"), e.getMessage());
    }

    @Test
    void divergenceAfterACheckpointNamesIt() throws IOException {
        train(new SposeTrainer(config(2)).withCheckpoints(dir, 2), PARTS[1]);
        Checkpoint two = CheckpointFiles.read(dir);
        // Weights so large that every similarity overflows: the next epoch cannot be finite.
        float[] poisoned = two.state().weights().clone();
        Arrays.fill(poisoned, 1e20f);
        Checkpoint bad = new Checkpoint(two.folder(), 2, two.config(), two.engine(), two.data(),
                new EngineState(poisoned, two.state().firstMoment(), two.state().secondMoment(),
                        two.state().step()), two.bestWeights(), two.bestEpoch(), two.bestLoss(),
                two.epochsWithoutImprovement(), two.history(), two.trainedTriplets(),
                two.trainedSeconds(), two.orderSha256());

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> train(new SposeTrainer(config(10)).resumingFrom(bad), PARTS[1]));
        assertTrue(e.getMessage().contains("diverged in epoch 3"), e.getMessage());
        assertTrue(e.getMessage().contains("last good checkpoint: " + two.folder()
                + " (epoch 2)"), e.getMessage());
    }

    @Test
    void noJudgementIsDroppedWhenTheBatchDoesNotDivideTheData() {
        List<Long> counts = new ArrayList<>();
        new SposeTrainer(config(1)).train(PARTS[0], PARTS[1], IDS, TrainingListener.NONE,
                (done, total, message) -> counts.add(total), CancellationToken.none());

        assertEquals(1592, PARTS[0].size());
        assertEquals(25, counts.size());
        assertEquals(25L, counts.get(0));
        try (SposeCpuEngine engine = new SposeCpuEngine(ITEMS, config(1),
                new SplittableRandom(1L))) {
            SposeLoss.BatchStats stats = engine.epoch(PARTS[0],
                    SposeTrainer.identity(PARTS[0].size()), CancellationToken.none(),
                    ProgressListener.NONE, "epoch 1");
            assertEquals(1592, stats.count());
        }
    }

    private static JudgementSet contrary(JudgementSet set) {
        int[] packed = set.toPackedArray();
        for (int t = 0; t < set.size(); t++) {
            int kept = packed[3 * t + 1];
            packed[3 * t + 1] = packed[3 * t + 2];
            packed[3 * t + 2] = kept;
        }
        return new JudgementSet("contrary", set.itemCount(), packed);
    }

    /** Same embedding, best epoch and history; the wall-clock seconds may differ. */
    private static void assertSame(TrainingResult expected, TrainingResult actual) {
        assertArrayEquals(expected.embedding().toArray(), actual.embedding().toArray());
        assertEquals(expected.bestEpoch(), actual.bestEpoch());
        assertEquals(withoutSeconds(expected.history()), withoutSeconds(actual.history()));
    }

    private static List<EpochReport> withoutSeconds(List<EpochReport> history) {
        return history.stream().map(r -> new EpochReport(r.epoch(), r.trainLoss(),
                r.trainAccuracy(), r.validationLoss(), r.validationAccuracy(), r.activeDims(),
                0)).toList();
    }
}
