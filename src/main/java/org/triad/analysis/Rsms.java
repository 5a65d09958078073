package org.triad.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.triad.model.CancellationToken;
import org.triad.model.Embedding;
import org.triad.model.JudgementSet;
import org.triad.model.ProgressListener;
import org.triad.model.Rsm;
import org.triad.model.RsmKind;

/** Builds RSMs from embeddings and judgements (DESIGN.md §4). */
public final class Rsms {
    private static final Logger LOG = LoggerFactory.getLogger(Rsms.class);

    private Rsms() {
    }

    /**
     * The SPoSE choice-probability RSM (Hebart et al. 2020): with S = X Xᵀ,
     * RSM_ij = (1/(n−2))·Σ_{k≠i,j} e^{S_ij} / (e^{S_ij} + e^{S_ik} + e^{S_jk}), diagonal 1.
     * O(n³); runs on one thread per core, reporting progress in (i &lt; j) cells on the
     * calling thread and checking the token about a hundred times per run.
     *
     * @param embedding n_items × n_dims weights
     * @return an n_items × n_items RSM of kind {@link RsmKind#CHOICE_PROBABILITY} with values in
     *     (0, 1), or null if cancelled
     */
    public static Rsm choiceProbability(Embedding embedding, ProgressListener listener,
            CancellationToken token) {
        return choiceProbability(embedding, Runtime.getRuntime().availableProcessors(), listener,
                token);
    }

    /**
     * {@link #choiceProbability(Embedding, ProgressListener, CancellationToken)} on a given
     * number of threads; the values do not depend on it.
     *
     * @param threads pool threads, ≥ 1
     */
    public static Rsm choiceProbability(Embedding embedding, int threads,
            ProgressListener listener, CancellationToken token) {
        long start = System.nanoTime();
        double[] values = new ChoiceProbabilityKernel(Gram.rows(embedding))
                .compute(threads, listener, token);
        if (values == null) {
            LOG.info("Choice-probability RSM of {} items cancelled", embedding.itemCount());
            return null;
        }
        LOG.info("Choice-probability RSM of {} items × {} dims in {} s on {} threads",
                embedding.itemCount(), embedding.dims(),
                String.format("%.2f", (System.nanoTime() - start) * 1e-9), threads);
        return new Rsm(RsmKind.CHOICE_PROBABILITY, embedding.itemIds(), values);
    }

    /**
     * Dot products of rows, S = X Xᵀ.
     *
     * @return an n_items × n_items RSM of kind {@link RsmKind#DOT_PRODUCT}
     */
    public static Rsm dotProduct(Embedding embedding) {
        double[][] s = Gram.rows(embedding);
        int n = s.length;
        double[] values = new double[n * n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(s[i], 0, values, i * n, n);
        }
        return new Rsm(RsmKind.DOT_PRODUCT, embedding.itemIds(), values);
    }

    /**
     * Cosines of rows, S_ij / √(S_ii·S_jj); diagonal 1. An all-zero row (an item no dimension
     * loads on) has no direction, so its off-diagonal cells are NaN ("no data"), not 0: a 0
     * would claim that the item is unlike everything. Comparisons skip NaN pairs and count
     * them; heatmaps draw them as no data.
     *
     * @return an n_items × n_items RSM of kind {@link RsmKind#COSINE}
     */
    public static Rsm cosine(Embedding embedding) {
        double[][] s = Gram.rows(embedding);
        int n = s.length;
        double[] values = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                values[i * n + j] = i == j ? 1.0 : s[i][j] / Math.sqrt(s[i][i] * s[j][j]);
            }
        }
        return new Rsm(RsmKind.COSINE, embedding.itemIds(), values);
    }

    /**
     * Empirical RSM (Du et al. 2025): the number of judgements that kept i and j together over
     * the number of judgements that showed i and j together; NaN for pairs never shown
     * together, diagonal 1.
     *
     * @param judgements judgements indexing {@code itemIds}
     * @param itemIds ids of the n_items rows
     * @return an n_items × n_items RSM of kind {@link RsmKind#EMPIRICAL}
     */
    public static Rsm empirical(JudgementSet judgements, List<String> itemIds) {
        return empiricalCounts(List.of(judgements), itemIds).rsm();
    }

    /**
     * The empirical RSM of several judgement sets pooled (e.g. the two halves of the THINGS
     * human data), with the co-occurrence counts behind every cell.
     *
     * @param sets judgement sets, each indexing {@code itemIds}
     * @param itemIds ids of the n_items rows
     * @return the RSM of kind {@link RsmKind#EMPIRICAL} (NaN where never shown, diagonal 1)
     *     and its shown/kept counts
     * @throws IllegalArgumentException when a set indexes a different number of items
     */
    public static EmpiricalRsm empiricalCounts(List<JudgementSet> sets, List<String> itemIds) {
        int n = itemIds.size();
        int[] kept = new int[n * n];
        int[] shown = new int[n * n];
        for (JudgementSet judgements : sets) {
            if (judgements.itemCount() != n) {
                throw new IllegalArgumentException("judgement set '" + judgements.name()
                        + "' indexes " + judgements.itemCount() + " items, not " + n);
            }
            for (int t = 0; t < judgements.size(); t++) {
                int a = judgements.keptA(t);
                int b = judgements.keptB(t);
                int c = judgements.odd(t);
                countPair(kept, n, a, b);
                countPair(shown, n, a, b);
                countPair(shown, n, a, c);
                countPair(shown, n, b, c);
            }
        }
        double[] values = new double[n * n];
        for (int cell = 0; cell < values.length; cell++) {
            values[cell] = shown[cell] == 0 ? Double.NaN : (double) kept[cell] / shown[cell];
        }
        for (int i = 0; i < n; i++) {
            values[i * n + i] = 1.0;
        }
        return new EmpiricalRsm(new Rsm(RsmKind.EMPIRICAL, itemIds, values), shown, kept);
    }

    /**
     * The same RSM over other rows, matched by item id: row p of the result is the row of
     * {@code itemIds.get(p)}. Ids the RSM lacks get NaN rows and columns (diagonal included),
     * so that two RSMs over different item sets can be drawn in one ordering.
     *
     * @param rsm any RSM
     * @param itemIds the rows wanted, without repeats
     * @return an RSM of the same kind over {@code itemIds}
     */
    public static Rsm aligned(Rsm rsm, List<String> itemIds) {
        if (rsm.itemIds().equals(itemIds)) {
            return rsm;
        }
        Map<String, Integer> rows = new HashMap<>();
        for (int r = 0; r < rsm.size(); r++) {
            rows.put(rsm.itemIds().get(r), r);
        }
        int n = itemIds.size();
        int[] source = new int[n];
        for (int p = 0; p < n; p++) {
            source[p] = rows.getOrDefault(itemIds.get(p), -1);
        }
        double[] values = new double[n * n];
        for (int p = 0; p < n; p++) {
            for (int q = 0; q < n; q++) {
                values[p * n + q] = source[p] < 0 || source[q] < 0 ? Double.NaN
                        : rsm.get(source[p], source[q]);
            }
        }
        return new Rsm(rsm.kind(), itemIds, values);
    }

    private static void countPair(int[] counts, int n, int a, int b) {
        counts[a * n + b]++;
        counts[b * n + a]++;
    }
}
