package org.triad.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.triad.model.CancellationToken;
import org.triad.model.EpochReport;
import org.triad.model.JudgementSet;
import org.triad.testdata.ChildJvm;
import org.triad.testdata.Golden;

/**
 * Training with a checkpoint after every epoch runs in a second JVM that is killed with
 * SIGKILL at a seeded point: mid-epoch, at an epoch's last batch (while its checkpoint is
 * being written) or just after. The newest checkpoint must then read back, be no older than
 * the last epoch the child reported, and resume to exactly the uninterrupted run's result.
 * {@link CheckpointTest} covers the same with an in-process cancel.
 */
class TrainingCrashTest {
    private static final JudgementSet[] PARTS = TrainingCrashMain.parts();
    private static TrainingResult straight;

    @TempDir
    Path dir;

    @BeforeAll
    static void trainStraight() {
        straight = train(new SposeTrainer(TrainingCrashMain.config()));
    }

    private static TrainingResult train(SposeTrainer trainer) {
        return trainer.train(PARTS[0], PARTS[1], Golden.ids(TrainingCrashMain.ITEMS),
                TrainingListener.NONE, CancellationToken.none());
    }

    @ParameterizedTest
    @ValueSource(longs = {1L, 2L, 3L})
    void aKilledRunResumesFromItsNewestCheckpointToTheSameEmbedding(long seed)
            throws Exception {
        int reported = runAndKill(seed);

        Checkpoint newest = CheckpointFiles.read(dir);
        TrainingResult resumed = train(new SposeTrainer(TrainingCrashMain.config())
                .resumingFrom(newest));

        assertTrue(newest.epoch() >= reported, newest.epoch() + " < " + reported);
        assertArrayEquals(straight.embedding().toArray(), resumed.embedding().toArray());
        assertEquals(straight.bestEpoch(), resumed.bestEpoch());
        assertEquals(withoutSeconds(straight.history()), withoutSeconds(resumed.history()));
        try (Stream<Path> entries = Files.list(dir)) {
            assertTrue(entries.count() <= CheckpointFiles.KEEP + 2, "pruned");
        }
    }

    /**
     * Lets the child report its first checkpoint, kills it a seeded number of lines later and
     * returns the last epoch whose checkpoint it reported as written.
     */
    private int runAndKill(long seed) throws Exception {
        int more = new SplittableRandom(seed).nextInt(9);
        int reported = 0;
        try (ChildJvm child = ChildJvm.start(TrainingCrashMain.class, dir.toString())) {
            int line = -1;
            while (reported == 0 || line < more) {
                String text = child.nextLine();
                if (text.startsWith("epoch ")) {
                    reported = Integer.parseInt(text.substring(6));
                }
                line += reported == 0 ? 0 : 1;
            }
            child.kill();
        }
        return reported;
    }

    private static List<EpochReport> withoutSeconds(List<EpochReport> history) {
        return history.stream().map(r -> new EpochReport(r.epoch(), r.trainLoss(),
                r.trainAccuracy(), r.validationLoss(), r.validationAccuracy(), r.activeDims(),
                0)).toList();
    }
}
