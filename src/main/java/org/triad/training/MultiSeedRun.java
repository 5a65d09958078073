package org.triad.training;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.triad.model.CancellationToken;
import org.triad.model.EpochReport;
import org.triad.model.JudgementSet;
import org.triad.model.ProgressListener;

/**
 * Several SPoSE runs as one job: every λ of a list × every seed of a list (Hebart et al. and
 * Du et al. train 20 seeds and keep the most reproducible dimensions). Runs go in parallel,
 * one per worker, each single-threaded when more than one worker runs — on a few cores,
 * independent runs use them better than the row-split dense step does. A run's result does
 * not depend on the thread count, so each equals the single run with the same settings and
 * seed.
 *
 * <p>Listener and progress calls come from the worker threads but never overlap (they are
 * made under one lock), so a listener needs no synchronisation of its own. Cancelling stops
 * every running run within one batch; runs not yet started are skipped.
 *
 * <p>When the engine ({@link #withEngine}) resolves to ND4J, the seeds of each λ are instead
 * trained together, up to {@link #withBatchSeeds} at a time, as one batched computation on the
 * calling thread ({@link SeedBatch}); each seed's result still equals its single run with the
 * ND4J engine within float tolerance. A seed that has stopped early keeps its best epoch but
 * still costs compute until its whole batch has stopped. Checkpoints are not supported there.
 */
public final class MultiSeedRun {
    /** Seeds per λ unless told otherwise (20, as in Hebart et al. 2020 and Du et al. 2025). */
    public static final int DEFAULT_SEEDS = 20;

    private static final Logger LOG = LoggerFactory.getLogger(MultiSeedRun.class);

    private final SposeConfig base;
    private final List<Double> lambdas;
    private final List<Long> seeds;
    private final int workers;
    private Path checkpointRoot;
    private int checkpointEvery;
    private Path resumeRoot;
    private boolean resume;
    private EngineChoice engine = EngineChoice.CPU;
    private int batchSeeds;

    /** Receives the epochs of all runs of a job. */
    @FunctionalInterface
    public interface Listener {
        /** A listener that ignores reports. */
        Listener NONE = (lambda, seed, report) -> { };

        /** Called after each epoch of any run. */
        void epochFinished(double lambda, long seed, EpochReport report);
    }

