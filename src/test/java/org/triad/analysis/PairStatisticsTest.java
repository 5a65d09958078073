package org.triad.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.apache.commons.math3.stat.ranking.NaNStrategy;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.TiesStrategy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PairStatisticsTest {

    @ParameterizedTest
    @ValueSource(ints = {2, 5, 300})
    void kendallEqualsBruteForceWithTies(int levels) {
        Random random = new Random(levels);
        double[] x = new double[300];
        double[] y = new double[300];
        for (int i = 0; i < x.length; i++) {
            x[i] = random.nextInt(levels);
            y[i] = random.nextInt(levels) + 0.5 * x[i];
        }

        assertEquals(bruteForceTauA(x, y), PairStatistics.kendallTauA(x, y), 1e-15);
    }

    @Test
    void kendallOfIdenticalAndReversedVectors() {
        double[] x = {1, 2, 3, 4};
        double[] reversed = {4, 3, 2, 1};

        assertEquals(1.0, PairStatistics.kendallTauA(x, x), 0);
        assertEquals(-1.0, PairStatistics.kendallTauA(x, reversed), 0);
    }

    @Test
    void averageRanksMatchCommonsMath() {
        double[] values = {3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5};
        NaturalRanking ranking = new NaturalRanking(NaNStrategy.FAILED, TiesStrategy.AVERAGE);

        double[] expected = ranking.rank(values);

        for (int i = 0; i < values.length; i++) {
            assertEquals(expected[i], PairStatistics.averageRanks(values)[i], 0);
        }
    }

    @Test
    void weightedStatisticsEqualRepeatedVectors() {
        Random random = new Random(11);
        int n = 200;
        double[] x = new double[n];
        double[] y = new double[n];
        double[] w = new double[n];
        int total = 0;
        for (int i = 0; i < n; i++) {
            x[i] = random.nextInt(20);
            y[i] = random.nextInt(20) + x[i];
            w[i] = random.nextInt(4);
            total += (int) w[i];
        }
        double[] rx = new double[total];
        double[] ry = new double[total];
        int k = 0;
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < w[i]; c++) {
                rx[k] = x[i];
                ry[k++] = y[i];
            }
        }

        assertEquals(PairStatistics.pearson(rx, ry), WeightedStatistics.pearson(x, y, w), 1e-12);
        assertEquals(PairStatistics.cosine(rx, ry), WeightedStatistics.cosine(x, y, w), 1e-12);
        assertEquals(PairStatistics.spearman(rx, ry), weightedSpearman(x, y, w), 1e-12);
        assertEquals(PairStatistics.kendallTauA(rx, ry), weightedKendall(x, y, w), 1e-12);
    }

    /** Spearman through the sorted-layout kernels, as ItemBootstrap calls them. */
    private static double weightedSpearman(double[] x, double[] y, double[] w) {
        int[] orderX = IndexSort.order(x);
        int[] orderY = IndexSort.order(y);
        double[] ranksX = new double[x.length];
        double[] ranksY = new double[x.length];
        double total = WeightedStatistics.midRanks(WeightedStatistics.runEnds(gather(x, orderX)),
                gather(w, orderX), ranksX);
        WeightedStatistics.midRanks(WeightedStatistics.runEnds(gather(y, orderY)),
                gather(w, orderY), ranksY);
        double[] ranksYByPair = new double[x.length];
        for (int k = 0; k < x.length; k++) {
            ranksYByPair[orderY[k]] = ranksY[k];
        }
        return WeightedStatistics.rankPearson(ranksX, gather(ranksYByPair, orderX),
                gather(w, orderX), (total + 1) / 2);
    }

    private static double weightedKendall(double[] x, double[] y, double[] w) {
        int[] orderX = IndexSort.order(x);
        int[] denseY = PairStatistics.denseRanks(y);
        int[] denseYByX = new int[x.length];
        for (int k = 0; k < x.length; k++) {
            denseYByX[k] = denseY[orderX[k]];
        }
        double[] tree = new double[y.length + 1];
        return WeightedStatistics.kendallTauA(WeightedStatistics.runEnds(gather(x, orderX)),
                denseYByX, gather(w, orderX), tree);
    }

    private static double[] gather(double[] values, int[] order) {
        double[] out = new double[order.length];
        for (int k = 0; k < order.length; k++) {
            out[k] = values[order[k]];
        }
        return out;
    }

    @Test
    void indexSortIsStableAndOrdersByTwoKeys() {
        double[] primary = {2, 1, 2, 1, 0};
        double[] secondary = {5, 9, 4, 9, 7};

        assertArrayEquals(new int[] {4, 1, 3, 0, 2}, IndexSort.order(primary));
        assertArrayEquals(new int[] {4, 1, 3, 2, 0}, IndexSort.orderBy(primary, secondary));
    }

    static double bruteForceTauA(double[] x, double[] y) {
        long sum = 0;
        for (int i = 0; i < x.length; i++) {
            for (int j = i + 1; j < x.length; j++) {
                sum += (long) (Math.signum(x[i] - x[j]) * Math.signum(y[i] - y[j]));
            }
        }
        return sum / (x.length * (x.length - 1) / 2.0);
    }
}
