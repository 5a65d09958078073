package org.triad.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.triad.analysis.Evaluation;
import org.triad.model.CancellationToken;
import org.triad.model.EpochReport;
import org.triad.model.JudgementSet;
import org.triad.testdata.Golden;
import org.triad.testdata.ThingsFiles;

/**
 * The acceptance run on real data (opt-in, about 10–20 s): the defaults on the fixed THINGS
 * benchmark split must stop by themselves and reach the public PyTorch reference's best
 * validation accuracy (58.6 %, at its epoch 15). Run with
 * {@code mvn test -Dtest=ThingsBenchmarkTest -Dtriad.realData=true}.
 */
@EnabledIfSystemProperty(named = "triad.realData", matches = "true")
class ThingsBenchmarkTest {
    private static final Logger LOG = LoggerFactory.getLogger(ThingsBenchmarkTest.class);

    @Test
    void defaultsStopEarlyAtTheReferenceAccuracy() throws IOException {
        JudgementSet train = ThingsFiles.triplets(ThingsFiles.bench("things_train.txt"),
                ThingsFiles.ITEMS);
        JudgementSet validation = ThingsFiles.triplets(ThingsFiles.bench("things_val.txt"),
                ThingsFiles.ITEMS);
        SposeConfig config = SposeConfig.defaults();

        TrainingResult result = new SposeTrainer(config).train(train, validation,
                Golden.ids(ThingsFiles.ITEMS), report -> LOG.info("{}", report),
                CancellationToken.none());

        EpochReport best = result.history().get(result.bestEpoch() - 1);
        double seconds = result.history().stream().mapToDouble(EpochReport::seconds).sum();
        LOG.info("best epoch {}: {}; {} s/epoch, {} triplets/s", result.bestEpoch(), best,
                seconds / result.history().size(), result.tripletsPerSecond());
        assertFalse(result.cancelled());
        assertTrue(result.history().size() < config.maxEpochs(), "did not stop early");
        assertEquals(result.bestEpoch() + config.patience(), result.history().size());
        assertTrue(best.validationAccuracy() >= 0.586, "validation accuracy " + best);
        assertEquals(best.validationAccuracy(),
                Evaluation.accuracy(result.embedding(), validation), 1e-3);
    }
}
