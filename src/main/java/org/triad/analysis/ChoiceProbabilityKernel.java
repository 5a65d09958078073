package org.triad.analysis;

import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.triad.model.CancellationToken;
import org.triad.model.ProgressListener;

/**
 * The O(n³) part of the choice-probability RSM (DESIGN.md §4): from E = exp(S − c),
 * RSM_ij = mean over k ≠ i, j of E_ij / (E_ij + E_ik + E_jk), diagonal 1. The ratio does not
 * change under a common shift c of S; c = max(0, max S − 700) keeps every E finite.
 *
 * <p>Only i &lt; j is computed. For a fixed i the sum runs over k outside and j inside, so the
 * inner loop is an element-wise update of a row accumulator over j (E_ik a scalar, E_jk = E_kj
 * row k) that C2 vectorises, with no reduction. Rows are handed out in blocks of pairs
 * (i, n−1−i), which cost the same, to a pool; each (i, j) is summed by one thread in a fixed
 * order, so the result does not depend on the thread count.
 */
final class ChoiceProbabilityKernel {
    /** Row pairs per block: about 2 % of the work of 1,854 items per block. */
    private static final int PAIRS_PER_BLOCK = 16;
    private static final double MAX_EXPONENT = 700;

    private final double[][] e;
    private final double[] out;
    private final int n;

    /** @param s the n × n gram matrix S = X Xᵀ, row arrays; consumed (turned into E) */
    ChoiceProbabilityKernel(double[][] s) {
        this.n = s.length;
        double max = Double.NEGATIVE_INFINITY;
        for (double[] row : s) {
            for (double value : row) {
                max = Math.max(max, value);
            }
        }
        double shift = Math.max(0, max - MAX_EXPONENT);
        Arrays.stream(s).parallel().forEach(row -> {
            for (int j = 0; j < row.length; j++) {
                row[j] = Math.exp(row[j] - shift);
            }
        });
        this.e = s;
        this.out = new double[n * n];
    }

    /**
     * Computes the matrix on {@code threads} pool threads; progress and cancellation are
     * handled on the calling thread, once per block.
     *
     * @return row-major n × n values, or null when cancelled
     */
    double[] compute(int threads, ProgressListener listener, CancellationToken token) {
        int pairs = (n + 1) / 2;
        int blocks = (pairs + PAIRS_PER_BLOCK - 1) / PAIRS_PER_BLOCK;
        long total = (long) n * (n - 1) / 2;
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), task -> {
            Thread thread = new Thread(task, "triad-rsm-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            ExecutorCompletionService<Long> done = new ExecutorCompletionService<>(pool);
            for (int block = 0; block < blocks; block++) {
                int first = block * PAIRS_PER_BLOCK;
                int last = Math.min(pairs, first + PAIRS_PER_BLOCK);
                done.submit(() -> token.isCancelled() ? 0L : pairBlock(first, last));
            }
            long finished = 0;
            for (int block = 0; block < blocks; block++) {
                finished += await(done.take());
                if (token.isCancelled()) {
                    return null;
                }
                listener.progress(finished, total, "choice-probability RSM");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } finally {
            pool.shutdownNow();
        }
        for (int i = 0; i < n; i++) {
            out[i * n + i] = 1.0;
        }
        return out;
    }

    private static long await(Future<Long> future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("choice-probability RSM failed", e.getCause());
        }
    }

    /**
     * Rows [first, last) and their mirrors [n−last, n−first); returns the (i, j &gt; i) cells
     * done.
     */
    private long pairBlock(int first, int last) {
        double[][] acc = new double[PAIRS_PER_BLOCK][n];
        long cells = rowGroup(first, last, acc);
        int mirrorFirst = Math.max(last, n - last);
        return cells + rowGroup(mirrorFirst, n - first, acc);
    }

    /**
     * Fills RSM_ij and RSM_ji for the rows i in [lo, hi) and all j &gt; i. The rows are done
     * together so that each row k of E is read from memory once per group rather than once
     * per row: E is too large for the caches (27 MB for 1,854 items).
     */
    private long rowGroup(int lo, int hi, double[][] acc) {
        long cells = 0;
        for (int i = lo; i < hi; i++) {
            Arrays.fill(acc[i - lo], i + 1, n, 0.0);
            cells += n - 1 - i;
        }
        for (int k = 0; k < n; k++) {
            double[] ek = e[k];
            for (int i = lo; i < hi; i++) {
                int from = i + 1;
                if (k == i || from >= n) {
                    continue;
                }
                double[] ei = e[i];
                if (k < from) {
                    accumulate(acc[i - lo], ei, ek, ei[k], from, n);
                } else {
                    accumulate(acc[i - lo], ei, ek, ei[k], from, k);
                    accumulate(acc[i - lo], ei, ek, ei[k], k + 1, n);
                }
            }
        }
        double scale = 1.0 / (n - 2);
        for (int i = lo; i < hi; i++) {
            for (int j = i + 1; j < n; j++) {
                double value = acc[i - lo][j] * scale;
                out[i * n + j] = value;
                out[j * n + i] = value;
            }
        }
        return cells;
    }

    /** acc_j += E_ij / (E_ij + E_ik + E_kj) for j in [from, to). */
    private static void accumulate(double[] acc, double[] ei, double[] ek, double eik, int from,
            int to) {
        for (int j = from; j < to; j++) {
            double eij = ei[j];
            acc[j] += eij / (eij + eik + ek[j]);
        }
    }
}
