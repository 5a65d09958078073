package org.triad.training;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.triad.model.CancellationToken;
import org.triad.model.EpochReport;
import org.triad.model.JudgementSet;
import org.triad.model.ProgressListener;

/**
 * Several seeds of one λ trained together as one batched computation in one
 * {@link SposeNd4jEngine} (on a GPU, one kernel launch serves every seed).
 *
 * <p>Each seed behaves as its own {@link SposeTrainer} run: its {@code SplittableRandom(seed)}
 * is split twice, the first child drawing its initial X and the second shuffling its training
 * order at the start of every epoch; it has its own validation loss and accuracy per epoch, its
 * own early stopping, history and best epoch, and its result is pruned and sorted the same way.
 * So each seed's result equals its single-seed run within float tolerance.
 *
 * <p>A seed whose patience has run out keeps its frozen best epoch and is no longer evaluated
 * or reported, but the engine has no way to leave its rows out: it still trains (and costs
 * compute) until every seed of the batch has stopped or maxEpochs is reached. Each seed's
 * throughput is its training judgements over the training seconds of the epochs it took part
 * in — the wall time of the whole batch, shared by all of its seeds. Checkpoints are not
 * supported here. Everything runs on the calling thread, which owns the engine's arrays.
 */
final class SeedBatch {
    private static final Logger LOG = LoggerFactory.getLogger(SeedBatch.class);

    private final List<SposeConfig> configs;
    private final SposeConfig shared;

    /**
     * @param configs one per seed, ≥ 1, differing only in their seed
     */
    SeedBatch(List<SposeConfig> configs) {
        if (configs.isEmpty()) {
            throw new IllegalArgumentException("a seed batch needs ≥ 1 seed");
        }
        this.shared = configs.get(0);
        for (SposeConfig config : configs) {
            if (!config.withSeed(shared.seed()).equals(shared)) {
                throw new IllegalArgumentException("the seeds of a batch must share every "
                        + "setting but the seed: " + config + " vs " + shared);
            }
        }
        this.configs = List.copyOf(configs);
    }

    /**
     * Trains every seed until each has stopped early, maxEpochs or cancellation (checked
     * before every batch; a cancelled seed keeps its best completed epoch, or the pruned
     * initial X with bestEpoch 0).
     *
     * @param train training judgements, indexing {@code itemIds}
     * @param validation validation judgements, may be empty (then no early stopping)
     * @param itemIds ids of the item set (n_items)
     * @param listener receives, per epoch, the report of every seed still running
     * @param token checked before every batch
     * @return one run per seed, in the order of the configs
     * @throws IllegalStateException when a running seed's loss stops being finite
     */
    List<SeedRun> train(JudgementSet train, JudgementSet validation, List<String> itemIds,
            MultiSeedRun.Listener listener, CancellationToken token) {
        int n = itemIds.size();
        SposeTrainer.requireUsable(train, validation, n);
        List<Replica> replicas = new ArrayList<>();
        SplittableRandom[] inits = new SplittableRandom[configs.size()];
        for (int s = 0; s < inits.length; s++) {
            SplittableRandom root = new SplittableRandom(configs.get(s).seed());
            inits[s] = root.split();
            replicas.add(new Replica(s, configs.get(s), root.split(), train.size()));
        }
        try (SposeNd4jEngine engine = new SposeNd4jEngine(n, shared, inits)) {
            LOG.info("SPoSE batched training started: {} seeds {}, {} train / {} validation "
                    + "judgements, {} items, {}, {}", replicas.size(), seedList(),
                    train.size(), validation.size(), n, shared, engine.name());
            boolean cancelled = loop(engine, replicas, train, validation, listener, token);
            List<SeedRun> runs = new ArrayList<>();
            for (Replica replica : replicas) {
                runs.add(replica.result(engine.name(), itemIds, cancelled));
            }
            LOG.info("SPoSE batched training {}: seeds {}, best epochs {}",
                    cancelled ? "cancelled" : "finished", seedList(),
                    runs.stream().map(r -> r.result().bestEpoch()).toList());
            return runs;
        }
    }

    private List<Long> seedList() {
        return configs.stream().map(SposeConfig::seed).toList();
    }

