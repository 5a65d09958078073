package org.triad.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.triad.analysis.EmpiricalRsm;
import org.triad.analysis.Rsms;
import org.triad.model.Embedding;
import org.triad.model.ItemSet;
import org.triad.model.JudgementSet;
import org.triad.model.Rsm;
import org.triad.model.RsmKind;
import org.triad.store.EmbeddingInfo;
import org.triad.store.ImportException;
import org.triad.store.ProjectStore;
import org.triad.store.RsmFiles;
import org.triad.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code triad rsm}: computes an RSM of an embedding (choice probability, dot product, cosine)
 * or the empirical RSM of judgements and writes it as CSV or {@code .npy} with its item ids.
 */
@Command(name = "rsm", mixinStandardHelpOptions = true,
        description = {"Compute an RSM and write it with its item ids (.csv, or .npy with a "
                + "sidecar NAME.items.txt).",
            "Inputs: an embedding file (choice-probability, dot-product, cosine) or SPoSE "
                + "triplet files (empirical); or, with --project, a stored embedding "
                + "(--embedding) or stored judgement sets (--set)."})
final class RsmCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "INPUT",
            description = "An embedding file, or triplet files for --kind empirical.")
    private List<String> inputNames = new ArrayList<>();

    /** The inputs as paths; kept as text above, since picocli would call an empty one unmatched. */
    private List<Path> inputs;

    @Option(names = {"--kind", "-k"}, defaultValue = "choice-probability",
            description = "choice-probability, dot-product, cosine or empirical "
                    + "(default ${DEFAULT-VALUE}).")
    private String kindText;

    @Option(names = "--items", paramLabel = "FILE",
            description = "Item file whose rows the inputs follow. Default: the bundled THINGS "
                    + "concepts; with --project, the project's items.")
    private Path itemFile;

    @Option(names = "--project", paramLabel = "FILE", description = "A Triad project file.")
    private Path project;

    @Option(names = "--embedding", paramLabel = "NAME",
            description = "A stored embedding of --project, by name or id.")
    private String storedEmbedding;

    @Option(names = "--set", paramLabel = "NAME",
            description = "Stored judgement sets of --project, pooled (repeatable).")
    private List<String> sets = new ArrayList<>();

    @Option(names = "--threads", description = "Threads (default: all cores).")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = {"--out", "-o"}, required = true, paramLabel = "FILE",
            description = "Output file ending in .csv or .npy.")
    private Path out;

    @Override
    public Integer call() throws Exception {
        inputs = new ArrayList<>();
        for (String name : inputNames) {
            if (name.isBlank()) {
                throw new ParameterException(spec.commandLine(), "INPUT: an empty file name");
            }
            inputs.add(Path.of(name));
        }
        CliOutputs.requireWritable(spec, "--out", out);
        RsmKind kind = RsmInputs.kind(spec, kindText);
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".csv") && !name.endsWith(".npy")) {
            throw new ParameterException(spec.commandLine(), "--out must end in .csv or .npy");
        }
        if (name.endsWith(".npy")) {
            CliOutputs.requireWritable(spec, "--out", RsmFiles.itemsFile(out));
        }
        if (threads < 1) {
            throw new ParameterException(spec.commandLine(),
                    "--threads must be at least 1, not " + threads);
        }
        Rsm rsm;
        try {
            rsm = project != null ? fromProject(kind) : fromFiles(kind);
        } catch (ImportException | StoreException e) {
            spec.commandLine().getErr().println("triad rsm: " + e.getMessage());
            return 2;
        }
        write(rsm);
        return 0;
    }

    private Rsm fromFiles(RsmKind kind) throws ImportException {
        ItemSet items = RsmInputs.items(itemFile);
        if (kind == RsmKind.EMPIRICAL) {
            if (inputs.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "give triplet files");
            }
            return empirical(List.of(RsmInputs.triplets(inputs, items)), items);
        }
        if (inputs.size() != 1) {
            throw new ParameterException(spec.commandLine(), "give one embedding file");
        }
        return RsmInputs.fromEmbedding(RsmInputs.embedding(inputs.get(0), items), kind,
                threads, out(), spec.commandLine().getErr());
    }

    private Rsm fromProject(RsmKind kind) throws StoreException {
        RsmInputs.requireFile(spec, project, "project");
        try (ProjectStore store = ProjectStore.open(project)) {
            ItemSet items = store.items();
            if (kind == RsmKind.EMPIRICAL) {
                if (sets.isEmpty()) {
                    throw new ParameterException(spec.commandLine(), "name --set");
                }
                List<JudgementSet> loaded = new ArrayList<>();
                for (String set : sets) {
                    loaded.add(store.judgementSet(set));
                }
                return empirical(loaded, items);
            }
            Embedding embedding = store.embedding(storedId(store));
            return RsmInputs.fromEmbedding(embedding, kind, threads, out(),
                    spec.commandLine().getErr());
        }
    }

    private long storedId(ProjectStore store) throws StoreException {
        if (storedEmbedding == null) {
            throw new ParameterException(spec.commandLine(), "name --embedding");
        }
        for (EmbeddingInfo info : store.embeddings()) {
            if (info.name().equals(storedEmbedding)
                    || Long.toString(info.id()).equals(storedEmbedding)) {
                return info.id();
            }
        }
        throw new ParameterException(spec.commandLine(), "no stored embedding '"
                + storedEmbedding + "'; stored: " + store.embeddings().stream()
                        .map(EmbeddingInfo::name).toList());
    }

    private Rsm empirical(List<JudgementSet> judgements, ItemSet items) {
        long start = System.nanoTime();
        EmpiricalRsm empirical = Rsms.empiricalCounts(judgements, items.ids());
        long all = (long) items.size() * (items.size() - 1) / 2;
        long count = judgements.stream().mapToLong(JudgementSet::size).sum();
        out().printf(Locale.ROOT, "empirical RSM of %d items from %,d judgements in %.3f s: "
                + "%,d of %,d pairs shown together (%.1f %%), the rest nan%n", items.size(),
                count, (System.nanoTime() - start) * 1e-9, empirical.pairsWithData(), all,
                100.0 * empirical.pairsWithData() / all);
        return empirical.rsm();
    }

    private void write(Rsm rsm) throws Exception {
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        RsmFiles.write(rsm, out);
        boolean npy = out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".npy");
        out().printf(Locale.ROOT, "wrote %s (%d × %d, %s)%s%n", out, rsm.size(), rsm.size(),
                RsmFiles.slug(rsm.kind()), npy ? " and " + RsmFiles.itemsFile(out) : "");
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
