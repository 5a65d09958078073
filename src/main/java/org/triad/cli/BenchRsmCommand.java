package org.triad.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.triad.analysis.Rsms;
import org.triad.model.CancellationToken;
import org.triad.model.Embedding;
import org.triad.model.ItemSet;
import org.triad.model.ProgressListener;
import org.triad.model.Rsm;
import org.triad.store.ImportException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Benchmark of the choice-probability RSM (DESIGN.md §4, issue 4: at most 5 s for the 1,854
 * THINGS items): one warm-up run, so that the JIT has compiled the kernel, then timed runs,
 * each printed, with their minimum and median. Meant to sit under {@code triad bench}.
 */
@Command(name = "rsm", mixinStandardHelpOptions = true,
        description = "Time the choice-probability RSM (default: the bundled 66-d SPoSE "
                + "embedding of the 1,854 THINGS items).")
public final class BenchRsmCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--embedding", paramLabel = "FILE",
            description = "Embedding file (default: the bundled 66-d SPoSE embedding).")
    private Path embeddingFile;

    @Option(names = "--items", paramLabel = "FILE",
            description = "Item file of the embedding (default: the bundled THINGS concepts).")
    private Path itemFile;

    @Option(names = "--runs", defaultValue = "3", description = "Timed runs after the "
            + "warm-up (default ${DEFAULT-VALUE}).")
    private int runs;

    @Option(names = "--threads", description = "Threads (default: all cores).")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() {
        Embedding embedding;
        try {
            ItemSet items = RsmInputs.items(itemFile);
            Path file = embeddingFile != null ? embeddingFile : RsmInputs.bundled66d();
            embedding = RsmInputs.embedding(file, items);
        } catch (ImportException e) {
            spec.commandLine().getErr().println("triad bench rsm: " + e.getMessage());
            return 2;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "choice-probability RSM: %d items × %d dims, %d threads, "
                + "%.2e terms%n", embedding.itemCount(), embedding.dims(), threads,
                (double) embedding.itemCount() * (embedding.itemCount() - 1)
                        * (embedding.itemCount() - 2) / 2);
        out.printf(Locale.ROOT, "warm-up  %.3f s%n", time(embedding));
        double[] seconds = new double[Math.max(1, runs)];
        for (int run = 0; run < seconds.length; run++) {
            seconds[run] = time(embedding);
            out.printf(Locale.ROOT, "run %d    %.3f s%n", run + 1, seconds[run]);
        }
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        double median = sorted.length % 2 == 1 ? sorted[middle]
                : (sorted[middle - 1] + sorted[middle]) / 2;
        out.printf(Locale.ROOT, "min %.3f s  median %.3f s%n", sorted[0], median);
        return 0;
    }

    private double time(Embedding embedding) {
        long start = System.nanoTime();
        Rsm rsm = Rsms.choiceProbability(embedding, threads, ProgressListener.NONE,
                CancellationToken.none());
        double seconds = (System.nanoTime() - start) * 1e-9;
        if (rsm == null) {
            throw new IllegalStateException("the RSM was cancelled");
        }
        return seconds;
    }
}
