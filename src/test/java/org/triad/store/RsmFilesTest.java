package org.triad.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triad.model.Rsm;
import org.triad.model.RsmKind;

/** RSM CSV and .npy files: exact round trips with ids, NaN and awkward ids; bad files. */
class RsmFilesTest {
    private static final List<String> IDS = List.of("ant", "shell2", "a,b", "say \"hi\"");
    private static final Rsm RSM = new Rsm(RsmKind.EMPIRICAL, IDS, new double[] {
        1, 0.1, Double.NaN, 1e-300,
        0.1, 1, 2.0 / 3, 0.25,
        Double.NaN, 2.0 / 3, 1, -0.5,
        1e-300, 0.25, -0.5, 1,
    });

    @TempDir
    Path dir;

    @Test
    void csvRoundTripIsExactAndNamesTheKind() throws Exception {
        Path file = dir.resolve("rsm.csv");
        RsmFiles.write(RSM, file);

        Rsm back = RsmFiles.read(file, RsmKind.COSINE);

        assertEquals(RsmKind.EMPIRICAL, back.kind());
        assertEquals(IDS, back.itemIds());
        assertArrayEquals(RSM.toArray(), back.toArray());
        String header = Files.readAllLines(file).get(0);
        assertEquals("empirical,ant,shell2,\"a,b\",\"say \"\"hi\"\"\"", header);
        assertTrue(Files.readAllLines(file).get(1).startsWith("ant,1.0,0.1,nan,1.0E-300"));
        assertTrue(RsmFiles.isRsmFile(file));
    }

    @Test
    void npyRoundTripIsExactWithItsSidecar() throws Exception {
        Path file = dir.resolve("model.rsm.npy");
        RsmFiles.write(RSM, file);

        Rsm back = RsmFiles.read(file, RsmKind.DOT_PRODUCT);

        assertEquals(dir.resolve("model.rsm.items.txt"), RsmFiles.itemsFile(file));
        assertEquals(IDS, Files.readAllLines(RsmFiles.itemsFile(file), StandardCharsets.UTF_8));
        assertEquals(RsmKind.DOT_PRODUCT, back.kind());
        assertEquals(IDS, back.itemIds());
        assertArrayEquals(RSM.toArray(), back.toArray());
        assertEquals(0, Files.size(file) % 8);
        assertTrue(RsmFiles.isRsmFile(file));
    }

    @Test
    void badFilesAreRejectedWithTheReason() throws Exception {
        Path npy = dir.resolve("lonely.npy");
        RsmFiles.writeNpy(RSM, npy);
        Files.delete(RsmFiles.itemsFile(npy));
        assertFalse(RsmFiles.isRsmFile(npy));
        ImportException noIds = assertThrows(ImportException.class,
                () -> RsmFiles.read(npy, RsmKind.COSINE));
        assertTrue(noIds.getMessage().contains("lonely.items.txt"), noIds.getMessage());

        Path swapped = dir.resolve("swapped.csv");
        Files.writeString(swapped, "cosine,a,b\nb,1,0.5\na,0.5,1\n");
        ImportException order = assertThrows(ImportException.class,
                () -> RsmFiles.read(swapped, RsmKind.COSINE));
        assertEquals(2, order.line());

        Path text = dir.resolve("bad.csv");
        Files.writeString(text, "x,a,b\na,1,zero\nb,0,1\n");
        ImportException value = assertThrows(ImportException.class,
                () -> RsmFiles.read(text, RsmKind.COSINE));
        assertTrue(value.getMessage().contains("'zero' is not a number"), value.getMessage());

        Path embedding = dir.resolve("embedding.csv");
        Files.writeString(embedding, "0.1,0.2\n0.3,0.4\n");
        assertFalse(RsmFiles.isRsmFile(embedding));
    }
}
