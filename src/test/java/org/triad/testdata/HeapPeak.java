package org.triad.testdata;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * The peak heap of a stretch of work, for benchmark mains: the sum of the heap pools' peaks
 * since {@link #reset()}, an upper bound of the live heap (the pools peak at different times
 * and the peaks include garbage not yet collected).
 */
public final class HeapPeak {
    private HeapPeak() {
    }

    private static List<MemoryPoolMXBean> pools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
    }

    /** Collects garbage and starts a new measurement. */
    public static void reset() {
        System.gc();
        pools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** MiB of heap at the peak since {@link #reset()}. */
    public static long mib() {
        return pools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() >> 20;
    }
}
