package org.triad.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.triad.analysis.Evaluation;
import org.triad.model.Embedding;
import org.triad.model.ItemSet;
import org.triad.model.JudgementSet;
import org.triad.store.EmbeddingFiles;
import org.triad.store.ImportException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code triad evaluate}: held-out accuracy of embeddings on a triplet file, with its 95 %
 * interval, chance and the noise ceiling of the triplets.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Held-out accuracy of embeddings (.npy or text) on triplets, with a 95 %% "
                + "bootstrap interval, chance and the noise ceiling.")
final class EvaluateCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "EMBEDDING",
            description = "Embedding files, n_items × n_dims (.npy or text matrix).")
    private List<Path> embeddingFiles;

    @Option(names = {"--triplets", "-t"}, required = true, paramLabel = "FILE",
            description = "Held-out triplet file (i j k per line, 0-based, k = odd one out).")
    private Path tripletFile;

    @Option(names = "--items", paramLabel = "FILE",
            description = "Item file (TSV with header or one item per line). "
                    + "Default: the bundled THINGS concepts.")
    private Path itemFile;

    @Option(names = "--resamples", defaultValue = "1000",
            description = "Bootstrap resamples of the interval (default ${DEFAULT-VALUE}).")
    private int resamples;

    @Option(names = "--seed", defaultValue = "1",
            description = "Seed of the bootstrap (default ${DEFAULT-VALUE}).")
    private long seed;

    @Override
    public Integer call() {
        if (resamples < 1) {
            throw new ParameterException(spec.commandLine(),
                    "--resamples must be at least 1, not " + resamples);
        }
        PrintWriter out = spec.commandLine().getOut();
        try {
            ItemSet items = CliInputs.readItems(itemFile);
            JudgementSet triplets = CliInputs.readJudgements("held out", List.of(tripletFile),
                    items.size());
            out.printf("%d items, %d held-out judgements in %s%n", items.size(),
                    triplets.size(), tripletFile);
            for (Path file : embeddingFiles) {
                Embedding embedding = EmbeddingFiles.read(file, items.ids());
                if (embedding.dims() == items.size()) {
                    out.printf(Locale.ROOT, "warning: %s is square (%d × %d): if it is an RSM,"
                            + " not an embedding, this evaluation means nothing%n", file,
                            items.size(), items.size());
                }
                Evaluation.Summary summary = Evaluation.summarize(embedding, triplets, resamples,
                        seed);
                out.printf("%s (%d dims): %s%n", file, embedding.dims(), summary.describe());
            }
            return 0;
        } catch (ImportException e) {
            spec.commandLine().getErr().println("triad evaluate: " + e.getMessage());
            return 2;
        }
    }
}
