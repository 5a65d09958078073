package org.triad.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triad.analysis.Rsms;
import org.triad.model.CancellationToken;
import org.triad.model.Embedding;
import org.triad.model.Item;
import org.triad.model.ItemSet;
import org.triad.model.Judgement;
import org.triad.model.JudgementSet;
import org.triad.model.ProgressListener;
import org.triad.model.Rsm;
import org.triad.model.RsmKind;
import org.triad.store.EmbeddingFiles;
import org.triad.store.ProjectStore;
import org.triad.store.RsmFiles;
import picocli.CommandLine;

/** {@code triad rsm}, {@code triad compare} and the RSM benchmark on a small random world. */
class RsmCommandsTest {
    private static final int N = 20;

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(Object command, String... args) {
        CommandLine cli = new CommandLine(command);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void rsmWritesEachKindThatReadsBackExactly() throws Exception {
        Path items = writeItems();
        Embedding embedding = embedding();
        Path file = dir.resolve("emb.txt");
        EmbeddingFiles.writeText(embedding, file);
        Path triplets = writeTriplets();

        assertEquals(0, run(new TriadCli(), "rsm", file.toString(), "--items", items.toString(),
                "--threads", "2", "--out", dir.resolve("cp.csv").toString()), err.toString());
        assertEquals(0, run(new TriadCli(), "rsm", "-k", "empirical", triplets.toString(),
                "--items", items.toString(), "--out", dir.resolve("emp.npy").toString()),
                err.toString());

        Rsm choice = RsmFiles.read(dir.resolve("cp.csv"), RsmKind.COSINE);
        assertEquals(RsmKind.CHOICE_PROBABILITY, choice.kind());
        assertArrayEquals(Rsms.choiceProbability(embedding, ProgressListener.NONE,
                CancellationToken.none()).toArray(), choice.toArray());
        Rsm empirical = RsmFiles.read(dir.resolve("emp.npy"), RsmKind.EMPIRICAL);
        assertEquals(ids(), empirical.itemIds());
        assertTrue(out.toString().contains("choice probability RSM of 20 items × 4 dims in "),
                out.toString());
        assertTrue(out.toString().contains("empirical RSM of 20 items from 300 judgements"),
                out.toString());
        assertTrue(out.toString().contains("emp.items.txt"), out.toString());
    }

    @Test
    void rsmNamesAnEmptyInputFileNameAndWritesNothing() {
        CommandLine cli = TriadCli.commandLine();
        cli.setErr(new PrintWriter(err, true));
        Path target = dir.resolve("x.csv");

        assertEquals(2, cli.execute("rsm", "", "--out", target.toString()));

        assertTrue(err.toString().contains("INPUT: an empty file name"), err.toString());
        assertFalse(Files.exists(target));
    }

    @Test
    void compareReportsStatisticsPairsAndTheItemSetWarning() throws Exception {
        Rsm rsm = Rsms.cosine(embedding());
        RsmFiles.write(rsm, dir.resolve("a.csv"));
        List<String> fewer = new ArrayList<>(ids().subList(1, N));
        Collections.reverse(fewer);
        double[] noisy = Rsms.aligned(rsm, fewer).toArray();
        noisy[1] = Double.NaN;
        noisy[N - 1] = Double.NaN;
        RsmFiles.write(new Rsm(RsmKind.EMPIRICAL, fewer, noisy), dir.resolve("b.npy"));

        int status = run(new TriadCli(), "compare", dir.resolve("a.csv").toString(),
                dir.resolve("b.npy").toString(), "--bootstrap", "30", "--method", "all");

        assertEquals(0, status, err.toString());
        String printed = out.toString();
        assertTrue(printed.contains("shared items 19 of 20 and 19; pairs used 170, skipped 1"),
                printed);
        assertTrue(printed.contains("Pearson r     1.000000   95 % CI [1.000000, 1.000000]"),
                printed);
        assertTrue(printed.contains("Kendall τ-a"), printed);
        assertTrue(printed.contains("warning: item sets differ: compared on 19 shared items; "
                + "1 only in the first RSM (o0)"), printed);
    }

    @Test
    void rsmReadsStoredEmbeddingsAndPoolsStoredSets() throws Exception {
        Path project = dir.resolve("p.triad");
        Embedding embedding = embedding();
        try (ProjectStore store = ProjectStore.open(project)) {
            store.setItems(itemSet());
            store.addJudgements("human-a", "", judgements(150, 1));
            store.addJudgements("human-b", "", judgements(150, 2));
            store.saveEmbedding("planted", "reference", embedding, "{}", List.of());
        }

        assertEquals(0, run(new TriadCli(), "rsm", "--project", project.toString(), "-k", "dot",
                "--embedding", "planted", "-o", dir.resolve("dot.npy").toString()),
                err.toString());
        assertEquals(0, run(new TriadCli(), "rsm", "--project", project.toString(), "-k",
                "empirical", "--set", "human-a", "--set", "human-b", "-o",
                dir.resolve("emp.csv").toString()), err.toString());

        assertArrayEquals(Rsms.dotProduct(embedding).toArray(),
                RsmFiles.read(dir.resolve("dot.npy"), RsmKind.DOT_PRODUCT).toArray());
        JudgementSet pooled = JudgementSet.of("all", N, judgementsBoth());
        assertArrayEquals(Rsms.empirical(pooled, ids()).toArray(),
                RsmFiles.read(dir.resolve("emp.csv"), RsmKind.COSINE).toArray());
        assertEquals(2, run(new TriadCli(), "rsm", "--project", project.toString(),
                "--embedding", "missing", "-o", dir.resolve("x.csv").toString()));
    }

    @Test
    void benchmarkPrintsEachRunWithMinAndMedian() throws Exception {
        Path file = dir.resolve("emb.npy");
        EmbeddingFiles.writeNpy(embedding(), file);

        int status = run(new BenchRsmCommand(), "--embedding", file.toString(), "--items",
                writeItems().toString(), "--runs", "3", "--threads", "1");

        assertEquals(0, status, err.toString());
        String printed = out.toString();
        assertTrue(printed.contains("20 items × 4 dims, 1 threads"), printed);
        assertTrue(printed.matches("(?s).*warm-up +\\d+\\.\\d{3} s.*run 3 +\\d+\\.\\d{3} s\\R"
                + "min \\d+\\.\\d{3} s  median \\d+\\.\\d{3} s\\R"), printed);
    }

    private static List<String> ids() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            ids.add("o" + i);
        }
        return ids;
    }

    private static ItemSet itemSet() {
        return new ItemSet(ids().stream().map(id -> new Item(id, "w" + id, "", "", List.of()))
                .toList());
    }

    private Path writeItems() throws Exception {
        Path file = dir.resolve("items.tsv");
        StringBuilder text = new StringBuilder("uniqueID\tWord\n");
        ids().forEach(id -> text.append(id).append('\t').append("w").append(id).append('\n'));
        Files.writeString(file, text);
        return file;
    }

    private static Embedding embedding() {
        Random random = new Random(3);
        float[] weights = new float[N * 4];
        for (int e = 0; e < weights.length; e++) {
            weights[e] = random.nextFloat() < 0.3 ? 0 : 2 * random.nextFloat();
        }
        return new Embedding(ids(), 4, weights, List.of());
    }

    private static List<Judgement> judgements(int count, long seed) {
        Random random = new Random(seed);
        List<Judgement> list = new ArrayList<>();
        while (list.size() < count) {
            int a = random.nextInt(N);
            int b = random.nextInt(N);
            int c = random.nextInt(N);
            if (a != b && b != c && a != c) {
                list.add(Judgement.ofSpose(a, b, c, "test"));
            }
        }
        return list;
    }

    private static List<Judgement> judgementsBoth() {
        List<Judgement> all = new ArrayList<>(judgements(150, 1));
        all.addAll(judgements(150, 2));
        return all;
    }

    private Path writeTriplets() throws Exception {
        Path file = dir.resolve("triplets.txt");
        StringBuilder text = new StringBuilder();
        for (Judgement j : judgementsBoth()) {
            text.append(j.keptA()).append(' ').append(j.keptB()).append(' ')
                    .append(j.odd()).append('\n');
        }
        Files.writeString(file, text);
        return file;
    }
}
