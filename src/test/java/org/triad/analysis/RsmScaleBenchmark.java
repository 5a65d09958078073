package org.triad.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.triad.model.CancellationToken;
import org.triad.model.Embedding;
import org.triad.model.ProgressListener;
import org.triad.model.Rsm;
import org.triad.testdata.HeapPeak;

/**
 * Computes the choice-probability and dot-product RSMs of a seeded random 5,000 × 50
 * embedding and prints the seconds and the peak heap; run with {@code -Xmx1g} as
 * docs/PERFORMANCE.md ("Scale") shows, to check that 5,000 items fit.
 */
public final class RsmScaleBenchmark {
    private RsmScaleBenchmark() {
    }

    /** @param args optional: items (default 5,000), dims (50), threads (all cores) */
    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        int dims = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int threads = args.length > 2 ? Integer.parseInt(args[2])
                : Runtime.getRuntime().availableProcessors();
        SplittableRandom random = new SplittableRandom(5L);
        float[] weights = new float[n * dims];
        for (int k = 0; k < weights.length; k++) {
            // Sparse and small like a trained SPoSE embedding: most weights 0, the rest < 1.
            weights[k] = random.nextDouble() < 0.2 ? (float) random.nextDouble() : 0f;
        }
        List<String> ids = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ids.add("item" + i);
        }
        Embedding embedding = new Embedding(ids, dims, weights, List.of());
        System.out.printf("%,d items × %d dims, %d threads, max heap %d MB%n", n, dims,
                threads, Runtime.getRuntime().maxMemory() >> 20);

        HeapPeak.reset();
        long start = System.nanoTime();
        Rsm rsm = Rsms.dotProduct(embedding);
        System.out.printf("dot product:        %7.1f s, peak heap %d MB, cell (0,1) %.4f%n",
                (System.nanoTime() - start) / 1e9, HeapPeak.mib(), rsm.get(0, 1));
        rsm = null;

        HeapPeak.reset();
        start = System.nanoTime();
        rsm = Rsms.choiceProbability(embedding, threads, ProgressListener.NONE,
                CancellationToken.none());
        System.out.printf("choice probability: %7.1f s, peak heap %d MB, cell (0,1) %.4f%n",
                (System.nanoTime() - start) / 1e9, HeapPeak.mib(), rsm.get(0, 1));
    }
}
