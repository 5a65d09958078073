package org.triad.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.triad.model.CancellationToken;
import org.triad.model.ProgressListener;
import org.triad.model.Rsm;

class RsmComparisonTest {

    @ParameterizedTest
    @EnumSource(ComparisonMethod.class)
    void shuffledCopyComparesPerfectly(ComparisonMethod method) {
        Rsm rsm = TestRsms.rsm(TestRsms.ids(30), TestRsms.values(30, 0.05, 1));
        Rsm shuffled = TestRsms.permuted(rsm, TestRsms.shuffle(30, 2));

        ComparisonResult result = RsmComparison.compare(rsm, shuffled, method);

        assertEquals(1.0, result.value(), 1e-12);
        assertEquals(30 * 29 / 2, result.pairsUsed());
        assertEquals("", result.warning());
    }

    @Test
    void mismatchedItemSetsUseTheIntersectionAndWarn() {
        Rsm[] pair = TestRsms.correlatedPair(20, 3);
        List<String> renamed = new ArrayList<>(pair[1].itemIds());
        renamed.set(4, "newcomer");
        Rsm second = TestRsms.rsm(renamed, pair[1].toArray());

        ComparisonResult result = RsmComparison.compare(pair[0], second,
                ComparisonMethod.PEARSON);

        assertEquals(19, result.sharedItems());
        assertEquals(19 * 18 / 2, result.pairsUsed());
        assertEquals(List.of("item4"), result.onlyInFirst());
        assertEquals(List.of("newcomer"), result.onlyInSecond());
        assertTrue(result.warning().contains("19 shared items"), result.warning());
        assertFalse(result.itemSetsMatch());
    }

    @Test
    void fewerThanThreeSharedItemsIsRefused() {
        Rsm first = TestRsms.rsm(List.of("a", "b", "c"), TestRsms.values(3, 0, 1));
        Rsm second = TestRsms.rsm(List.of("a", "b", "z"), TestRsms.values(3, 0, 2));

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> RsmComparison.compare(first, second, ComparisonMethod.SPEARMAN));

        assertTrue(error.getMessage().contains("share 2 item ids"), error.getMessage());
    }

    @Test
    void allNanGivesNanWithWarning() {
        double[] values = new double[16];
        Arrays.fill(values, Double.NaN);
        Rsm empty = TestRsms.rsm(TestRsms.ids(4), values);
        Rsm full = TestRsms.rsm(TestRsms.ids(4), TestRsms.values(4, 0, 1));

        ComparisonResult result = RsmComparison.compare(full, empty, ComparisonMethod.PEARSON);

        assertTrue(Double.isNaN(result.value()));
        assertEquals(0, result.pairsUsed());
        assertEquals(6, result.pairsSkipped());
        assertTrue(result.warning().contains("undefined"), result.warning());
    }

    @ParameterizedTest
    @EnumSource(ComparisonMethod.class)
    void bootstrapIsSeededAndContainsTheEstimate(ComparisonMethod method) {
        Rsm[] pair = TestRsms.correlatedPair(40, 5);

        BootstrapInterval interval = RsmComparison.bootstrap(pair[0], pair[1], method, 200,
                0.95, 42, ProgressListener.NONE, CancellationToken.none());
        BootstrapInterval again = RsmComparison.bootstrap(pair[0], pair[1], method, 200,
                0.95, 42, ProgressListener.NONE, CancellationToken.none());

        assertEquals(interval, again);
        assertTrue(interval.contains(interval.estimate()), interval.toString());
        assertTrue(interval.lower() < interval.upper(), interval.toString());
        assertEquals(200, interval.validSamples());
    }

    @ParameterizedTest
    @EnumSource(ComparisonMethod.class)
    void replicateEqualsTheStatisticOfTheResampledMatrix(ComparisonMethod method) {
        int m = 15;
        Rsm[] pair = TestRsms.correlatedPair(m, 9);
        AlignedPairs pairs = AlignedPairs.of(pair[0], pair[1], RsmAlignment.of(pair[0],
                pair[1]));

        double replicate = new ItemBootstrap(pairs, method).run(1, 77, ProgressListener.NONE,
                CancellationToken.none())[0];

        assertEquals(resampledStatistic(pair, method, 77), replicate, 1e-12);
    }

    @Test
    void bootstrapReportsProgressAndStopsWhenCancelled() {
        Rsm[] pair = TestRsms.correlatedPair(10, 1);
        CancellationToken token = new CancellationToken();
        AtomicLong calls = new AtomicLong();
        ProgressListener listener = (done, total, message) -> {
            if (calls.incrementAndGet() == 3) {
                token.cancel();
            }
        };

        BootstrapInterval interval = RsmComparison.bootstrap(pair[0], pair[1],
                ComparisonMethod.SPEARMAN, 100, 0.95, 1, listener, token);

        assertNull(interval);
        assertEquals(3, calls.get());
    }

    @Test
    void bootstrapSkipsNanPairs() {
        Rsm[] pair = TestRsms.correlatedPair(12, 4);
        double[] values = pair[1].toArray();
        values[1] = Double.NaN;
        values[12] = Double.NaN;
        Rsm withGap = TestRsms.rsm(pair[1].itemIds(), values);

        BootstrapInterval interval = RsmComparison.bootstrap(pair[0], withGap,
                ComparisonMethod.PEARSON, 1, ProgressListener.NONE, CancellationToken.none());

        assertNotNull(interval);
        assertFalse(Double.isNaN(interval.lower()));
    }

    @Test
    void fisherZKeepsPerfectCorrelationsFinite() {
        assertEquals(1.0, RsmComparison.fisherZMean(1.0, 1.0), 1e-11);
        assertEquals(0.0, RsmComparison.fisherZMean(1.0, -1.0), 0);
        assertEquals(0.5, RsmComparison.fisherZMean(0.5), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> RsmComparison.fisherZMean());
        assertThrows(IllegalArgumentException.class, () -> RsmComparison.fisherZMean(1.5));
        assertThrows(IllegalArgumentException.class,
                () -> RsmComparison.fisherZMean(Double.NaN));
    }

    /** Builds the resampled pair vectors literally: every position pair a < b, same item out. */
    private static double resampledStatistic(Rsm[] pair, ComparisonMethod method, long seed) {
        int m = pair[0].size();
        SplittableRandom random = new SplittableRandom(seed);
        int[] drawn = new int[m];
        for (int k = 0; k < m; k++) {
            drawn[k] = random.nextInt(m);
        }
        List<double[]> kept = new ArrayList<>();
        for (int a = 0; a < m; a++) {
            for (int b = a + 1; b < m; b++) {
                if (drawn[a] != drawn[b]) {
                    kept.add(new double[] {pair[0].get(drawn[a], drawn[b]),
                        pair[1].get(drawn[a], drawn[b])});
                }
            }
        }
        double[] x = kept.stream().mapToDouble(v -> v[0]).toArray();
        double[] y = kept.stream().mapToDouble(v -> v[1]).toArray();
        return method.apply(x, y);
    }
}
