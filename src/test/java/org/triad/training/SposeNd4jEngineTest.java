package org.triad.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.triad.model.CancellationToken;
import org.triad.model.JudgementSet;
import org.triad.model.ProgressListener;
import org.triad.model.Similarity;
import org.triad.testdata.Golden;
import org.triad.testdata.Synthetic;

/**
 * The ND4J engine (CPU backend) against the plain-Java engine, and its batched seeds against
 * separate runs.
 *
 * <p>Tolerances: both engines do the same float32 operations, but sums (dot products over
 * dims, the scatter of repeated items, reductions) run in different orders, so each step
 * differs by a few ulps; Adam divides by √v, which turns those into relative differences of
 * the same size in the update, and they accumulate over the ~100 steps here. Measured
 * differences are at most 3e-6 on weights of 0.2–0.4 and 5e-8 relative on losses; the
 * bounds (1e-4 absolute on every weight, 1e-4 relative on each epoch's loss) leave a wide
 * margin yet would catch any difference in the maths (a wrong factor, a lost scatter update, a
 * missing bias correction all give differences above 1e-3 after one epoch).
 */
class SposeNd4jEngineTest {
    private static final int ITEMS = 200;
    private static final JudgementSet DATA = Synthetic.judgements(ITEMS, 20, 4000, 17L);
    private static final double LOSS_TOLERANCE = 1e-4;
    private static final float WEIGHT_TOLERANCE = 1e-4f;

    /** 4000 judgements in batches of 128: the last batch of each epoch has 32. */
    private static SposeConfig config(Similarity similarity, double temperature) {
        return new SposeConfig(20, 0.008, 0.005, 128, 3, 3, 9L, 1)
                .withSimilarity(similarity, temperature);
    }

    private static int[] order(long seed) {
        int[] order = SposeTrainer.identity(DATA.size());
        SposeTrainer.shuffle(order, new SplittableRandom(seed));
        return order;
    }

    private static SposeLoss.BatchStats epoch(SposeEngine engine, int[] order) {
        return engine.epoch(DATA, order, CancellationToken.none(), ProgressListener.NONE, "");
    }

    @ParameterizedTest
    @CsvSource({"DOT_PRODUCT, 1.0", "NEGATIVE_SQUARED_EUCLIDEAN, 0.7"})
    void agreesWithTheCpuEngineOnEveryEpoch(Similarity similarity, double temperature) {
        SposeConfig config = config(similarity, temperature);
        try (SposeEngine cpu = new SposeCpuEngine(ITEMS, config, new SplittableRandom(3));
                SposeEngine nd4j = new SposeNd4jEngine(ITEMS, config, new SplittableRandom(3))) {
            assertArrayEquals(cpu.copyWeights(), nd4j.copyWeights(), "same initial X");
            for (int epoch = 1; epoch <= 3; epoch++) {
                int[] order = order(epoch);
                SposeLoss.BatchStats a = epoch(cpu, order);
                SposeLoss.BatchStats b = epoch(nd4j, order);

                assertEquals(a.meanCrossEntropy(), b.meanCrossEntropy(),
                        LOSS_TOLERANCE * a.meanCrossEntropy(), "epoch " + epoch);
                assertEquals(a.accuracy(), b.accuracy(), 2.0 / DATA.size(), "epoch " + epoch);
                assertEquals(a.count(), b.count());
                assertArrayEquals(cpu.copyWeights(), nd4j.copyWeights(), WEIGHT_TOLERANCE,
                        "epoch " + epoch);
            }
            EngineState cpuState = cpu.exportState();
            EngineState nd4jState = nd4j.exportState();
            assertEquals(cpuState.step(), nd4jState.step());
            assertEquals(3 * 32, nd4jState.step());
            assertArrayEquals(cpuState.secondMoment(), nd4jState.secondMoment(), 1e-6f);
        }
    }

