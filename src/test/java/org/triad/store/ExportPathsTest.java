package org.triad.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triad.model.Embedding;
import org.triad.model.FeatureMatrix;
import org.triad.model.Rsm;
import org.triad.model.RsmKind;

/**
 * Exports write where the user asked and nowhere else: the chosen file (and an RSM's id
 * sidecar beside it), whatever the folder's name, and item ids that look like paths stay text.
 */
class ExportPathsTest {
    /** Ids a hostile or careless item file might hold; they must never become paths. */
    private static final List<String> IDS = List.of("../../escaped", "/etc/passwd", "a,b");

    @TempDir
    Path root;

    @Test
    void eachExportWritesOnlyTheChosenFiles() throws Exception {
        Path chosen = Files.createDirectories(root.resolve("my results ü/run 1"));
        Embedding embedding = new Embedding(IDS, 2, new float[] {1, 0, 0.5f, 2, 0, 3},
                List.of());
        Rsm rsm = new Rsm(RsmKind.DOT_PRODUCT, IDS,
                new double[] {1, 2, 3, 2, 1, 4, 3, 4, 1});

        EmbeddingFiles.writeNpy(embedding, chosen.resolve("w.npy"));
        EmbeddingFiles.writeText(embedding, chosen.resolve("w.txt"));
        EmbeddingFiles.writeNpy(new FeatureMatrix(3, 2, embedding.toArray()),
                chosen.resolve("features.npy"));
        RsmFiles.write(rsm, chosen.resolve("../run 1/rsm.npy"));
        RsmFiles.write(rsm, chosen.resolve("rsm.csv"));

        assertEquals(Set.of("my results ü", "my results ü/run 1",
                "my results ü/run 1/w.npy", "my results ü/run 1/w.txt",
                "my results ü/run 1/features.npy", "my results ü/run 1/rsm.npy",
                "my results ü/run 1/rsm.items.txt", "my results ü/run 1/rsm.csv"), tree());
        assertArrayEquals(embedding.toArray(),
                EmbeddingFiles.read(chosen.resolve("w.npy"), IDS).toArray());
        assertEquals(IDS, Files.readAllLines(chosen.resolve("rsm.items.txt")));
    }

    private Set<String> tree() throws Exception {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(p -> !p.equals(root))
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
