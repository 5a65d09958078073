package org.triad.analysis;

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

    private static double weightedSpearman(double[] x, double[] y, double[] w) {
        double[] ranksX = new double[x.length];
        double[] ranksY = new double[x.length];
        double total = WeightedStatistics.midRanks(PairStatistics.orderBy(x, x), x, w, ranksX);
        WeightedStatistics.midRanks(PairStatistics.orderBy(y, y), y, w, ranksY);
        return WeightedStatistics.rankPearson(ranksX, ranksY, w, (total + 1) / 2);
    }

    private static double weightedKendall(double[] x, double[] y, double[] w) {
        int[] denseY = PairStatistics.denseRanks(y);
        double[] tree = new double[y.length + 1];
        return WeightedStatistics.kendallTauA(PairStatistics.orderBy(x, y), x, denseY, w, tree);
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
