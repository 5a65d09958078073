package org.triad.collect;

import java.util.Locale;
import java.util.SplittableRandom;
import org.triad.model.Triplet;

/** Three distinct items drawn uniformly at random from the pool, independently each time. */
public final class UniformSampler implements TripletSampler {
    /**
     * The most triplets one run may sample: each is planned in memory before the first is
     * asked or answered (in {@code triad collect} 5 million, each in its 3 rotations, fit
     * the default 4 GiB heap of {@code target/triad}).
     */
    public static final long MAX_TRIPLETS_PER_RUN = 5_000_000;

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

    /**
     * Refuses more triplets than one run may plan in memory, {@link #MAX_TRIPLETS_PER_RUN}.
     * Triplets are drawn independently, so a small item set may repeat them: only memory
     * limits the count.
     *
     * @throws IllegalArgumentException with a one-line message naming {@code -n} and the limit
     */
    public static void checkPerRun(long count) {
        if (count > MAX_TRIPLETS_PER_RUN) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "-n %d is more than"
                    + " the %,d triplets one run may sample (they are planned in memory);"
                    + " split it into runs with different --seed values", count,
                    MAX_TRIPLETS_PER_RUN));
        }
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