    /** The epochs of the batch; returns whether it was cancelled. */
    private boolean loop(SposeNd4jEngine engine, List<Replica> replicas, JudgementSet train,
            JudgementSet validation, MultiSeedRun.Listener listener, CancellationToken token) {
        for (Replica replica : replicas) {
            replica.best = engine.copyWeights(replica.index);
        }
        int[][] orders = new int[replicas.size()][];
        for (int epoch = 1; epoch <= shared.maxEpochs(); epoch++) {
            if (replicas.stream().allMatch(r -> r.stopped)) {
                return false;
            }
            for (Replica replica : replicas) {
                SposeTrainer.shuffle(replica.order, replica.shuffle);
                orders[replica.index] = replica.order;
            }
            long start = System.nanoTime();
            SposeLoss.BatchStats[] stats = engine.epoch(train, orders, token,
                    ProgressListener.NONE, "epoch " + epoch);
            if (stats == null) {
                return true;
            }
            double seconds = (System.nanoTime() - start) * 1e-9;
            for (Replica replica : replicas) {
                if (!replica.stopped) {
                    EpochReport report = replica.finishEpoch(engine, epoch, stats[replica.index],
                            seconds, start, train, validation);
                    listener.epochFinished(replica.config.lambda(), replica.config.seed(),
                            report);
                }
            }
        }
        return false;
    }

    /** One seed's share of the batch: its random stream, order and stopping state. */
    private static final class Replica {
        private final int index;
        private final SposeConfig config;
        private final SplittableRandom shuffle;
        private final int[] order;
        private final EarlyStopping stopping;
        private final List<EpochReport> history = new ArrayList<>();
        private float[] best;
        private int bestEpoch;
        private boolean stopped;
        private long trainedTriplets;
        private double trainedSeconds;

        Replica(int index, SposeConfig config, SplittableRandom shuffle, int trainSize) {
            this.index = index;
            this.config = config;
            this.shuffle = shuffle;
            this.order = SposeTrainer.identity(trainSize);
            this.stopping = new EarlyStopping(config.patience());
        }

        /** Evaluates, records and early-stops this seed after an epoch; returns its report. */
        EpochReport finishEpoch(SposeNd4jEngine engine, int epoch, SposeLoss.BatchStats stats,
                double trainSeconds, long start, JudgementSet train, JudgementSet validation) {
            float[] x = engine.copyWeights(index);
            SposeLoss.Fit fit = SposeLoss.evaluate(x, config.dims(), validation,
                    config.similarity(), config.temperature());
            double trainLoss = stats.meanCrossEntropy()
                    + SposeLoss.l1Term(x, train.itemCount(), config.lambda());
            EpochReport report = new EpochReport(epoch, trainLoss, stats.accuracy(),
                    fit.crossEntropy(), fit.accuracy(), Pruning.activeDims(x, config.dims()),
                    (System.nanoTime() - start) * 1e-9);
            boolean hasValidation = validation.size() > 0;
            boolean finite = Double.isFinite(trainLoss)
                    && (!hasValidation || Double.isFinite(fit.crossEntropy()));
            if (!finite) {
                throw new IllegalStateException("SPoSE training (seed " + config.seed()
                        + ", batched) diverged in epoch " + epoch + " (training loss "
                        + trainLoss + ", validation loss " + fit.crossEntropy()
                        + "); lower the learning rate; no checkpoint was written");
            }
            trainedTriplets += stats.count();
            trainedSeconds += trainSeconds;
            history.add(report);
            LOG.debug("seed {}: {}", config.seed(), report);
            if (!hasValidation || stopping.record(epoch, report.validationLoss())) {
                best = x;
                bestEpoch = epoch;
            }
            stopped = hasValidation && stopping.shouldStop();
            return report;
        }

        SeedRun result(String engine, List<String> itemIds, boolean cancelled) {
            double perSecond = trainedSeconds > 0 ? trainedTriplets / trainedSeconds : 0;
            TrainingResult result = new TrainingResult(
                    Pruning.prune(best, config.dims(), itemIds), List.copyOf(history),
                    bestEpoch, cancelled && !stopped, perSecond, engine);
            return new SeedRun(config.lambda(), config.seed(), config, result);
        }
    }
}
