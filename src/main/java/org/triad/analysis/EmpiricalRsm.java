package org.triad.analysis;

import org.triad.model.Rsm;

/**
 * An empirical RSM with the counts it was computed from, so that a read-out can say how much
 * data stands behind a cell: a share of 1.0 from one co-occurrence means less than 0.9 from
 * forty.
 *
 * @param rsm the n_items × n_items RSM of kind EMPIRICAL; NaN where a pair was never shown
 * @param shown row-major n × n: how many judgements showed i and j together (0 on the
 *        diagonal)
 * @param kept row-major n × n: how many of those kept i and j together (0 on the diagonal)
 */
public record EmpiricalRsm(Rsm rsm, int[] shown, int[] kept) {

    /** Checks the shapes; the arrays are not copied, so callers must not change them. */
    public EmpiricalRsm {
        long cells = (long) rsm.size() * rsm.size();
        if (shown.length != cells || kept.length != cells) {
            throw new IllegalArgumentException("counts hold " + shown.length + " and "
                    + kept.length + " cells, not " + cells);
        }
    }

    /** Number of judgements that showed items i and j together (symmetric; 0 for i = j). */
    public int shownTogether(int i, int j) {
        return shown[i * rsm.size() + j];
    }

    /** Number of judgements that kept items i and j together (symmetric; 0 for i = j). */
    public int keptTogether(int i, int j) {
        return kept[i * rsm.size() + j];
    }

    /** Number of off-diagonal pairs i &lt; j shown together at least once. */
    public long pairsWithData() {
        int n = rsm.size();
        long pairs = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (shown[i * n + j] > 0) {
                    pairs++;
                }
            }
        }
        return pairs;
    }
}
