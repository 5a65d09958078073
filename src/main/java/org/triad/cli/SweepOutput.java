package org.triad.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.triad.analysis.ConsensusDimensions;
import org.triad.analysis.DimensionReproducibility;
import org.triad.model.Embedding;
import org.triad.model.JudgementSet;
import org.triad.store.AtomicFiles;
import org.triad.store.EmbeddingFiles;
import org.triad.training.MultiSeedResult;
import org.triad.training.MultiSeedRun;
import org.triad.training.RunManifest;
import org.triad.training.SeedRun;

/**
 * The files and printed tables of a multi-seed job or λ sweep: per run
 * {@code PREFIX_lambda<λ>_seed<s>.npy/.txt/.json}; one table {@code PREFIX_runs.tsv} and
 * manifest {@code PREFIX_runs.json} that mark the best runs; and, per λ with two or more
 * seeds, the reproducibility of every dimension ({@code PREFIX_reproducibility.tsv}) and the
 * consensus dimensions ({@code PREFIX_lambda<λ>_consensus.npy/.txt/_labels.txt}).
 */
final class SweepOutput {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT);

    private final Path prefix;
    private final PrintWriter out;

    /** @param prefix output prefix; its folder is created when missing */
    SweepOutput(Path prefix, PrintWriter out) {
        this.prefix = prefix;
        this.out = out;
    }

    /** λ as written in file names and tables: shortest plain decimal, e.g. "0.008". */
    static String lambdaText(double lambda) {
        return BigDecimal.valueOf(lambda).stripTrailingZeros().toPlainString();
    }

    /** PREFIX + suffix, e.g. PREFIX_runs.tsv. */
    Path file(String suffix) {
        return prefix.resolveSibling(prefix.getFileName() + suffix);
    }

    /** PREFIX_lambda&lt;λ&gt;_seed&lt;s&gt; + extension. */
    Path runFile(SeedRun run, String extension) {
        return file("_" + MultiSeedRun.runName(run.lambda(), run.seed()) + extension);
    }

    /** Writes every run's embedding and manifest, the table and the job manifest. */
    void writeRuns(MultiSeedResult result, JudgementSet train, JudgementSet validation,
            Instant started) throws IOException {
        Path parent = prefix.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        for (SeedRun run : result.runs()) {
            String manifest = RunManifest.toJson(run.config(), train, validation, run.result(),
                    started);
            AtomicFiles.write(List.of(
                    new AtomicFiles.Output(runFile(run, ".npy"),
                            file -> EmbeddingFiles.writeNpy(run.result().embedding(), file)),
                    new AtomicFiles.Output(runFile(run, ".txt"),
                            file -> EmbeddingFiles.writeText(run.result().embedding(), file)),
                    new AtomicFiles.Output(runFile(run, ".json"),
                            file -> Files.writeString(file, manifest, StandardCharsets.UTF_8))));
        }
        writeText(file("_runs.tsv"), table(result));
        writeText(file("_runs.json"), manifest(result, train, validation, started));
    }

    /**
     * The run table, tab-separated with a header: λ, seed, best epoch, epochs run,
     * validation loss and accuracy of the best epoch, dims kept, and whether the run is the
     * best of its λ and the best of all (by validation loss).
     */
    static String table(MultiSeedResult result) {
        StringBuilder text = new StringBuilder("lambda\tseed\tbest_epoch\tepochs\t"
                + "validation_loss\tvalidation_accuracy\tdims_kept\tbest_of_lambda\tbest\n");
        int best = result.bestIndex();
        for (int r = 0; r < result.runs().size(); r++) {
            SeedRun run = result.runs().get(r);
            text.append(String.format(Locale.ROOT, "%s\t%d\t%d\t%d\t%.5f\t%.5f\t%d\t%s\t%s%n",
                    lambdaText(run.lambda()), run.seed(), run.result().bestEpoch(),
                    run.result().history().size(), run.validationLoss(),
                    run.validationAccuracy(), run.result().embedding().dims(),
                    r == result.bestIndexFor(run.lambda()), r == best));
        }
        return text.toString();
    }

    /** Prints the table for people, the best run marked with "*" and best of λ with "+". */
    void printTable(MultiSeedResult result) {
        out.println("     λ   seed  best epoch  epochs  val loss  val acc  dims");
        int best = result.bestIndex();
        for (int r = 0; r < result.runs().size(); r++) {
            SeedRun run = result.runs().get(r);
            String mark = r == best ? " *" : r == result.bestIndexFor(run.lambda()) ? " +" : "";
            out.printf(Locale.ROOT, "%6s %6d %11d %7d %9.4f %7.2f%% %5d%s%n",
                    lambdaText(run.lambda()), run.seed(), run.result().bestEpoch(),
                    run.result().history().size(), run.validationLoss(),
                    100 * run.validationAccuracy(), run.result().embedding().dims(), mark);
        }
        out.printf(Locale.ROOT, "* best run (lowest validation loss), + best seed of its λ; "
                + "%d runs in %.1f s%n", result.runs().size(), result.seconds());
    }

    private String manifest(MultiSeedResult result, JudgementSet train,
            JudgementSet validation, Instant started) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", "triad-spose-runs");
        root.put("formatVersion", 1);
        root.put("appVersion", RunManifest.appVersion());
        root.put("started", started.toString());
        root.put("finished", Instant.now().toString());
        root.put("seconds", result.seconds());
        root.put("cancelled", result.cancelled());
        root.put("trainSha256", RunManifest.sha256(train));
        root.put("validationSha256", RunManifest.sha256(validation));
        ArrayNode runs = root.putArray("runs");
        int best = result.bestIndex();
        for (int r = 0; r < result.runs().size(); r++) {
            SeedRun run = result.runs().get(r);
            ObjectNode node = runs.addObject();
            node.put("lambda", run.lambda());
            node.put("seed", run.seed());
            node.put("bestEpoch", run.result().bestEpoch());
            node.put("epochsRun", run.result().history().size());
            node.put("validationLoss", run.validationLoss());
            node.put("validationAccuracy", run.validationAccuracy());
            node.put("dimsKept", run.result().embedding().dims());
            node.put("bestOfLambda", r == result.bestIndexFor(run.lambda()));
            node.put("best", r == best);
            node.put("embedding", runFile(run, ".npy").getFileName().toString());
            node.put("manifest", runFile(run, ".json").getFileName().toString());
        }
        return JSON.writeValueAsString(root);
    }

    /**
     * For every λ with two or more seeds: prints the reproducibility summary, writes every
     * dimension's reproducibility to PREFIX_reproducibility.tsv and the consensus dimensions
     * to PREFIX_lambda&lt;λ&gt;_consensus.*.
     *
     * @param splitSeed seed of the 80/20 item split
     * @param minR consensus dimensions need at least this mean held-out r
     */
    void writeReproducibility(MultiSeedResult result, long splitSeed, double minR)
            throws IOException {
        StringBuilder tsv = new StringBuilder("lambda\tseed\tdim\tmean_heldout_r\t"
                + "share_above_0.8\n");
        boolean any = false;
        for (double lambda : result.lambdas()) {
            List<SeedRun> runs = result.runs().stream().filter(r -> r.lambda() == lambda)
                    .toList();
            List<Embedding> embeddings = result.embeddingsFor(lambda);
            if (runs.size() < 2 || embeddings.stream().anyMatch(e -> e.dims() == 0)) {
                continue;
            }
            any = true;
            DimensionReproducibility.Report report = DimensionReproducibility.compute(
                    embeddings, splitSeed);
            appendRows(tsv, lambda, runs, report);
            printSummary(lambda, runs, report);
            writeConsensus(lambda, embeddings, report, minR);
        }
        if (any) {
            writeText(file("_reproducibility.tsv"), tsv.toString());
            out.printf("wrote %s%n", file("_reproducibility.tsv"));
        }
    }

    private static void appendRows(StringBuilder tsv, double lambda, List<SeedRun> runs,
            DimensionReproducibility.Report report) {
        for (DimensionReproducibility.DimensionScore score : report.dimensions()) {
            tsv.append(String.format(Locale.ROOT, "%s\t%d\t%d\t%.4f\t%.4f%n",
                    lambdaText(lambda), runs.get(score.run()).seed(), score.dim() + 1,
                    score.meanHeldOutR(), score.shareAbove()));
        }
    }

    private void printSummary(double lambda, List<SeedRun> runs,
            DimensionReproducibility.Report report) {
        out.printf(Locale.ROOT, "reproducibility, λ %s, %d seeds: %.1f %% of matches and "
                + "%.1f %% of dimensions have held-out r > %.1f%n", lambdaText(lambda),
                runs.size(), 100 * report.shareAbove(), 100 * report.shareOfDimensionsAbove(),
                report.threshold());
        for (int r = 0; r < runs.size(); r++) {
            List<DimensionReproducibility.DimensionScore> dims = report.ofRun(r);
            StringBuilder line = new StringBuilder();
            for (DimensionReproducibility.DimensionScore score : dims) {
                line.append(String.format(Locale.ROOT, " %.2f", score.meanHeldOutR()));
            }
            out.printf(Locale.ROOT, "  seed %d, mean held-out r per dim:%s%n",
                    runs.get(r).seed(), line);
        }
    }

    private void writeConsensus(double lambda, List<Embedding> embeddings,
            DimensionReproducibility.Report report, double minR) throws IOException {
        int maxDims = embeddings.stream().mapToInt(Embedding::dims).max().orElse(1);
        Embedding consensus = ConsensusDimensions.select(embeddings, report, maxDims, minR);
        String stem = "_lambda" + lambdaText(lambda) + "_consensus";
        if (consensus.dims() == 0) {
            out.printf(Locale.ROOT, "consensus, λ %s: no dimension has a mean held-out r ≥ %.2f;"
                    + " no consensus file written (a lower --consensus-min-r may find some)%n",
                    lambdaText(lambda), minR);
            return;
        }
        out.printf(Locale.ROOT, "consensus, λ %s: %d distinct dimensions with mean held-out "
                + "r ≥ %.2f -> %s%n", lambdaText(lambda), consensus.dims(), minR,
                file(stem + ".npy"));
        List<String> labels = new ArrayList<>(consensus.labels());
        AtomicFiles.write(List.of(
                new AtomicFiles.Output(file(stem + ".npy"),
                        target -> EmbeddingFiles.writeNpy(consensus, target)),
                new AtomicFiles.Output(file(stem + ".txt"),
                        target -> EmbeddingFiles.writeText(consensus, target)),
                new AtomicFiles.Output(file(stem + "_labels.txt"),
                        target -> Files.write(target, labels, StandardCharsets.UTF_8))));
    }

    private static void writeText(Path target, String text) throws IOException {
        AtomicFiles.write(target, file -> Files.writeString(file, text, StandardCharsets.UTF_8));
    }
}
