package org.triad.collect;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.triad.model.Embedding;
import org.triad.model.Triplet;
import org.triad.store.EmbeddingFiles;

/** Active sampling asks what the published 66-d THINGS model is least sure of. */
class ActiveSamplerTest {
    private static final Logger LOG = LoggerFactory.getLogger(ActiveSamplerTest.class);
    private static final Path EMBEDDING =
            Path.of("datasets/things/reference/spose_embedding_66d_sorted.txt");
    private static final int TRIPLETS = 300;

    @Test
    void activeTripletsHaveHigherModelEntropyThanUniformOnes() throws Exception {
        Embedding x = EmbeddingFiles.read(EMBEDDING,
                IntStream.range(0, 1_854).mapToObj(i -> "o" + i).toList());
        int[] all = IntStream.range(0, x.itemCount()).toArray();
        double active = meanEntropy(x, new ActiveSampler(all, x, ActiveSampler.DEFAULT_POOL,
                new SplittableRandom(1)));
        double uniform = meanEntropy(x, new UniformSampler(all, new SplittableRandom(1)));
        LOG.info("Mean entropy of the 66-d model's choice probabilities over {} triplets:"
                + " active {} nats, uniform {} nats (maximum ln 3 = {})", TRIPLETS,
                String.format("%.4f", active), String.format("%.4f", uniform),
                String.format("%.4f", Math.log(3)));
        assertTrue(active > uniform, active + " ≤ " + uniform);
        assertTrue(active <= Math.log(3) + 1e-9, "entropy above ln 3: " + active);
    }

    private static double meanEntropy(Embedding x, TripletSampler sampler) {
        int[] packed = new int[3 * TRIPLETS];
        for (int t = 0; t < TRIPLETS; t++) {
            Triplet triplet = sampler.next();
            packed[3 * t] = triplet.a();
            packed[3 * t + 1] = triplet.b();
            packed[3 * t + 2] = triplet.c();
        }
        return IntStream.range(0, TRIPLETS).mapToDouble(t -> ActiveSampler.entropies(x,
                new int[] {packed[3 * t], packed[3 * t + 1], packed[3 * t + 2]})[0])
                .average().orElseThrow();
    }
}
