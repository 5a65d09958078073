package org.triad.training;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
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
import org.triad.store.IoReasons;

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
 *
 * <p>Checkpoints ({@link #withCheckpoints}) are written after every k-th epoch; a run resumed
 * from one ({@link #resumingFrom}) replays the shuffles of the epochs before it and then
 * continues exactly as if it had never stopped: same embedding, same history.
 */
public final class SposeTrainer {
    private static final Logger LOG = LoggerFactory.getLogger(SposeTrainer.class);

    private final SposeConfig config;
    private final SposeEngine.Factory engines;
    private final Path checkpointDir;
    private final int checkpointEvery;
    private final Checkpoint resume;

    /** @param config settings of the run; trains with the plain-Java CPU engine */
    public SposeTrainer(SposeConfig config) {
        this(config, SposeCpuEngine::new);
    }

    /**
     * @param config settings of the run
     * @param engine which engine trains; {@link EngineChoice#AUTO} is resolved here
     */
    public SposeTrainer(SposeConfig config, EngineChoice engine) {
        this(config, engine.factory());
    }

    /**
     * @param config settings of the run
     * @param engines makes the engine that runs the optimisation
     */
    SposeTrainer(SposeConfig config, SposeEngine.Factory engines) {
        this(config, engines, null, 0, null);
    }

    private SposeTrainer(SposeConfig config, SposeEngine.Factory engines, Path checkpointDir,
            int checkpointEvery, Checkpoint resume) {
        this.config = config;
        this.engines = engines;
        this.checkpointDir = checkpointDir;
        this.checkpointEvery = checkpointEvery;
        this.resume = resume;
    }

    /**
     * The same trainer, writing a checkpoint ({@link CheckpointFiles}) after every
     * {@code every}-th epoch into {@code dir}.
     *
     * @param every epochs between checkpoints, ≥ 1
     */
    public SposeTrainer withCheckpoints(Path dir, int every) {
        if (every < 1) {
            throw new IllegalArgumentException("checkpoint interval must be ≥ 1 epoch, not "
                    + every);
        }
        return new SposeTrainer(config, engines, dir, every, resume);
    }

    /**
     * The same trainer, continuing from a checkpoint instead of starting afresh. Training
     * refuses a checkpoint of other data or settings ({@link Checkpoint#requireMatch}).
     */
    public SposeTrainer resumingFrom(Checkpoint checkpoint) {
        return new SposeTrainer(config, engines, checkpointDir, checkpointEvery, checkpoint);
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
     * @throws IllegalStateException when the loss stops being finite (learning rate too high);
     *     the message names the epoch and the last checkpoint written or resumed from
     * @throws IllegalArgumentException also when resuming from a checkpoint of other data
     *     or settings
     * @throws UncheckedIOException when a checkpoint cannot be written
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
        requireUsable(train, validation, n);
        if (resume != null) {
            resume.requireMatch(config, train, validation);
        }
        SplittableRandom root = new SplittableRandom(config.seed());
        SplittableRandom init = root.split();
        SplittableRandom shuffle = root.split();
        try (SposeEngine engine = engines.create(n, config, init)) {
            String name = engine.name();
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

    /**
     * Rejects judgement sets that do not index {@code itemCount} items, or no training data.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    static void requireUsable(JudgementSet train, JudgementSet validation, int itemCount) {
        if (train.itemCount() != itemCount || validation.itemCount() != itemCount) {
            throw new IllegalArgumentException("judgement sets index " + train.itemCount()
                    + " and " + validation.itemCount() + " items, the item set has "
                    + itemCount);
        }
        if (train.size() == 0) {
            throw new IllegalArgumentException("no training judgements");
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
        private final SposeEngine engine;
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
        private Path lastCheckpoint;
        private int lastCheckpointEpoch;

        Run(SposeEngine engine, JudgementSet train, JudgementSet validation,
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
            int first = resume == null ? 1 : restore(resume, order, random);
            boolean hasValidation = validation.size() > 0;
            if (hasValidation && stopping.shouldStop()) {
                return;
            }
            for (int epoch = first; epoch <= config.maxEpochs(); epoch++) {
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
                requireFinite(epoch, report);
                trainedTriplets += stats.count();
                trainedSeconds += trainSeconds;
                history.add(report);
                LOG.debug("{}", report);
                if (!hasValidation || stopping.record(epoch, report.validationLoss())) {
                    best = engine.copyWeights();
                    bestEpoch = epoch;
                }
                if (checkpointDir != null && epoch % checkpointEvery == 0) {
                    save(epoch, order);
                }
                listener.epochFinished(report);
                if (hasValidation && stopping.shouldStop()) {
                    return;
                }
            }
        }

        /** Stops a diverged run, naming the epoch and where to go back to. */
        private void requireFinite(int epoch, EpochReport report) {
            if (Double.isFinite(report.trainLoss())
                    && (validation.size() == 0 || Double.isFinite(report.validationLoss()))) {
                return;
            }
            String back = lastCheckpoint == null ? "no checkpoint was written"
                    : "last good checkpoint: " + lastCheckpoint + " (epoch "
                            + lastCheckpointEpoch + ")";
            throw new IllegalStateException("SPoSE training diverged in epoch " + epoch
                    + " (training loss " + report.trainLoss() + ", validation loss "
                    + report.validationLoss() + "); lower the learning rate; " + back);
        }

        /** Takes over a checkpoint's state; returns the first epoch still to train. */
        private int restore(Checkpoint checkpoint, int[] order, SplittableRandom random) {
            for (int epoch = 1; epoch <= checkpoint.epoch(); epoch++) {
                shuffle(order, random);
            }
            if (!RunManifest.sha256(order).equals(checkpoint.orderSha256())) {
                throw new IllegalStateException("checkpoint " + checkpoint.folder()
                        + ": replaying the shuffles gives another judgement order than the "
                        + "run had; it was written by an incompatible version");
            }
            engine.importState(checkpoint.state());
            stopping.restore(checkpoint.bestLoss(), checkpoint.bestEpoch(),
                    checkpoint.epochsWithoutImprovement());
            best = checkpoint.bestWeights().clone();
            bestEpoch = checkpoint.bestEpoch();
            history.addAll(checkpoint.history());
            trainedTriplets = checkpoint.trainedTriplets();
            trainedSeconds = checkpoint.trainedSeconds();
            lastCheckpoint = checkpoint.folder();
            lastCheckpointEpoch = checkpoint.epoch();
            LOG.info("resuming SPoSE training after epoch {} from {}", checkpoint.epoch(),
                    checkpoint.folder());
            return checkpoint.epoch() + 1;
        }

        private void save(int epoch, int[] order) {
            Checkpoint checkpoint = new Checkpoint(null, epoch, config, engine.name(),
                    Checkpoint.DataFingerprint.of(train, validation), engine.exportState(),
                    best.clone(), bestEpoch, stopping.bestLoss(),
                    stopping.epochsWithoutImprovement(), history, trainedTriplets,
                    trainedSeconds, RunManifest.sha256(order));
            try {
                lastCheckpoint = CheckpointFiles.write(checkpointDir, checkpoint);
                lastCheckpointEpoch = epoch;
                LOG.debug("checkpoint after epoch {}: {}", epoch, lastCheckpoint);
            } catch (IOException e) {
                throw new UncheckedIOException("checkpoint after epoch " + epoch
                        + " could not be written to " + checkpointDir + ": "
                        + IoReasons.reason(e), e);
            }
        }

        private EpochReport report(int epoch, SposeLoss.BatchStats stats, long start) {
            float[] x = engine.copyWeights();
            int dims = config.dims();
            SposeLoss.Fit fit = SposeLoss.evaluate(x, dims, validation, config.similarity(),
                    config.temperature());
            double trainLoss = stats.meanCrossEntropy()
                    + SposeLoss.l1Term(x, train.itemCount(), config.lambda());
            return new EpochReport(epoch, trainLoss, stats.accuracy(), fit.crossEntropy(),
                    fit.accuracy(), engine.activeDims(), (System.nanoTime() - start) * 1e-9);
        }

        double tripletsPerSecond() {
            return trainedSeconds > 0 ? trainedTriplets / trainedSeconds : 0;
        }
    }
}
