package org.triad.app;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.triad.model.CancellationToken;
import org.triad.model.Embedding;
import org.triad.model.EpochReport;
import org.triad.model.ItemSet;
import org.triad.model.JudgementSet;
import org.triad.model.ProgressListener;
import org.triad.model.Rsm;
import org.triad.training.SposeConfig;
import org.triad.training.TrainingListener;
import org.triad.training.TrainingResult;

/**
 * A stand-in core whose training reports one epoch and then holds until the test lets it go,
 * so that a headless test sees a run in progress; everything else is {@link FakeEngine}'s.
 */
final class BlockingEngine implements ComputeEngine {
    final CountDownLatch release = new CountDownLatch(1);
    final CountDownLatch firstEpoch = new CountDownLatch(1);
    private final FakeEngine fake;
    private final Embedding trained;
    volatile CancellationToken trainingToken;

    BlockingEngine(Embedding trained) {
        this.fake = new FakeEngine(trained);
        this.trained = trained;
    }

    @Override
    public String description() {
        return fake.description();
    }

    @Override
    public JudgementSet[] split(JudgementSet set, double validationFraction, long seed) {
        return fake.split(set, validationFraction, seed);
    }

    @Override
    public TrainingResult train(SposeConfig config, JudgementSet train, JudgementSet validation,
            List<String> itemIds, TrainingListener listener, CancellationToken token) {
        trainingToken = token;
        List<EpochReport> history = new ArrayList<>();
        EpochReport report = new EpochReport(1, 2.0, 0.4, 2.1, 0.38, config.dims(), 0.01);
        history.add(report);
        listener.epochFinished(report);
        firstEpoch.countDown();
        try {
            release.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new TrainingResult(trained, history, 1, token.isCancelled(), 1000,
                "blocking engine");
    }

    @Override
    public Rsm choiceProbability(Embedding embedding, ProgressListener listener,
            CancellationToken token) {
        return fake.choiceProbability(embedding, listener, token);
    }

    @Override
    public int[] categoryOrder(ItemSet items) {
        return fake.categoryOrder(items);
    }
}