    /**
     * @param base settings of every run; its λ and seed are replaced per run, and its thread
     *     count is used only when one worker runs
     * @param lambdas λ values, ≥ 1 of them, each ≥ 0
     * @param seeds seeds, ≥ 1 of them, distinct
     * @param workers runs at a time, ≥ 1 (e.g. the number of cores)
     */
    public MultiSeedRun(SposeConfig base, List<Double> lambdas, List<Long> seeds, int workers) {
        if (lambdas.isEmpty() || seeds.isEmpty()) {
            throw new IllegalArgumentException("a multi-seed job needs ≥ 1 λ and ≥ 1 seed");
        }
        if (seeds.stream().distinct().count() != seeds.size()
                || lambdas.stream().distinct().count() != lambdas.size()) {
            throw new IllegalArgumentException("seeds and λ values must not repeat");
        }
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be ≥ 1, not " + workers);
        }
        this.base = base;
        this.lambdas = List.copyOf(lambdas);
        this.seeds = List.copyOf(seeds);
        this.workers = Math.min(workers, lambdas.size() * seeds.size());
    }

    /**
     * Writes each run's checkpoints every {@code every} epochs into
     * {@code root/}{@link #runName}.
     *
     * @return this job
     */
    public MultiSeedRun withCheckpoints(Path root, int every) {
        if (every < 1) {
            throw new IllegalArgumentException("checkpoint interval must be ≥ 1 epoch, not "
                    + every);
        }
        this.checkpointRoot = root;
        this.checkpointEvery = every;
        return this;
    }

    /**
     * Resumes every run that has a checkpoint in {@code root/}{@link #runName}; runs without
     * one start from the beginning (they had not reached their first checkpoint). New
     * checkpoints go to the same place when {@link #withCheckpoints} asks for them there.
     *
     * @return this job
     * @throws IllegalArgumentException when no run has a checkpoint under {@code root}
     */
    public MultiSeedRun resumingFrom(Path root) throws IOException {
        boolean any = false;
        for (double lambda : lambdas) {
            for (long seed : seeds) {
                any |= hasCheckpoint(root.resolve(runName(lambda, seed)));
            }
        }
        if (!any) {
            throw new IllegalArgumentException("no checkpoint of this job in " + root
                    + " (expected folders such as " + runName(lambdas.get(0), seeds.get(0))
                    + "/epoch-NNNN)");
        }
        this.resumeRoot = root;
        this.resume = true;
        return this;
    }

    /**
     * Trains with this engine; {@link EngineChoice#AUTO} is resolved now. The default, the CPU
     * engine, runs the (λ, seed) runs in parallel workers; ND4J trains each λ's seeds as one
     * batched computation.
     *
     * @return this job
     */
    public MultiSeedRun withEngine(EngineChoice choice) {
        this.engine = choice.resolve();
        return this;
    }

    /**
     * Caps the seeds trained together in one batched ND4J computation (memory grows with
     * it); without a cap all seeds of a λ form one batch. Has no effect on the CPU engine.
     *
     * @param max seeds per batch, ≥ 1
     * @return this job
     */
    public MultiSeedRun withBatchSeeds(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("seeds per batch must be ≥ 1, not " + max);
        }
        this.batchSeeds = max;
        return this;
    }

    /** Whether the seeds of each λ train as one batched ND4J computation. */
    public boolean batched() {
        return engine == EngineChoice.ND4J;
    }

    /** Seeds trained at once: per batch when {@link #batched()}, else the workers. */
    public int seedsAtOnce() {
        if (!batched()) {
            return workers;
        }
        return batchSeeds > 0 ? Math.min(batchSeeds, seeds.size()) : seeds.size();
    }

    /** The folder name of one run's checkpoints and files, e.g. "lambda0.008_seed3". */
    public static String runName(double lambda, long seed) {
        return "lambda" + BigDecimal.valueOf(lambda).stripTrailingZeros().toPlainString()
                + "_seed" + seed;
    }

    private static boolean hasCheckpoint(Path runDir) throws IOException {
        return Files.isDirectory(runDir) && !CheckpointFiles.checkpointFolders(runDir).isEmpty();
    }

    /** The seeds first, first + 1, …, first + count − 1. */
    public static List<Long> seeds(long first, int count) {
        List<Long> out = new ArrayList<>();
        for (int s = 0; s < count; s++) {
            out.add(first + s);
        }
        return out;
    }

    /** The settings of the run with this λ and seed. */
    public SposeConfig configFor(double lambda, long seed) {
        return new SposeConfig(base.dims(), lambda, base.learningRate(), base.batchSize(),
                base.maxEpochs(), base.patience(), seed,
                workers > 1 && !batched() ? 1 : base.threads(),
                base.similarity(), base.temperature());
    }

    /** Runs in the job: λ values × seeds. */
    public int runCount() {
        return lambdas.size() * seeds.size();
    }

    /**
     * Trains every (λ, seed) run.
     *
     * @param train training judgements, indexing {@code itemIds}
     * @param validation validation judgements (best epochs and the best run are chosen on them)
     * @param itemIds ids of the item set (n_items)
     * @param listener receives every run's epochs
     * @param progress called after each finished run with (runs done, runs in all, a line
     *     naming its λ, seed, best epoch, validation accuracy and dims)
     * @param token cancels the whole job
     * @return all runs in (λ, seed) order
     * @throws IllegalStateException when a run diverges (the others are stopped first)
     */
    public MultiSeedResult run(JudgementSet train, JudgementSet validation, List<String> itemIds,
            Listener listener, ProgressListener progress, CancellationToken token) {
        if (batched()) {
            return runBatched(train, validation, itemIds, listener, progress, token);
        }
        long started = System.nanoTime();
        LOG.info("multi-seed job started: λ {} × seeds {} on {} workers", lambdas, seeds,
                workers);
        Job job = new Job(train, validation, itemIds, listener, progress, token);
        ExecutorService pool = Executors.newFixedThreadPool(workers, daemonThreads());
        try {
            List<Future<SeedRun>> futures = new ArrayList<>();
            for (double lambda : lambdas) {
                for (long seed : seeds) {
                    futures.add(pool.submit(() -> job.runOne(lambda, seed)));
                }
            }
            List<SeedRun> runs = collect(futures, job.stop);
            return finish(runs, token, started);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The job's result; it is cancelled when any run is missing or was cancelled. */
    private MultiSeedResult finish(List<SeedRun> runs, CancellationToken token, long started) {
        boolean cancelled = token.isCancelled() || runs.size() < runCount()
                || runs.stream().anyMatch(r -> r.result().cancelled());
        double seconds = (System.nanoTime() - started) * 1e-9;
        LOG.info("multi-seed job {}: {} runs in {} s", cancelled ? "cancelled" : "finished",
                runs.size(), Math.round(seconds));
        return new MultiSeedResult(runs, cancelled, seconds);
    }

    /** The ND4J path: each λ's seeds in batches of {@link #seedsAtOnce()}, one at a time. */
    private MultiSeedResult runBatched(JudgementSet train, JudgementSet validation,
            List<String> itemIds, Listener listener, ProgressListener progress,
            CancellationToken token) {
        if (checkpointEvery > 0 || resume) {
            throw new IllegalStateException("checkpoints are not supported with batched ND4J "
                    + "seeds yet; train without checkpoints or with --engine cpu");
        }
        long started = System.nanoTime();
        int size = seedsAtOnce();
        LOG.info("multi-seed job started: λ {} × seeds {}, batched on ND4J {} seeds at a time",
                lambdas, seeds, size);
        List<SeedRun> runs = new ArrayList<>();
        for (double lambda : lambdas) {
            for (int first = 0; first < seeds.size() && !token.isCancelled(); first += size) {
                List<SposeConfig> configs = seeds.subList(first,
                        Math.min(seeds.size(), first + size)).stream()
                        .map(seed -> configFor(lambda, seed)).toList();
                for (SeedRun run : new SeedBatch(configs).train(train, validation, itemIds,
                        listener, token)) {
                    runs.add(run);
                    progress.progress(runs.size(), runCount(), describe(run));
                }
            }
        }
        return finish(runs, token, started);
    }

    /** What the runs of one job share. */
    private final class Job {
        private final JudgementSet train;
        private final JudgementSet validation;
        private final List<String> itemIds;
        private final Listener listener;
        private final ProgressListener progress;
        private final CancellationToken token;
        private final CancellationToken stop = new CancellationToken();
        private final Object lock = new Object();
        private final AtomicInteger done = new AtomicInteger();

        Job(JudgementSet train, JudgementSet validation, List<String> itemIds,
                Listener listener, ProgressListener progress, CancellationToken token) {
            this.train = train;
            this.validation = validation;
            this.itemIds = itemIds;
            this.listener = listener;
            this.progress = progress;
            this.token = token;
        }

        SeedRun runOne(double lambda, long seed) {
            if (token.isCancelled() || stop.isCancelled()) {
                return null;
            }
            SposeConfig config = configFor(lambda, seed);
            TrainingListener epochs = report -> {
                synchronized (lock) {
                    listener.epochFinished(lambda, seed, report);
                }
            };
            // The trainer checks only the token it is given; forward the caller's after every
            // batch so that cancelling the job reaches every run within one batch.
            ProgressListener forward = (batch, batches, message) -> {
                if (token.isCancelled()) {
                    stop.cancel();
                }
            };
            TrainingResult result = trainer(lambda, seed, config).train(train, validation,
                    itemIds, epochs, forward, stop);
            SeedRun run = new SeedRun(lambda, seed, config, result);
            synchronized (lock) {
                progress.progress(done.incrementAndGet(), runCount(), describe(run));
            }
            return run;
        }
    }

    private SposeTrainer trainer(double lambda, long seed, SposeConfig config) {
        SposeTrainer trainer = new SposeTrainer(config);
        String name = runName(lambda, seed);
        if (checkpointEvery > 0) {
            trainer = trainer.withCheckpoints(checkpointRoot.resolve(name), checkpointEvery);
        }
        Path resumeDir = resume ? resumeRoot.resolve(name) : null;
        try {
            if (resumeDir != null && hasCheckpoint(resumeDir)) {
                trainer = trainer.resumingFrom(CheckpointFiles.read(resumeDir));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("checkpoint of " + name + " unreadable", e);
        }
        return trainer;
    }

    /** E.g. "λ 0.004 seed 3: best epoch 12 of 17, validation accuracy 59.61 %, 100 dims". */
    static String describe(SeedRun run) {
        return String.format(Locale.ROOT, "λ %s seed %d: best epoch %d of %d, validation "
                + "accuracy %.2f %%, %d dims", run.lambda(), run.seed(),
                run.result().bestEpoch(), run.result().history().size(),
                100 * run.validationAccuracy(), run.result().embedding().dims());
    }

    private static List<SeedRun> collect(List<Future<SeedRun>> futures, CancellationToken stop) {
        List<SeedRun> runs = new ArrayList<>();
        RuntimeException failure = null;
        for (Future<SeedRun> future : futures) {
            try {
                SeedRun run = future.get();
                if (run != null) {
                    runs.add(run);
                }
            } catch (ExecutionException e) {
                stop.cancel();
                if (failure == null) {
                    failure = e.getCause() instanceof RuntimeException runtime ? runtime
                            : new IllegalStateException(e.getCause());
                }
            } catch (InterruptedException e) {
                stop.cancel();
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for runs", e);
            }
        }
        if (failure != null) {
            throw failure;
        }
        return runs;
    }

    private static ThreadFactory daemonThreads() {
        AtomicLong count = new AtomicLong();
        return task -> {
            Thread thread = new Thread(task, "triad-seed-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
