package org.triad.testdata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.triad.model.Embedding;
import org.triad.model.JudgementSet;

/**
 * Tiny test-local readers for the THINGS benchmark files (the store layer owns the real
 * importers): SPoSE triplet text ({@code i j k} per line) and whitespace-separated matrices.
 */
public final class ThingsFiles {
    /** Number of THINGS items. */
    public static final int ITEMS = 1854;

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private ThingsFiles() {
    }

    /**
     * A file of the shared benchmark folder (override with -Dtriad.bench=DIR), else the copy
     * under src/test/resources/bench (only the validation half is copied there).
     */
    public static Path bench(String file) {
        Path shared = Path.of(System.getProperty("triad.bench", "../shared/bench")).resolve(file);
        Path copy = Path.of("src/test/resources/bench").resolve(file);
        return Files.exists(shared) || !Files.exists(copy) ? shared : copy;
    }

    /** A file of the repository's bundled datasets. */
    public static Path dataset(String file) {
        return Path.of("datasets/things").resolve(file);
    }

    /** Reads {@code i j k} lines (extra columns ignored). */
    public static JudgementSet triplets(Path path, int itemCount) throws IOException {
        List<String> lines = Files.readAllLines(path);
        int[] packed = new int[lines.size() * 3];
        int used = 0;
        for (String line : lines) {
            String[] fields = WHITESPACE.split(line.trim());
            if (fields.length < 3) {
                continue;
            }
            for (int c = 0; c < 3; c++) {
                packed[used++] = Integer.parseInt(fields[c]);
            }
        }
        return new JudgementSet(path.getFileName().toString(), itemCount,
                Arrays.copyOf(packed, used));
    }

    /**
     * Reads a whitespace-separated matrix as an embedding with ids "o0".."o(n−1)". The published
     * SPoSE files hold a few tiny negative weights (46 in the 66-d file, down to −5.2e-4; the
     * reference code penalises negatives rather than clamping), which {@link Embedding}
     * rejects; they are clamped to 0 here.
     */
    public static Embedding matrix(Path path) throws IOException {
        List<String> lines = Files.readAllLines(path).stream()
                .filter(line -> !line.isBlank()).toList();
        int dims = WHITESPACE.split(lines.get(0).trim()).length;
        float[] weights = new float[lines.size() * dims];
        for (int i = 0; i < lines.size(); i++) {
            String[] fields = WHITESPACE.split(lines.get(i).trim());
            for (int j = 0; j < dims; j++) {
                weights[i * dims + j] = Math.max(0f, Float.parseFloat(fields[j]));
            }
        }
        return new Embedding(Golden.ids(lines.size()), dims, weights, List.of());
    }
}
