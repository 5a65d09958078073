package org.triad.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.triad.model.CancellationToken;
import org.triad.model.EpochReport;
import org.triad.model.ItemSet;
import org.triad.model.Judgement;
import org.triad.model.JudgementSet;
import org.triad.model.Similarity;
import org.triad.store.EmbeddingFiles;
import org.triad.store.ImportException;
import org.triad.store.ItemFileReader;
import org.triad.store.ThingsProject;
import org.triad.store.TripletFileReader;
import org.triad.training.EngineChoice;
import org.triad.training.RunManifest;
import org.triad.training.SposeConfig;
import org.triad.training.SposeTrainer;
import org.triad.training.TrainingResult;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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

    @Option(names = "--seed", description = "Random seed (default ${DEFAULT-VALUE}).")
    private long seed = DEFAULTS.seed();

    @Option(names = "--threads", description = "Worker threads (default: all cores).")
    private int threads = DEFAULTS.threads();

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
            description = "Output prefix: writes PREFIX.npy, PREFIX.txt and PREFIX.json.")
    private Path out;

    @Override
    public Integer call() throws Exception {
        ItemSet items;
        JudgementSet train;
        JudgementSet validation;
        try {
            items = readItems();
            train = readJudgements("train", tripletFiles, items.size());
            if (validationFile != null) {
                validation = readJudgements("validation", List.of(validationFile), items.size());
            } else {
                JudgementSet[] parts = SposeTrainer.split(train, validationFraction, seed);
                train = parts[0];
                validation = parts[1];
            }
        } catch (ImportException e) {
            spec.commandLine().getErr().println("triad train: " + e.getMessage());
            return 2;
        }
        return train(items, train, validation);
    }

    private int train(ItemSet items, JudgementSet train, JudgementSet validation)
            throws Exception {
        SposeConfig config = new SposeConfig(dims, lambda, learningRate, batchSize, maxEpochs,
                patience, seed, threads, similarity, temperature);
        out().printf(Locale.ROOT, "%d items, %d training and %d validation judgements%n",
                items.size(), train.size(), validation.size());
        out().printf(Locale.ROOT, "SPoSE: %d dims, lambda %s, lr %s, batch %d, seed %d, "
                + "similarity %s, temperature %s%n", dims, lambda, learningRate, batchSize, seed,
                similarity.key(), temperature);
        Instant started = Instant.now();
        TrainingResult result = new SposeTrainer(config, engine).train(train, validation,
                items.ids(), this::printEpoch, CancellationToken.none());
        write(RunManifest.toJson(config, train, validation, result, started), result);
        printSummary(result);
        return 0;
    }

    private ItemSet readItems() throws ImportException {
        if (itemFile != null) {
            return ItemFileReader.read(itemFile, null);
        }
        Path things = ThingsProject.defaultDatasetsDir().resolve("things");
        return ItemFileReader.read(things.resolve("concepts.tsv"),
                things.resolve("categories27.tsv"));
    }

    private static JudgementSet readJudgements(String name, List<Path> files, int itemCount)
            throws ImportException {
        List<Judgement> all = new ArrayList<>();
        for (Path file : files) {
            all.addAll(TripletFileReader.read(file, itemCount, "file"));
        }
        return JudgementSet.of(name, itemCount, all);
    }

    private void printEpoch(EpochReport r) {
        out().printf(Locale.ROOT, "epoch %3d  loss %.4f  train acc %.2f%%  val loss %.4f"
                + "  val acc %.2f%%  dims %3d  %.2f s%n", r.epoch(), r.trainLoss(),
                100 * r.trainAccuracy(), r.validationLoss(), 100 * r.validationAccuracy(),
                r.activeDims(), r.seconds());
    }

    private void write(String manifest, TrainingResult result) throws Exception {
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        EmbeddingFiles.writeNpy(result.embedding(), sibling(".npy"));
        EmbeddingFiles.writeText(result.embedding(), sibling(".txt"));
        Files.writeString(sibling(".json"), manifest, StandardCharsets.UTF_8);
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
        out().printf(Locale.ROOT, "best epoch %d of %d%s: validation accuracy %.2f%%, "
                + "%d dimensions kept%n", result.bestEpoch(), result.history().size(),
                result.cancelled() ? " (cancelled)" : "", 100 * best.validationAccuracy(),
                result.embedding().dims());
        out().printf(Locale.ROOT, "%.0f triplets per second (%s)%n",
                result.tripletsPerSecond(), result.engine());
        out().printf(Locale.ROOT, "wrote %s, %s, %s%n", sibling(".npy"), sibling(".txt"),
                sibling(".json"));
    }
}
