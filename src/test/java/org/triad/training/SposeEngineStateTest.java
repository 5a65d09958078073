package org.triad.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.triad.model.CancellationToken;
import org.triad.model.JudgementSet;
import org.triad.model.ProgressListener;
import org.triad.testdata.Synthetic;

/** Export and import of the CPU engine's state: the round trip must be bit-exact. */
class SposeEngineStateTest {
    private static final int ITEMS = 30;
    private static final JudgementSet DATA = Synthetic.judgements(ITEMS, 3, 700, 5L);
    private static final SposeConfig CONFIG = new SposeConfig(6, 0.008, 0.01, 64, 3, 3, 7L, 2);

    private static void epoch(SposeEngine engine, long seed) {
        int[] order = SposeTrainer.identity(DATA.size());
        SposeTrainer.shuffle(order, new SplittableRandom(seed));
        engine.epoch(DATA, order, CancellationToken.none(), ProgressListener.NONE, "test");
    }

    @Test
    void importedStateContinuesBitForBit() {
        try (SposeEngine straight = new SposeCpuEngine(ITEMS, CONFIG, new SplittableRandom(1));
                SposeEngine resumed = new SposeCpuEngine(ITEMS, CONFIG,
                        new SplittableRandom(99))) {
            epoch(straight, 1);
            EngineState state = straight.exportState();
            resumed.importState(state);
            epoch(straight, 2);
            epoch(resumed, 2);

            EngineState a = straight.exportState();
            EngineState b = resumed.exportState();
            assertArrayEquals(a.weights(), b.weights());
            assertArrayEquals(a.firstMoment(), b.firstMoment());
            assertArrayEquals(a.secondMoment(), b.secondMoment());
            assertEquals(2L * ((DATA.size() + 63) / 64), a.step());
            assertEquals(a.step(), b.step());
        }
    }

    @Test
    void exportedStateIsACopy() {
        try (SposeEngine engine = new SposeCpuEngine(ITEMS, CONFIG, new SplittableRandom(1))) {
            EngineState state = engine.exportState();
            state.weights()[0] = -1f;
            assertEquals(engine.copyWeights()[0], engine.exportState().weights()[0]);
            assertThrows(IllegalArgumentException.class, () -> engine.importState(
                    new EngineState(new float[3], new float[3], new float[3], 0)));
        }
    }
}
