package org.triad.collect;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** {@link UniformSampler#checkPerRun}: no more triplets than one run can plan in memory. */
class SampleCountLimitTest {

    @Test
    void countsUpToTheLimitAreAcceptedEvenWithFewItems() {
        assertDoesNotThrow(() -> UniformSampler.checkPerRun(10));
        assertDoesNotThrow(() -> UniformSampler.checkPerRun(UniformSampler.MAX_TRIPLETS_PER_RUN));
    }

    @Test
    void moreThanFitsInOneRunIsRefused() {
        IllegalArgumentException tooMany = assertThrows(IllegalArgumentException.class,
                () -> UniformSampler.checkPerRun(UniformSampler.MAX_TRIPLETS_PER_RUN + 1));
        assertThrows(IllegalArgumentException.class,
                () -> UniformSampler.checkPerRun(Long.MAX_VALUE));

        assertEquals("-n 5000001 is more than the 5,000,000 triplets one run may sample (they"
                + " are planned in memory); split it into runs with different --seed values",
                tooMany.getMessage());
    }
}
