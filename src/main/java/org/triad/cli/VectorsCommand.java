package org.triad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.triad.analysis.SourceAgreement;
import org.triad.collect.UniformSampler;
import org.triad.collect.VectorAnnotator;
import org.triad.model.FeatureMatrix;
import org.triad.model.ItemSet;
import org.triad.model.Judgement;
import org.triad.model.JudgementSet;
import org.triad.model.Triplet;
import org.triad.store.AtomicFiles;
import org.triad.store.EmbeddingFiles;
import org.triad.store.ImportException;
import org.triad.store.ProjectStore;
import org.triad.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * A vector annotator on the command line: an item feature file answers triplets (the most
 * similar pair is kept, or with a temperature a pair is drawn from the softmax), written as a
 * triplet file or stored in a project as its own judgement set; on the triplets of a file, the
 * agreement with that file's choices is printed.
 */
@Command(name = "vectors", mixinStandardHelpOptions = true,
        description = "Answer triplets from an n × d item feature file (word2vec, MiniLM, CLIP "
                + "features): the most similar pair is kept together, or with --temperature a "
                + "pair is drawn from the softmax of the similarities.")
public final class VectorsCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FEATURES",
            description = "Feature file, one row per item in item-file order (.npy or text).")
    private Path featureFile;

    @Option(names = "--items", paramLabel = "FILE",
            description = "Item file. Default: the bundled THINGS concepts.")
    private Path itemFile;

    @Option(names = "--triplets", paramLabel = "FILE",
            description = "Answer the triplets of this triplet file and print the agreement "
                    + "with its choices.")
    private Path tripletFile;

    @Option(names = {"-n", "--count"}, description = "Number of uniformly sampled triplets "
            + "(instead of --triplets), at most 5,000,000 per run.")
    private int count;

    @Option(names = "--seed", defaultValue = "1",
            description = "Seed of the sampling (default ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--rule", defaultValue = "dot",
            description = "Pair similarity: dot or cosine (default ${DEFAULT-VALUE}).")
    private String rule;

    @Option(names = "--temperature", defaultValue = "0",
            description = "0: the most similar pair; > 0: draw the pair from softmax(s / T).")
    private double temperature;

    @Option(names = "--name", description = "Name of the features in the source, e.g. "
            + "word2vec (default: the file name).")
    private String name;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Triplet file of the answers (kept pair, then odd one out).")
    private Path outFile;

    @Option(names = "--project", paramLabel = "FILE",
            description = "Store the answers in this project, with --set.")
    private Path projectFile;

    @Option(names = "--set", description = "Judgement set of the project for the answers.")
    private String setName;

    @Override
    public Integer call() {
        CliOutputs.requireWritable(spec, "--out", outFile);
        String problem = optionProblem();
        if (problem != null) {
            spec.commandLine().getErr().println("triad vectors: " + problem);
            return 2;
        }
        PrintWriter out = spec.commandLine().getOut();
        try {
            ItemSet items = CliInputs.readItems(itemFile);
            FeatureMatrix features = EmbeddingFiles.readMatrix(featureFile);
            if (features.rows() != items.size()) {
                throw new IllegalArgumentException(featureFile + " has " + features.rows()
                        + " rows, but the item file has " + items.size() + " items");
            }
            VectorAnnotator annotator = new VectorAnnotator(features, sourceName(),
                    VectorAnnotator.Rule.valueOf(rule.toUpperCase(Locale.ROOT)), temperature,
                    seed);
            JudgementSet asked = tripletFile == null ? null
                    : CliInputs.readJudgements(tripletFile.toString(), List.of(tripletFile),
                            items.size());
            List<Judgement> answers = annotator.judgements(triplets(asked, items.size()));
            if (answers.isEmpty()) {
                throw new IllegalArgumentException(tripletFile + " holds no triplets");
            }
            out.printf(Locale.ROOT, "%,d triplets answered by %s%n", answers.size(),
                    annotator.source());
            save(answers, items, out);
            if (asked != null) {
                SourceAgreement agreement = SourceAgreement.between(asked, JudgementSet.of(
                        annotator.source(), items.size(), answers));
                out.printf(Locale.ROOT, "agreement with %s: %.1f %% on %,d shared triplets "
                        + "(chance 33.3 %%)%n", tripletFile, 100 * agreement.share(),
                        agreement.sharedTriplets());
            }
            return 0;
        } catch (ImportException | StoreException | IOException | IllegalArgumentException e) {
            spec.commandLine().getErr().println("triad vectors: " + e.getMessage());
            return 2;
        }
    }

    private String optionProblem() {
        if ((tripletFile == null) == (count < 1)) {
            return "give either --triplets FILE or -n N (≥ 1)";
        }
        if ((projectFile == null) != (setName == null)) {
            return "--project and --set go together";
        }
        if (setName != null && setName.isBlank()) {
            return "--set needs a name that is not blank";
        }
        try {
            UniformSampler.checkPerRun(count);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        if (!rule.equalsIgnoreCase("dot") && !rule.equalsIgnoreCase("cosine")) {
            return "--rule must be dot or cosine, not '" + rule + "'";
        }
        if (!(temperature >= 0) || Double.isInfinite(temperature)) {
            return "--temperature must be 0 or more, not " + temperature;
        }
        return null;
    }

    private String sourceName() {
        if (name != null && !name.isBlank()) {
            return name.strip();
        }
        String file = featureFile.getFileName().toString();
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }

    private List<Triplet> triplets(JudgementSet asked, int itemCount) {
        List<Triplet> triplets = new ArrayList<>();
        if (asked != null) {
            for (int t = 0; t < asked.size(); t++) {
                triplets.add(new Triplet(asked.keptA(t), asked.keptB(t), asked.odd(t)));
            }
            return triplets;
        }
        UniformSampler sampler = new UniformSampler(IntStream.range(0, itemCount).toArray(),
                new SplittableRandom(seed));
        for (int t = 0; t < count; t++) {
            triplets.add(sampler.next());
        }
        return triplets;
    }

    /**
     * Writes the answers to --out and stores them in --project. The project is opened and
     * checked first, so that a project that cannot take them leaves no --out file behind.
     */
    private void save(List<Judgement> answers, ItemSet items, PrintWriter out)
            throws IOException, StoreException {
        if (projectFile == null) {
            writeOut(answers, out);
            return;
        }
        try (ProjectStore store = ProjectStore.open(projectFile)) {
            if (store.judgementSets().stream().anyMatch(s -> s.name().equals(setName))) {
                throw new IllegalArgumentException(projectFile + " already has a judgement "
                        + "set named '" + setName + "'; choose another --set");
            }
            if (store.items().size() != 0 && store.items().size() != items.size()) {
                throw new IllegalArgumentException(projectFile + " holds "
                        + store.items().size() + " items, the item file " + items.size());
            }
            writeOut(answers, out);
            if (store.items().size() == 0) {
                store.setItems(items);
            }
            store.addJudgements(setName, "answered by " + answers.get(0).source(), answers);
        }
        out.printf("stored in %s as the set '%s'%n", projectFile, setName);
    }

    private void writeOut(List<Judgement> answers, PrintWriter out) throws IOException {
        if (outFile == null) {
            return;
        }
        List<String> lines = new ArrayList<>(answers.size());
        for (Judgement judgement : answers) {
            lines.add(judgement.keptA() + " " + judgement.keptB() + " " + judgement.odd());
        }
        AtomicFiles.write(outFile, file -> Files.write(file, lines, StandardCharsets.UTF_8));
        out.printf("written to %s%n", outFile);
    }
}
