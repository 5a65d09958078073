package org.triad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triad.model.JudgementSet;
import org.triad.store.ProjectStore;

/**
 * {@code triad vectors} on four items in two planted pairs (0,1) and (2,3): the most similar
 * pair is kept, answers go to a triplet file or a project set, bad input is refused.
 */
class VectorsCommandTest {
    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Path items;
    private Path features;

    @BeforeEach
    void write() throws IOException {
        items = Files.write(dir.resolve("items.txt"), List.of("cat", "dog", "car", "bus"));
        features = Files.write(dir.resolve("toy.txt"), List.of("1 0", "0.9 0.1", "0 1",
                "0.1 0.9"));
    }

    private int run(String... args) {
        return CliRun.run(out, err, args);
    }

    @Test
    void theMostSimilarPairIsKeptAndTheAgreementPrinted() throws Exception {
        // People: 2 is odd in (0,1,2) as the vectors say; 0 is odd in (1,2,3), where the
        // vectors keep (2,3) and call 1 odd.
        Path people = Files.write(dir.resolve("people.txt"), List.of("0 1 2", "2 3 0",
                "2 3 1"));
        Path answers = dir.resolve("answers.txt");
        Path project = dir.resolve("p.triad");

        int status = run("vectors", features.toString(), "--items", items.toString(),
                "--triplets", people.toString(), "--out", answers.toString(), "--project",
                project.toString(), "--set", "toy vectors");

        assertEquals(0, status, err.toString());
        assertEquals(List.of("0 1 2", "2 3 0", "2 3 1"), Files.readAllLines(answers));
        String printed = out.toString();
        assertTrue(printed.contains("3 triplets answered by vectors:toy/dot/T=0.0"), printed);
        assertTrue(printed.contains("agreement with " + people + ": 100.0 % on 3 shared"),
                printed);
        try (ProjectStore store = ProjectStore.open(project)) {
            JudgementSet stored = store.judgementSet("toy vectors");
            assertEquals(3, stored.size());
            assertEquals(1, stored.odd(2));
        }
        assertEquals(2, run("vectors", features.toString(), "--items", items.toString(),
                "-n", "5", "--project", project.toString(), "--set", "toy vectors"));
        assertTrue(err.toString().contains("already has a judgement set named 'toy vectors'"),
                err.toString());
    }

    @Test
    void badInputIsRefusedWithItsReason() throws Exception {
        Path short3 = Files.write(dir.resolve("three.txt"), List.of("1 0", "0 1", "1 1"));
        assertEquals(2, run("vectors", short3.toString(), "--items", items.toString(), "-n",
                "4"));
        assertTrue(err.toString().contains("has 3 rows, but the item file has 4 items"),
                err.toString());
        assertEquals(2, run("vectors", features.toString(), "--items", items.toString()));
        assertTrue(err.toString().contains("give either --triplets FILE or -n N"));
        assertEquals(2, run("vectors", features.toString(), "--items", items.toString(), "-n",
                "4", "--rule", "manhattan"));
        assertTrue(err.toString().contains("--rule must be dot or cosine, not 'manhattan'"));
        Path broken = Files.write(dir.resolve("broken.txt"), List.of("0 1 2", "0 1 9"));
        assertEquals(2, run("vectors", features.toString(), "--items", items.toString(),
                "--triplets", broken.toString()));
        assertTrue(err.toString().contains("broken.txt:2: item index 9 is out of range"),
                err.toString());
    }

    @Test
    void aTemperatureSamplesReproduciblyFromTheSeed() throws Exception {
        Path first = dir.resolve("a.txt");
        Path second = dir.resolve("b.txt");
        String[] common = {"vectors", features.toString(), "--items", items.toString(), "-n",
            "200", "--temperature", "0.5", "--seed", "7"};
        assertEquals(0, run(concat(common, "--out", first.toString())), err.toString());
        assertEquals(0, run(concat(common, "--out", second.toString())), err.toString());
        assertEquals(Files.readAllLines(first), Files.readAllLines(second));
        assertEquals(200, Files.readAllLines(first).size());
    }

    private static String[] concat(String[] head, String... tail) {
        String[] all = java.util.Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }
}
