package org.triad.testdata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.triad.model.Embedding;
import org.triad.model.JudgementSet;

/**
 * The reference numbers of {@code src/test/resources/golden/golden.json}, produced by the numpy
 * script {@code golden.py} beside it (a copy of shared/data/golden.*).
 */
public final class Golden {
    private static final JsonNode ROOT = load();

    private Golden() {
    }

    private static JsonNode load() {
        try (InputStream in = Golden.class.getResourceAsStream("/golden/golden.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A scalar. */
    public static double number(String key) {
        return ROOT.get(key).asDouble();
    }

    /** A matrix, row-major; JSON null becomes NaN. */
    public static double[][] matrix(String key) {
        JsonNode rows = ROOT.get(key);
        double[][] out = new double[rows.size()][];
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            out[i] = new double[row.size()];
            for (int j = 0; j < row.size(); j++) {
                out[i][j] = row.get(j).isNull() ? Double.NaN : row.get(j).asDouble();
            }
        }
        return out;
    }

    /** An integer list. */
    public static int[] ints(String key) {
        JsonNode list = ROOT.get(key);
        int[] out = new int[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = list.get(i).asInt();
        }
        return out;
    }

    /** The 5 × 3 matrix W as an embedding with ids "o0".."o4". */
    public static Embedding w() {
        double[][] w = matrix("W");
        float[] flat = new float[w.length * w[0].length];
        for (int i = 0; i < w.length; i++) {
            for (int j = 0; j < w[0].length; j++) {
                flat[i * w[0].length + j] = (float) w[i][j];
            }
        }
        return new Embedding(ids(w.length), w[0].length, flat, List.of());
    }

    /** Item ids "o0".."o(n−1)". */
    public static List<String> ids(int n) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add("o" + i);
        }
        return ids;
    }

    /** Rows [kept, kept, odd] of a golden key as a judgement set over the 5 items. */
    public static JudgementSet judgements(String key) {
        double[][] rows = matrix(key);
        int[] packed = new int[rows.length * 3];
        for (int t = 0; t < rows.length; t++) {
            for (int c = 0; c < 3; c++) {
                packed[3 * t + c] = (int) rows[t][c];
            }
        }
        return new JudgementSet(key, 5, packed);
    }
}
