package org.triad.collect;

import java.util.SplittableRandom;
import org.triad.model.Triplet;

/** Three distinct items drawn uniformly at random from the pool, independently each time. */
public final class UniformSampler implements TripletSampler {
    private final int[] pool;
    private final SplittableRandom random;

    /**
     * @param pool the item indices that may be shown, at least 3, distinct
     * @param random the seeded source of the draws
     */
    public UniformSampler(int[] pool, SplittableRandom random) {
        this.pool = ItemSubset.checked(pool);
        this.random = random;
    }

    @Override
    public Triplet next() {
        return draw(pool, random);
    }

    @Override
    public void restore(Triplet shown) {
        // Independent draws: nothing shown earlier changes the next one.
    }

    /** Three distinct items of a pool, uniformly. */
    static Triplet draw(int[] pool, SplittableRandom random) {
        int n = pool.length;
        int a = random.nextInt(n);
        int b = random.nextInt(n - 1);
        b += b >= a ? 1 : 0;
        int c = random.nextInt(n - 2);
        int low = Math.min(a, b);
        int high = Math.max(a, b);
        c += c >= low ? 1 : 0;
        c += c >= high ? 1 : 0;
        return new Triplet(pool[a], pool[b], pool[c]);
    }
}
