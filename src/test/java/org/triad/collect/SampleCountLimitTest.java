package org.triad.collect;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** {@link UniformSampler#checkCount}: no more triplets than exist, nor than fit in a run. */
class SampleCountLimitTest {

    @Test
    void countsUpToTheDistinctTripletsAreAccepted() {
        assertDoesNotThrow(() -> UniformSampler.checkCount(4, 4));
        assertDoesNotThrow(() -> UniformSampler.checkCount(4060, 30));
        assertDoesNotThrow(() -> UniformSampler.checkCount(UniformSampler.MAX_TRIPLETS_PER_RUN,
                1854));
    }

    @Test
    void moreThanTheDistinctTripletsIsRefused() {
        IllegalArgumentException small = assertThrows(IllegalArgumentException.class,
                () -> UniformSampler.checkCount(5, 4));
        IllegalArgumentException things = assertThrows(IllegalArgumentException.class,
                () -> UniformSampler.checkCount(2_000_000_000L, 1854));

        assertEquals("-n 5 is more than the 4 distinct triplets of 4 items", small.getMessage());
        assertEquals("-n 2000000000 is more than the 1,060,412,604 distinct triplets of 1854"
                + " items", things.getMessage());
    }

    @Test
    void moreThanFitsInOneRunIsRefused() {
        IllegalArgumentException tooMany = assertThrows(IllegalArgumentException.class,
                () -> UniformSampler.checkCount(UniformSampler.MAX_TRIPLETS_PER_RUN + 1, 1854));
        assertThrows(IllegalArgumentException.class,
                () -> UniformSampler.checkCount(Long.MAX_VALUE, Integer.MAX_VALUE));

        assertEquals("-n 5000001 is more than the 5,000,000 triplets one run may sample (they"
                + " are planned in memory); split it into runs with different --seed values",
                tooMany.getMessage());
    }
}
