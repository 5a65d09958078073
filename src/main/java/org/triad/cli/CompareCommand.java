package org.triad.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.triad.analysis.BootstrapInterval;
import org.triad.analysis.ComparisonMethod;
import org.triad.analysis.ComparisonResult;
import org.triad.analysis.RsmComparison;
import org.triad.model.CancellationToken;
import org.triad.model.Embedding;
import org.triad.model.ItemSet;
import org.triad.model.ProgressListener;
import org.triad.model.Rsm;
import org.triad.model.RsmKind;
import org.triad.store.ImportException;
import org.triad.store.RsmFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code triad compare}: compares two RSMs on the off-diagonal upper triangle of their shared
 * items, matched by id (DESIGN.md §4), and prints each statistic with the pairs used and
 * skipped, an item-set warning, and optionally a bootstrap interval over items.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compare two RSMs: Pearson, Spearman, Kendall tau-a, cosine on the "
                + "upper triangle of the shared items, matched by item id; NaN pairs skipped.",
            "Each input is an RSM file (.csv with ids, or .npy with NAME.items.txt) or an "
                + "embedding file whose rows follow --items (its RSM is computed, --kind)."})
final class CompareCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(arity = "2", paramLabel = "RSM", description = "The two inputs.")
    private List<Path> inputs = new ArrayList<>();

    @Option(names = {"--method", "-m"}, defaultValue = "all",
            description = "pearson, spearman, kendall, cosine or all (default ${DEFAULT-VALUE}).")
    private String methodText;

    @Option(names = "--bootstrap", paramLabel = "B", defaultValue = "0",
            description = "Bootstrap replicates over items for a 95 %% interval; 0 for none.")
    private int samples;

    @Option(names = "--level", defaultValue = "0.95",
            description = "Interval coverage, between 0 and 1 (default ${DEFAULT-VALUE}).")
    private double level;

    @Option(names = "--seed", defaultValue = "1", description = "Bootstrap seed.")
    private long seed;

    @Option(names = {"--kind", "-k"}, defaultValue = "choice-probability",
            description = "RSM kind for embedding inputs (default ${DEFAULT-VALUE}).")
    private String kindText;

    @Option(names = "--items", paramLabel = "FILE",
            description = "Item file of embedding inputs. Default: the bundled THINGS concepts.")
    private Path itemFile;

    @Option(names = "--threads", description = "Threads (default: all cores).")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() {
        List<ComparisonMethod> methods = methods();
        if (samples < 0) {
            throw new ParameterException(spec.commandLine(),
                    "--bootstrap must be 0 (none) or a number of replicates, not " + samples);
        }
        if (!(level > 0 && level < 1)) {
            throw new ParameterException(spec.commandLine(),
                    "--level must be between 0 and 1 (0.95 for a 95 % interval), not " + level);
        }
        if (threads < 1) {
            throw new ParameterException(spec.commandLine(),
                    "--threads must be at least 1, not " + threads);
        }
        Rsm first;
        Rsm second;
        try {
            first = load(inputs.get(0), "A");
            second = load(inputs.get(1), "B");
        } catch (ImportException e) {
            spec.commandLine().getErr().println("triad compare: " + e.getMessage());
            return 2;
        }
        List<ComparisonResult> results;
        try {
            results = RsmComparison.compareAll(first, second);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("triad compare: " + e.getMessage());
            return 2;
        }
        ComparisonResult any = results.get(0);
        out().printf(Locale.ROOT, "shared items %d of %d and %d; pairs used %,d, skipped %,d "
                + "(NaN in one or both)%n", any.sharedItems(), any.itemsInFirst(),
                any.itemsInSecond(), any.pairsUsed(), any.pairsSkipped());
        for (ComparisonResult result : results) {
            if (methods.contains(result.method())) {
                printResult(first, second, result);
            }
        }
        if (!any.warning().isEmpty()) {
            out().println("warning: " + any.warning());
        }
        return 0;
    }

    private void printResult(Rsm first, Rsm second, ComparisonResult result) {
        out().printf(Locale.ROOT, "%-12s %9.6f", result.method().displayName(), result.value());
        if (samples > 0) {
            long start = System.nanoTime();
            BootstrapInterval interval = RsmComparison.bootstrap(first, second,
                    result.method(), samples, level, seed, ProgressListener.NONE,
                    CancellationToken.none());
            out().printf(Locale.ROOT, "   %.0f %% CI [%.6f, %.6f] (%d of %d replicates "
                    + "defined, seed %d, %.1f s)", 100 * level, interval.lower(),
                    interval.upper(), interval.validSamples(), samples, seed,
                    (System.nanoTime() - start) * 1e-9);
        }
        out().println();
    }

    private Rsm load(Path file, String label) throws ImportException {
        Rsm rsm;
        if (RsmFiles.isRsmFile(file)) {
            rsm = RsmFiles.read(file, RsmKind.EMPIRICAL);
            // .npy files cannot record their kind (numpy refuses extra header keys)
            boolean csv = !file.getFileName().toString().toLowerCase(Locale.ROOT)
                    .endsWith(".npy");
            out().printf(Locale.ROOT, "%s: %s (%s RSM file, %d items)%n", label, file,
                    csv ? RsmFiles.slug(rsm.kind()) : ".npy", rsm.size());
        } else {
            ItemSet items = RsmInputs.items(itemFile);
            RsmKind kind = RsmInputs.kind(spec, kindText);
            if (kind == RsmKind.EMPIRICAL) {
                throw new ParameterException(spec.commandLine(), file + " is not an RSM file; "
                        + "make the empirical RSM with triad rsm --kind empirical first");
            }
            out().printf(Locale.ROOT, "%s: %s (embedding)%n", label, file);
            rsm = RsmInputs.fromEmbedding(embedding(file, items), kind, threads,
                    out(), spec.commandLine().getErr());
        }
        return rsm;
    }

    /** Reads an embedding; a .npy that fails may be an RSM whose id file is missing. */
    private Embedding embedding(Path file, ItemSet items)
            throws ImportException {
        try {
            Embedding embedding = RsmInputs.embedding(file, items);
            if (embedding.dims() == items.size() && isNpy(file)) {
                // Square: more likely an RSM that lost its ids than an n-dimensional embedding.
                out().printf(Locale.ROOT, "warning: %s is square (%d × %d) and has no %s beside"
                        + " it, so it is read as an embedding; if it is an RSM, its ids belong"
                        + " in that file%n", file, items.size(), items.size(),
                        RsmFiles.itemsFile(file).getFileName());
            }
            return embedding;
        } catch (ImportException e) {
            if (!isNpy(file)) {
                throw e;
            }
            throw new ImportException(e.file(), e.line(), e.reason() + " (read as an embedding:"
                    + " an RSM .npy needs its ids in " + RsmFiles.itemsFile(file).getFileName()
                    + " beside it, and there is none)");
        }
    }

    private static boolean isNpy(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".npy");
    }

    private List<ComparisonMethod> methods() {
        String key = methodText.toLowerCase(Locale.ROOT);
        if (key.equals("all")) {
            return List.of(ComparisonMethod.values());
        }
        for (ComparisonMethod method : ComparisonMethod.values()) {
            if (method.name().toLowerCase(Locale.ROOT).startsWith(key)) {
                return List.of(method);
            }
        }
        throw new ParameterException(spec.commandLine(), "unknown method '" + methodText
                + "'; use pearson, spearman, kendall, cosine or all");
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
