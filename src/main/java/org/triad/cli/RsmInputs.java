package org.triad.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.triad.analysis.Rsms;
import org.triad.model.CancellationToken;
import org.triad.model.Embedding;
import org.triad.model.ItemSet;
import org.triad.model.Judgement;
import org.triad.model.JudgementSet;
import org.triad.model.ProgressListener;
import org.triad.model.Rsm;
import org.triad.model.RsmKind;
import org.triad.store.EmbeddingFiles;
import org.triad.store.ImportException;
import org.triad.store.ItemFileReader;
import org.triad.store.ThingsProject;
import org.triad.store.TripletFileReader;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Model.CommandSpec;

/** Input handling shared by {@code triad rsm}, {@code triad compare} and the RSM benchmark. */
final class RsmInputs {
    private RsmInputs() {
    }

    /** The bundled published 66-d SPoSE embedding (Hebart et al. 2023). */
    static Path bundled66d() {
        return ThingsProject.defaultDatasetsDir()
                .resolve("things/reference/spose_embedding_66d_sorted.txt");
    }

    /** The item file given, or the bundled THINGS concepts with their 27 categories. */
    static ItemSet items(Path itemFile) throws ImportException {
        if (itemFile != null) {
            return ItemFileReader.read(itemFile, null);
        }
        Path things = ThingsProject.defaultDatasetsDir().resolve("things");
        return ItemFileReader.read(things.resolve("concepts.tsv"),
                things.resolve("categories27.tsv"));
    }

    /**
     * Parses a kind as users type it: {@code choice}, {@code choice-probability},
     * {@code dot}, {@code dot-product}, {@code cosine}, {@code empirical}, any case.
     */
    static RsmKind kind(CommandSpec spec, String text) {
        String key = text.toLowerCase(Locale.ROOT).replace('-', '_');
        for (RsmKind kind : RsmKind.values()) {
            String name = kind.name().toLowerCase(Locale.ROOT);
            if (name.equals(key) || name.startsWith(key + "_")) {
                return kind;
            }
        }
        throw new ParameterException(spec.commandLine(), "unknown RSM kind '" + text
                + "'; use choice-probability, dot-product, cosine or empirical");
    }

    /** Pools the judgements of SPoSE triplet files indexing {@code items}. */
    static JudgementSet triplets(List<Path> files, ItemSet items) throws ImportException {
        List<Judgement> all = new ArrayList<>();
        for (Path file : files) {
            all.addAll(TripletFileReader.read(file, items.size(), file.getFileName().toString()));
        }
        return JudgementSet.of("triplets", items.size(), all);
    }

    /** Reads an embedding file whose rows follow {@code items}. */
    static Embedding embedding(Path file, ItemSet items) throws ImportException {
        return EmbeddingFiles.read(file, items.ids());
    }

    /**
     * An RSM of an embedding, timed; progress goes to {@code err} in steps of 10 %.
     *
     * @return the RSM (never null: the token is never cancelled here)
     */
    static Rsm fromEmbedding(Embedding embedding, RsmKind kind, int threads, PrintWriter out,
            PrintWriter err) {
        long start = System.nanoTime();
        Rsm rsm = switch (kind) {
            case CHOICE_PROBABILITY -> Rsms.choiceProbability(embedding, threads,
                    tenths(err), CancellationToken.none());
            case DOT_PRODUCT -> Rsms.dotProduct(embedding);
            case COSINE -> Rsms.cosine(embedding);
            case EMPIRICAL -> throw new IllegalArgumentException("an empirical RSM needs "
                    + "judgements, not an embedding");
        };
        out.printf(Locale.ROOT, "%s RSM of %d items × %d dims in %.3f s%n",
                kind.displayName(), embedding.itemCount(), embedding.dims(),
                (System.nanoTime() - start) * 1e-9);
        return rsm;
    }

    /** Prints "10 %", "20 %", … on one line of {@code err}. */
    private static ProgressListener tenths(PrintWriter err) {
        int[] shown = {0};
        return (done, total, message) -> {
            int tenth = total == 0 ? 10 : (int) (10 * done / total);
            if (tenth > shown[0]) {
                shown[0] = tenth;
                err.print(tenth == 10 ? "100 %\n" : tenth * 10 + " % ");
                err.flush();
            }
        };
    }

    /** Checks that a file exists before a store would create it. */
    static void requireFile(CommandSpec spec, Path file, String what) {
        if (file != null && !Files.isRegularFile(file)) {
            throw new ParameterException(spec.commandLine(), what + " not found: " + file);
        }
    }
}