    @Test
    void trainerRunsTheNd4jEngineAndNamesIt() {
        JudgementSet[] parts = SposeTrainer.split(DATA, 0.2, 1L);
        SposeConfig config = config(Similarity.DOT_PRODUCT, 1.0);
        List<String> ids = Golden.ids(ITEMS);
        TrainingResult cpu = new SposeTrainer(config, EngineChoice.CPU).train(parts[0],
                parts[1], ids, TrainingListener.NONE, CancellationToken.none());
        TrainingResult nd4j = new SposeTrainer(config, EngineChoice.ND4J).train(parts[0],
                parts[1], ids, TrainingListener.NONE, CancellationToken.none());

        assertTrue(nd4j.engine().startsWith("nd4j (CPU backend, "), nd4j.engine());
        for (int e = 0; e < 3; e++) {
            double expected = cpu.history().get(e).trainLoss();
            assertEquals(expected, nd4j.history().get(e).trainLoss(), LOSS_TOLERANCE * expected);
            double validation = cpu.history().get(e).validationLoss();
            assertEquals(validation, nd4j.history().get(e).validationLoss(),
                    LOSS_TOLERANCE * validation);
        }
        assertArrayEquals(cpu.embedding().toArray(), nd4j.embedding().toArray(),
                WEIGHT_TOLERANCE);
    }

    @Test
    void batchedSeedsEqualSeparateRuns() {
        SposeConfig config = config(Similarity.DOT_PRODUCT, 1.0);
        int seeds = 3;
        SplittableRandom[] inits = new SplittableRandom[seeds];
        for (int s = 0; s < seeds; s++) {
            inits[s] = new SplittableRandom(100 + s);
        }
        try (SposeNd4jEngine batched = new SposeNd4jEngine(ITEMS, config, inits)) {
            int[][] orders = new int[seeds][];
            for (int epoch = 1; epoch <= 2; epoch++) {
                for (int s = 0; s < seeds; s++) {
                    orders[s] = order(10 * epoch + s);
                }
                batched.epoch(DATA, orders, CancellationToken.none(), ProgressListener.NONE, "");
            }
            assertTrue(batched.name().endsWith(", 3 seeds batched"), batched.name());
            for (int s = 0; s < seeds; s++) {
                try (SposeEngine single = new SposeCpuEngine(ITEMS, config,
                        new SplittableRandom(100 + s))) {
                    epoch(single, order(10 + s));
                    epoch(single, order(20 + s));
                    assertArrayEquals(single.copyWeights(), batched.copyWeights(s),
                            WEIGHT_TOLERANCE, "seed " + s);
                    assertEquals(single.exportState().step(), batched.exportState(s).step());
                }
            }
            float[] seed1 = batched.copyWeights(1);
            batched.importState(2, batched.exportState(0));
            assertArrayEquals(batched.copyWeights(0), batched.copyWeights(2));
            assertArrayEquals(seed1, batched.copyWeights(1), "other seeds untouched");
        }
    }

    @Test
    void importedStateContinuesBitForBit() {
        SposeConfig config = config(Similarity.DOT_PRODUCT, 1.0);
        try (SposeEngine straight = new SposeNd4jEngine(ITEMS, config, new SplittableRandom(1));
                SposeEngine resumed = new SposeNd4jEngine(ITEMS, config,
                        new SplittableRandom(2))) {
            epoch(straight, order(1));
            resumed.importState(straight.exportState());
            epoch(straight, order(2));
            epoch(resumed, order(2));

            assertArrayEquals(straight.copyWeights(), resumed.copyWeights());
            assertArrayEquals(straight.exportState().firstMoment(),
                    resumed.exportState().firstMoment());
        }
    }

    @Test
    void scatterAddKeepsEveryUpdateToARepeatedRow() {
        SplittableRandom random = new SplittableRandom(8);
        int rows = 20_000;
        int[] indices = new int[rows];
        float[] updates = new float[rows * 4];
        double[] expected = new double[3 * 4];
        for (int r = 0; r < rows; r++) {
            indices[r] = random.nextInt(3);
            for (int e = 0; e < 4; e++) {
                updates[4 * r + e] = (float) random.nextDouble();
                expected[4 * indices[r] + e] += updates[4 * r + e];
            }
        }
        INDArray target = Nd4j.zeros(DataType.FLOAT, 3, 4);
        SposeNd4jEngine.scatterAdd(target, indices,
                Nd4j.create(updates, new long[] {rows, 4}, 'c'));

        float[] actual = target.ravel().toFloatVector();
        for (int e = 0; e < expected.length; e++) {
            // ~6,700 float additions of values in [0, 1): rounding stays far below 1e-3.
            assertEquals(expected[e], actual[e], 1e-3 * expected[e], "entry " + e);
        }
    }
}
