package org.triad.training;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.triad.model.CancellationToken;
import org.triad.model.EpochReport;
import org.triad.model.JudgementSet;
import org.triad.model.ProgressListener;

/**
 * Trains a SPoSE embedding (DESIGN.md §4) with the plain-Java CPU engine.
 *
 * <p>Randomness: {@code new SplittableRandom(seed)} is split twice; the first child draws the
 * initial X (N(0.1, 0.01²), row-major), the second shuffles the training judgements at the
 * start of every epoch (Fisher–Yates). The same seed and data give a bit-identical embedding
 * whatever the thread count.
 *
 * <p>Per epoch: every training judgement is used once (the last batch may be smaller); the
 * reported training loss is the mean cross-entropy of the batches as they were trained plus
 * the L1 term of X at the end of the epoch, and the training accuracy is counted on the same
 * batches before their step. With validation judgements, training stops once the validation
 * cross-entropy has not improved for {@code patience} epochs, and the best epoch's X is kept;
 * without, it runs {@code maxEpochs} and keeps the last. The result is pruned and sorted
 * ({@link Pruning}). Throughput is training judgements per second of the training steps,
 * validation excluded.
 */
public final class SposeTrainer {
    private static final Logger LOG = LoggerFactory.getLogger(SposeTrainer.class);

    private final SposeConfig config;

    /** @param config settings of the run */
    public SposeTrainer(SposeConfig config) {
        this.config = config;
    }

    /**
     * Trains until early stopping, maxEpochs or cancellation. Cancellation is checked before
     * every batch; a cancelled run returns the best completed epoch (or, before the first
     * epoch completes, the pruned initial X with bestEpoch 0) with {@code cancelled} set.
     *
     * @param train training judgements, indexing {@code itemIds}
     * @param validation validation judgements, may be empty (then no early stopping)
     * @param itemIds ids of the item set the judgements index (n_items)
     * @param listener receives one report per completed epoch, on this thread
     * @param token checked before every batch
     * @return the pruned, sorted best embedding (n_items × active dims) and the history
     * @throws IllegalArgumentException when the sets do not index {@code itemIds} or there
     *     are no training judgements
     * @throws IllegalStateException when the loss stops being finite (learning rate too high)
     */
    public TrainingResult train(JudgementSet train, JudgementSet validation, List<String> itemIds,
            TrainingListener listener, CancellationToken token) {
        return train(train, validation, itemIds, listener, ProgressListener.NONE, token);
    }

    /**
     * {@link #train(JudgementSet, JudgementSet, List, TrainingListener, CancellationToken)}
     * that also reports progress within each epoch.
     *
     * @param batchProgress called after every batch with (batches done, batches per epoch,
     *     "epoch N"), on this thread; must be cheap (thousands of calls per epoch)
     */
    public TrainingResult train(JudgementSet train, JudgementSet validation, List<String> itemIds,
            TrainingListener listener, ProgressListener batchProgress, CancellationToken token) {
        int n = itemIds.size();
        if (train.itemCount() != n || validation.itemCount() != n) {
            throw new IllegalArgumentException("judgement sets index " + train.itemCount()
                    + " and " + validation.itemCount() + " items, the item set has " + n);
        }
        if (train.size() == 0) {
            throw new IllegalArgumentException("no training judgements");
        }
        SplittableRandom root = new SplittableRandom(config.seed());
        SplittableRandom init = root.split();
        SplittableRandom shuffle = root.split();
        try (SposeCpuEngine engine = new SposeCpuEngine(n, config, init)) {
            String name = engineName(engine.threads());
            LOG.info("SPoSE training started: {} train / {} validation judgements, {} items, {}, "
                    + "{}", train.size(), validation.size(), n, config, name);
            Run run = new Run(engine, train, validation, listener, batchProgress, token);
            run.loop(shuffle);
            TrainingResult result = new TrainingResult(
                    Pruning.prune(run.best, config.dims(), itemIds), List.copyOf(run.history),
                    run.bestEpoch, run.cancelled, run.tripletsPerSecond(), name);
            LOG.info("SPoSE training {}: {} epochs, best epoch {}, {} dims kept, {} triplets/s",
                    result.cancelled() ? "cancelled" : "finished", result.history().size(),
                    result.bestEpoch(), result.embedding().dims(),
                    Math.round(result.tripletsPerSecond()));
            return result;
        }
    }

    /** The engine's display name, e.g. "cpu (plain Java, 2 threads)". */
    static String engineName(int threads) {
        return "cpu (plain Java, " + threads + (threads == 1 ? " thread)" : " threads)");
    }

