package org.triad.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.triad.analysis.Evaluation;
import org.triad.model.CancellationToken;
import org.triad.model.Embedding;
import org.triad.model.EpochReport;
import org.triad.model.ItemSet;
import org.triad.model.JudgementSet;
import org.triad.model.Similarity;
import org.triad.store.AtomicFiles;
import org.triad.store.EmbeddingFiles;
import org.triad.store.ImportException;
import org.triad.training.Checkpoint;
import org.triad.training.CheckpointFiles;
import org.triad.training.EngineChoice;
import org.triad.training.MultiSeedResult;
import org.triad.training.MultiSeedRun;
import org.triad.training.RunManifest;
import org.triad.training.SeedRun;
import org.triad.training.SposeConfig;
import org.triad.training.SposeTrainer;
import org.triad.training.TrainingResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code triad train}: trains a SPoSE embedding from triplet files and writes it out. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train a SPoSE embedding on triplet files (i j k per line, 0-based, "
                + "k = odd one out).")
final class TrainCommand implements Callable<Integer> {
    private static final SposeConfig DEFAULTS = SposeConfig.defaults();

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "TRIPLETS", description = "Training triplet files.")
    private List<Path> tripletFiles;

    @Option(names = "--items", paramLabel = "FILE",
            description = "Item file (TSV with header, e.g. concepts.tsv, or one item per line). "
                    + "Default: the bundled THINGS concepts.")
    private Path itemFile;

    @Option(names = "--validation", paramLabel = "FILE",
            description = "Validation triplet file; without it --validation-fraction is used.")
    private Path validationFile;

    @Option(names = "--validation-fraction", defaultValue = "0.1",
            description = "Share of the training judgements held out (default ${DEFAULT-VALUE}).")
    private double validationFraction;

    @Option(names = "--dims", description = "Initial dimensions (default ${DEFAULT-VALUE}).")
    private int dims = DEFAULTS.dims();

    @Option(names = {"--lambda", "-l"}, description = "L1 weight λ (default ${DEFAULT-VALUE}).")
    private double lambda = DEFAULTS.lambda();

    @Option(names = "--lr", description = "Adam learning rate (default ${DEFAULT-VALUE}).")
    private double learningRate = DEFAULTS.learningRate();

    @Option(names = "--batch-size", description = "Judgements per step (default ${DEFAULT-VALUE}).")
    private int batchSize = DEFAULTS.batchSize();

    @Option(names = "--epochs", description = "Maximum epochs (default ${DEFAULT-VALUE}).")
    private int maxEpochs = DEFAULTS.maxEpochs();

    @Option(names = "--patience",
            description = "Epochs without a better validation loss before stopping "
                    + "(default ${DEFAULT-VALUE}).")
    private int patience = DEFAULTS.patience();

    @Option(names = "--seed", description = "Random seed; with --seeds the first of them "
            + "(default ${DEFAULT-VALUE}).")
    private long seed = DEFAULTS.seed();

    @Option(names = "--seeds", arity = "0..1", fallbackValue = "20", paramLabel = "N",
            description = "Train N seeds (--seed, --seed + 1, …) as one job and report the "
                    + "reproducibility of their dimensions; N defaults to 20.")
    private Integer seedCount;

    @Option(names = "--lambdas", split = ",", paramLabel = "λ,λ,…",
            description = "Sweep these λ values (× each seed) as one job instead of --lambda.")
    private List<Double> lambdas;

    @Option(names = "--workers", description = "Runs trained at a time by --seeds/--lambdas, "
            + "each on one thread (default: all cores, ${DEFAULT-VALUE}).")
    private int workers = Runtime.getRuntime().availableProcessors();

    @Option(names = "--batch-seeds", paramLabel = "S",
            description = "With the ND4J engine, train at most S seeds of a λ together as one "
                    + "batched computation (default: all of them).")
    private Integer batchSeeds;

    @Option(names = "--consensus-min-r", defaultValue = "0.8",
            description = "Consensus dimensions need this mean held-out r across seeds "
                    + "(default ${DEFAULT-VALUE}).")
    private double consensusMinR;

    @Option(names = "--threads", description = "Worker threads (default: all cores).")
    private int threads = DEFAULTS.threads();

    @Option(names = "--checkpoint-every", paramLabel = "K",
            description = "Write a checkpoint after every K-th epoch (to --checkpoint-dir).")
    private Integer checkpointEvery;

    @Option(names = "--checkpoint-dir", paramLabel = "DIR",
            description = "Folder of the checkpoints (default: the --resume folder, else "
                    + "PREFIX_checkpoints); multi-seed jobs use one subfolder per run.")
    private Path checkpointDir;

    @Option(names = "--resume", paramLabel = "DIR",
            description = "Continue from the newest checkpoint in DIR, bit for bit; refused "
                    + "when it belongs to other data or settings.")
    private Path resumeDir;

    @Option(names = "--engine", paramLabel = "auto|cpu|nd4j", defaultValue = "auto",
            converter = OptionConverters.Engine.class,
            description = "Training engine: auto (ND4J on a CUDA GPU when the build has the "
                    + "CUDA backend, else the CPU engine), cpu or nd4j (default ${DEFAULT-VALUE}).")
    private EngineChoice engine;

    @Option(names = "--similarity", paramLabel = "dot|euclidean", defaultValue = "dot",
            converter = OptionConverters.SimilarityName.class,
            description = "Similarity in the softmax: dot product or negative squared "
                    + "Euclidean distance (default ${DEFAULT-VALUE}).")
    private Similarity similarity;

    @Option(names = "--temperature", defaultValue = "1.0",
            description = "Softmax temperature: logits are similarity / temperature "
                    + "(default ${DEFAULT-VALUE}).")
    private double temperature;

    @Option(names = {"--out", "-o"}, required = true, paramLabel = "PREFIX",
            description = "Output prefix: writes PREFIX.npy, PREFIX.txt and PREFIX.json; with "
                    + "--seeds/--lambdas PREFIX_lambda<λ>_seed<s>.*, PREFIX_runs.tsv/.json and "
                    + "PREFIX_reproducibility.tsv.")
    private Path out;

    @Override
    public Integer call() throws Exception {
        if (!(validationFraction >= 0 && validationFraction < 1)) {
            throw new ParameterException(spec.commandLine(),
                    "--validation-fraction must be at least 0 and below 1, not "
                    + validationFraction);
        }
        SposeConfig config = checkSettings();
        CliOutputs.requireWritable(spec, "--out", out);
        if (seedCount == null && lambdas == null) {
            CliOutputs.requireWritable(spec, "--out",
                    List.of(sibling(".npy"), sibling(".txt"), sibling(".json")));
        }
        CliOutputs.requireWritableFolder(spec, "--checkpoint-dir", checkpointDir);
        ItemSet items;
        JudgementSet train;
        JudgementSet validation;
        try {
            items = CliInputs.readItems(itemFile);
            train = CliInputs.readJudgements("train", tripletFiles, items.size());
            if (validationFile != null) {
                validation = CliInputs.readJudgements("validation", List.of(validationFile),
                        items.size());
            } else {
                JudgementSet[] parts = SposeTrainer.split(train, validationFraction, seed);
                train = parts[0];
                validation = parts[1];
            }
        } catch (ImportException e) {
            spec.commandLine().getErr().println("triad train: " + e.getMessage());
            return 2;
        }
        out().printf(Locale.ROOT, "%d items, %d training and %d validation judgements%n",
                items.size(), train.size(), validation.size());
        try {
            if (seedCount != null || lambdas != null) {
                return trainMany(config, items, train, validation);
            }
            return train(config, items, train, validation);
        } catch (IllegalArgumentException | IllegalStateException | IOException
                | UncheckedIOException e) {
            // Bad settings, a refused checkpoint or a diverged run: the message says which.
            spec.commandLine().getErr().println("triad train: " + e.getMessage());
            return 1;
        }
    }

    /** The option each of SposeConfig's range checks is about. */
    private static final String[][] OPTION_OF = {{"dims", "--dims"}, {"lambda", "--lambda"},
        {"learning rate", "--lr"}, {"batch size", "--batch-size"}, {"max epochs", "--epochs"},
        {"patience", "--patience"}, {"threads", "--threads"}, {"temperature", "--temperature"}};

    /**
     * The run's settings; refuses any out of range before a file is read, naming the option.
     */
    private SposeConfig checkSettings() {
        SposeConfig config;
        try {
            config = new SposeConfig(dims, lambda, learningRate, batchSize, maxEpochs, patience,
                    seed, threads, similarity, temperature);
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            for (String[] pair : OPTION_OF) {
                if (message.startsWith(pair[0] + " ")) {
                    message = pair[1] + message.substring(pair[0].length());
                }
            }
            throw new ParameterException(spec.commandLine(), message);
        }
        positive("--seeds", seedCount);
        positive("--workers", workers);
        positive("--batch-seeds", batchSeeds);
        positive("--checkpoint-every", checkpointEvery);
        if (lambdas != null && lambdas.stream().anyMatch(l -> !(l >= 0))) {
            throw new ParameterException(spec.commandLine(),
                    "--lambdas must all be ≥ 0, not " + lambdas);
        }
        if (!(consensusMinR >= -1 && consensusMinR <= 1)) {
            throw new ParameterException(spec.commandLine(),
                    "--consensus-min-r must be a correlation between -1 and 1, not "
                    + consensusMinR);
        }
        return config;
    }

    private void positive(String option, Integer value) {
        if (value != null && value < 1) {
            throw new ParameterException(spec.commandLine(),
                    option + " must be ≥ 1, not " + value);
        }
    }

    private int train(SposeConfig config, ItemSet items, JudgementSet train,
            JudgementSet validation) throws Exception {
        out().printf(Locale.ROOT, "SPoSE: %d dims, lambda %s, lr %s, batch %d, seed %d, "
                + "similarity %s, temperature %s%n", dims, lambda, learningRate, batchSize, seed,
                similarity.key(), temperature);
        Instant started = Instant.now();
        SposeTrainer trainer = new SposeTrainer(config, engine);
        if (checkpointEvery != null) {
            trainer = trainer.withCheckpoints(checkpointFolder(), checkpointEvery);
        }
        if (resumeDir != null) {
            Checkpoint checkpoint = CheckpointFiles.read(resumeDir);
            out().printf("resuming after epoch %d from %s%n", checkpoint.epoch(),
                    checkpoint.folder());
            trainer = trainer.resumingFrom(checkpoint);
        }
        TrainingResult result = trainer.train(train, validation, items.ids(), this::printEpoch,
                CancellationToken.none());
        write(RunManifest.toJson(config, train, validation, result, started), result);
        printSummary(result);
        printEvaluation(result.embedding(), validation, config);
        return 0;
    }

    private int trainMany(SposeConfig base, ItemSet items, JudgementSet train,
            JudgementSet validation) throws Exception {
        List<Double> sweep = lambdas != null ? lambdas : List.of(lambda);
        int count = seedCount != null ? seedCount : 1;
        MultiSeedRun job = new MultiSeedRun(base, sweep, MultiSeedRun.seeds(seed, count),
                workers).withEngine(engine);
        if (batchSeeds != null) {
            job.withBatchSeeds(batchSeeds);
        }
        out().printf(Locale.ROOT, "SPoSE: %d dims, lambda %s, lr %s, batch %d, seeds %d..%d, "
                + "%d runs, %d at a time%s%n", dims, sweep, learningRate, batchSize, seed,
                seed + count - 1, job.runCount(), Math.min(job.seedsAtOnce(), job.runCount()),
                job.batched() ? " (seeds batched on ND4J)" : "");
        if (checkpointEvery != null) {
            job.withCheckpoints(checkpointFolder(), checkpointEvery);
        }
        if (resumeDir != null) {
            job.resumingFrom(resumeDir);
            out().printf("resuming runs with checkpoints in %s%n", resumeDir);
        }
        Instant started = Instant.now();
        MultiSeedResult result = job.run(train, validation, items.ids(),
                MultiSeedRun.Listener.NONE, (done, total, message) -> out().printf(
                        Locale.ROOT, "run %d/%d  %s%n", done, total, message),
                CancellationToken.none());
        SweepOutput output = new SweepOutput(out, out());
        output.writeRuns(result, train, validation, started);
        output.printTable(result);
        output.writeReproducibility(result, seed, consensusMinR);
        out().printf("wrote %s and %s (per run: %s)%n", output.file("_runs.tsv"),
                output.file("_runs.json"), output.file("_lambda<λ>_seed<s>.npy/.txt/.json"));
        SeedRun best = result.runs().get(result.bestIndex());
        out().printf(Locale.ROOT, "best run: λ %s seed %d%n",
                SweepOutput.lambdaText(best.lambda()), best.seed());
        printEvaluation(best.result().embedding(), validation, best.config());
        return 0;
    }

    private Path checkpointFolder() {
        if (checkpointDir != null) {
            return checkpointDir;
        }
        return resumeDir != null ? resumeDir : sibling("_checkpoints");
    }

    /** The held-out summary of DESIGN.md §4, on the validation judgements. */
    private void printEvaluation(Embedding embedding, JudgementSet validation,
            SposeConfig config) {
        if (validation.size() == 0) {
            out().println("held out: no validation judgements");
            return;
        }
        Evaluation.Summary summary = Evaluation.summarize(embedding, validation,
                config.similarity(), Evaluation.DEFAULT_RESAMPLES, 1L);
        out().printf("held out: %s%n", summary.describe());
    }

    private void printEpoch(EpochReport r) {
        String validation = Double.isNaN(r.validationLoss()) ? "no validation set"
                : String.format(Locale.ROOT, "val loss %.4f  val acc %.2f%%",
                        r.validationLoss(), 100 * r.validationAccuracy());
        out().printf(Locale.ROOT, "epoch %3d  loss %.4f  train acc %.2f%%  %s  dims %3d  %.2f s%n",
                r.epoch(), r.trainLoss(), 100 * r.trainAccuracy(), validation, r.activeDims(),
                r.seconds());
    }

    private void write(String manifest, TrainingResult result) throws Exception {
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        // The three files are written together or not at all.
        AtomicFiles.write(List.of(
                new AtomicFiles.Output(sibling(".npy"),
                        file -> EmbeddingFiles.writeNpy(result.embedding(), file)),
                new AtomicFiles.Output(sibling(".txt"),
                        file -> EmbeddingFiles.writeText(result.embedding(), file)),
                new AtomicFiles.Output(sibling(".json"),
                        file -> Files.writeString(file, manifest, StandardCharsets.UTF_8))));
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    private Path sibling(String extension) {
        return out.resolveSibling(out.getFileName() + extension);
    }

    private void printSummary(TrainingResult result) {
        EpochReport best = result.history().stream()
                .filter(r -> r.epoch() == result.bestEpoch()).findFirst().orElseThrow();
        String accuracy = Double.isNaN(best.validationAccuracy())
                ? "no validation set (the last epoch is kept)"
                : String.format(Locale.ROOT, "validation accuracy %.2f%%",
                        100 * best.validationAccuracy());
        out().printf(Locale.ROOT, "best epoch %d of %d%s: %s, %d dimensions kept%n",
                result.bestEpoch(), result.history().size(),
                result.cancelled() ? " (cancelled)" : "", accuracy, result.embedding().dims());
        out().printf(Locale.ROOT, "%.0f triplets per second (%s)%n",
                result.tripletsPerSecond(), result.engine());
        out().printf(Locale.ROOT, "wrote %s, %s, %s%n", sibling(".npy"), sibling(".txt"),
                sibling(".json"));
    }
}
