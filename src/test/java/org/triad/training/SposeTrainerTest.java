package org.triad.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.triad.model.CancellationToken;
import org.triad.model.EpochReport;
import org.triad.model.JudgementSet;
import org.triad.model.ProgressListener;
import org.triad.testdata.Golden;
import org.triad.testdata.Synthetic;

/** Training behaviour on small seeded synthetic data. */
class SposeTrainerTest {
    private static final int ITEMS = 40;
    private static final JudgementSet DATA = Synthetic.judgements(ITEMS, 4, 3000, 11L);
    private static final List<String> IDS = Golden.ids(ITEMS);
    private static final JudgementSet EMPTY = new JudgementSet("none", ITEMS, new int[0]);

    private static SposeConfig config(int maxEpochs, int patience, int threads) {
        return new SposeConfig(10, 0.008, 0.01, 50, maxEpochs, patience, 42L, threads);
    }

    private static TrainingResult train(SposeConfig config, JudgementSet validation) {
        return new SposeTrainer(config).train(DATA, validation, IDS, TrainingListener.NONE,
                CancellationToken.none());
    }

    @Test
    void sameSeedGivesIdenticalEmbeddingWhateverTheThreadCount() {
        JudgementSet[] parts = SposeTrainer.split(DATA, 0.1, 1L);
        TrainingResult one = train(config(4, 10, 1), parts[1]);
        TrainingResult again = train(config(4, 10, 1), parts[1]);
        TrainingResult three = train(config(4, 10, 3), parts[1]);

        assertArrayEquals(one.embedding().toArray(), again.embedding().toArray());
        assertArrayEquals(one.embedding().toArray(), three.embedding().toArray());
        assertEquals(one.history().get(3).validationLoss(),
                three.history().get(3).validationLoss());
        assertEquals("cpu (plain Java, 3 threads)", three.engine());
    }

    @Test
    void learnsThePlantedStructure() {
        JudgementSet[] parts = SposeTrainer.split(DATA, 0.2, 2L);
        SposeConfig fast = new SposeConfig(10, 0.008, 0.05, 50, 40, 5, 42L, 2);
        TrainingResult result = new SposeTrainer(fast).train(parts[0], parts[1], IDS,
                TrainingListener.NONE, CancellationToken.none());

        EpochReport best = result.history().get(result.bestEpoch() - 1);
        assertTrue(best.validationAccuracy() > 0.6, "validation accuracy " + best);
        assertTrue(result.tripletsPerSecond() > 0);
        assertFalse(result.cancelled());
    }

    @Test
    void earlyStoppingKeepsTheBestEpochNotTheLast() {
        // Validation judgements that contradict training: the validation loss is best after
        // epoch 1 and worsens as training fits the data.
        int[] packed = DATA.toPackedArray();
        for (int t = 0; t < DATA.size(); t++) {
            int kept = packed[3 * t + 1];
            packed[3 * t + 1] = packed[3 * t + 2];
            packed[3 * t + 2] = kept;
        }
        JudgementSet contrary = new JudgementSet("contrary", ITEMS, packed);
        List<EpochReport> seen = new ArrayList<>();

        TrainingResult stopped = new SposeTrainer(config(50, 3, 1)).train(DATA, contrary, IDS,
                seen::add, CancellationToken.none());
        TrainingResult firstEpochOnly = train(config(1, 3, 1), contrary);

        assertEquals(1, stopped.bestEpoch());
        assertEquals(4, stopped.history().size());
        assertEquals(stopped.history(), seen);
        assertTrue(seen.get(3).validationLoss() > seen.get(0).validationLoss());
        assertArrayEquals(firstEpochOnly.embedding().toArray(), stopped.embedding().toArray());
    }

    @Test
    void withoutValidationRunsAllEpochsAndKeepsTheLast() {
        TrainingResult result = train(config(3, 1, 1), EMPTY);

        assertEquals(3, result.history().size());
        assertEquals(3, result.bestEpoch());
        assertTrue(Double.isNaN(result.history().get(0).validationLoss()));
    }

    @Test
    void cancellationReturnsWithinOneBatchWithTheBestCompletedEpoch() {
        CancellationToken token = new CancellationToken();
        List<String> batches = new ArrayList<>();
        ProgressListener progress = (done, total, message) -> {
            batches.add(message + " " + done);
            if (message.equals("epoch 2") && done == 3) {
                token.cancel();
            }
        };
        TrainingResult result = new SposeTrainer(config(10, 5, 2)).train(DATA, EMPTY, IDS,
                TrainingListener.NONE, progress, token);

        assertTrue(result.cancelled());
        assertEquals(1, result.history().size());
        assertEquals(1, result.bestEpoch());
        assertEquals("epoch 2 3", batches.get(batches.size() - 1));
        assertEquals(60 + 3, batches.size());
        assertArrayEquals(train(config(1, 5, 1), EMPTY).embedding().toArray(),
                result.embedding().toArray());
    }

    @Test
    void cancelledBeforeTheFirstEpochReturnsThePrunedInitialState() {
        CancellationToken token = new CancellationToken();
        token.cancel();
        TrainingResult result = new SposeTrainer(config(10, 5, 1)).train(DATA, EMPTY, IDS,
                TrainingListener.NONE, token);

        assertTrue(result.cancelled());
        assertEquals(0, result.bestEpoch());
        assertTrue(result.history().isEmpty());
        assertEquals(ITEMS, result.embedding().itemCount());
        float[] weights = result.embedding().toArray();
        double mean = 0;
        for (float w : weights) {
            mean += w / weights.length;
        }
        assertEquals(0.1, mean, 0.005);
    }

    @Test
    void rejectsUnusableSettingsAndData() {
        assertThrows(IllegalArgumentException.class,
                () -> new SposeConfig(0, 0.008, 0.001, 100, 10, 5, 1L, 1));
        assertThrows(IllegalArgumentException.class,
                () -> SposeConfig.defaults().withThreads(0));
        assertThrows(IllegalArgumentException.class, () -> new SposeTrainer(config(1, 1, 1))
                .train(EMPTY, EMPTY, IDS, TrainingListener.NONE, CancellationToken.none()));
        assertThrows(IllegalArgumentException.class, () -> new SposeTrainer(config(1, 1, 1))
                .train(DATA, EMPTY, Golden.ids(ITEMS + 1), TrainingListener.NONE,
                        CancellationToken.none()));
    }

    @Test
    void splitIsSeededDisjointAndComplete() {
        JudgementSet[] parts = SposeTrainer.split(DATA, 0.25, 9L);
        JudgementSet[] again = SposeTrainer.split(DATA, 0.25, 9L);
        JudgementSet[] other = SposeTrainer.split(DATA, 0.25, 10L);

        assertEquals(750, parts[1].size());
        assertEquals(2250, parts[0].size());
        assertEquals(parts[1], again[1]);
        assertFalse(Arrays.equals(parts[1].toPackedArray(), other[1].toPackedArray()));
        Set<String> all = new HashSet<>();
        for (JudgementSet part : parts) {
            for (int t = 0; t < part.size(); t++) {
                all.add(part.keptA(t) + " " + part.keptB(t) + " " + part.odd(t));
            }
        }
        Set<String> original = new HashSet<>();
        for (int t = 0; t < DATA.size(); t++) {
            original.add(DATA.keptA(t) + " " + DATA.keptB(t) + " " + DATA.odd(t));
        }
        assertEquals(original, all);
    }
}