    /**
     * Splits a set into (train, validation) by a seeded shuffle; each part keeps the original
     * order of its judgements.
     *
     * @param validationFraction share in [0, 1) that goes to validation, rounded to the
     *     nearest count
     * @param seed seed of the {@link SplittableRandom} that shuffles
     * @return {train, validation}
     */
    public static JudgementSet[] split(JudgementSet set, double validationFraction, long seed) {
        if (!(validationFraction >= 0 && validationFraction < 1)) {
            throw new IllegalArgumentException("validation fraction must be in [0, 1), not "
                    + validationFraction);
        }
        int[] positions = identity(set.size());
        shuffle(positions, new SplittableRandom(seed));
        int validationCount = (int) Math.round(validationFraction * set.size());
        int[] validation = Arrays.copyOfRange(positions, 0, validationCount);
        int[] train = Arrays.copyOfRange(positions, validationCount, positions.length);
        Arrays.sort(validation);
        Arrays.sort(train);
        return new JudgementSet[] {set.select(set.name() + " (train)", train),
            set.select(set.name() + " (validation)", validation)};
    }

    static int[] identity(int size) {
        int[] order = new int[size];
        for (int t = 0; t < size; t++) {
            order[t] = t;
        }
        return order;
    }

    /** Fisher–Yates shuffle in place. */
    static void shuffle(int[] order, SplittableRandom random) {
        for (int s = order.length - 1; s > 0; s--) {
            int r = random.nextInt(s + 1);
            int swap = order[s];
            order[s] = order[r];
            order[r] = swap;
        }
    }

    /** The state of one training run. */
    private final class Run {
        private final SposeCpuEngine engine;
        private final JudgementSet train;
        private final JudgementSet validation;
        private final TrainingListener listener;
        private final ProgressListener batchProgress;
        private final CancellationToken token;
        private final EarlyStopping stopping;
        private final List<EpochReport> history = new ArrayList<>();
        private float[] best;
        private int bestEpoch;
        private boolean cancelled;
        private long trainedTriplets;
        private double trainedSeconds;

        Run(SposeCpuEngine engine, JudgementSet train, JudgementSet validation,
                TrainingListener listener, ProgressListener batchProgress,
                CancellationToken token) {
            this.engine = engine;
            this.train = train;
            this.validation = validation;
            this.listener = listener;
            this.batchProgress = batchProgress;
            this.token = token;
            this.stopping = new EarlyStopping(config.patience());
            this.best = engine.copyWeights();
        }

        void loop(SplittableRandom random) {
            int[] order = identity(train.size());
            for (int epoch = 1; epoch <= config.maxEpochs(); epoch++) {
                shuffle(order, random);
                long start = System.nanoTime();
                SposeLoss.BatchStats stats = engine.epoch(train, order, token, batchProgress,
                        "epoch " + epoch);
                if (stats == null) {
                    cancelled = true;
                    return;
                }
                double trainSeconds = (System.nanoTime() - start) * 1e-9;
                EpochReport report = report(epoch, stats, start);
                if (!Double.isFinite(report.trainLoss())) {
                    throw new IllegalStateException("SPoSE training diverged in epoch " + epoch
                            + " (loss " + report.trainLoss() + "); lower the learning rate");
                }
                trainedTriplets += stats.count();
                trainedSeconds += trainSeconds;
                history.add(report);
                LOG.debug("{}", report);
                boolean hasValidation = validation.size() > 0;
                if (!hasValidation || stopping.record(epoch, report.validationLoss())) {
                    best = engine.copyWeights();
                    bestEpoch = epoch;
                }
                listener.epochFinished(report);
                if (hasValidation && stopping.shouldStop()) {
                    return;
                }
            }
        }

        private EpochReport report(int epoch, SposeLoss.BatchStats stats, long start) {
            float[] x = engine.weights();
            int dims = config.dims();
            SposeLoss.Fit fit = SposeLoss.evaluate(x, dims, validation);
            double trainLoss = stats.meanCrossEntropy()
                    + SposeLoss.l1Term(x, engine.itemCount(), config.lambda());
            return new EpochReport(epoch, trainLoss, stats.accuracy(), fit.crossEntropy(),
                    fit.accuracy(), engine.activeDims(), (System.nanoTime() - start) * 1e-9);
        }

        double tripletsPerSecond() {
            return trainedSeconds > 0 ? trainedTriplets / trainedSeconds : 0;
        }
    }
}
