package org.triad.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Hungarian assignment against brute force over all injective assignments. */
class HungarianTest {

    @ParameterizedTest(name = "{0} × {1}")
    @CsvSource({"1, 1", "2, 2", "3, 3", "4, 4", "5, 5", "6, 6", "7, 7", "3, 5", "2, 6", "5, 3",
        "6, 2", "4, 7"})
    void findsTheCheapestAssignmentOfRandomMatrices(int rows, int columns) {
        SplittableRandom random = new SplittableRandom(31L * rows + columns);
        for (int trial = 0; trial < 40; trial++) {
            double[][] cost = new double[rows][columns];
            for (double[] row : cost) {
                for (int j = 0; j < columns; j++) {
                    // Few distinct values on half the trials, so ties are exercised too.
                    row[j] = trial % 2 == 0 ? random.nextDouble(-1, 1) : random.nextInt(4);
                }
            }
            int[] assignment = Hungarian.minimumCostAssignment(cost);

            assertValid(assignment, rows, columns);
            assertEquals(bruteForce(cost), Hungarian.totalCost(cost, assignment), 1e-9,
                    Arrays.deepToString(cost));
        }
    }

    @Test
    void prefersTheGlobalOptimumOverTheGreedyChoice() {
        // Greedy takes (0, 0) = 1 and is left with (1, 1) = 100; the optimum is 2 + 3.
        double[][] cost = {{1, 2}, {3, 100}};

        assertArrayEquals(new int[] {1, 0}, Hungarian.minimumCostAssignment(cost));
    }

    @Test
    void refusesNaN() {
        assertThrows(IllegalArgumentException.class,
                () -> Hungarian.minimumCostAssignment(new double[][] {{0, Double.NaN}}));
    }

    private static void assertValid(int[] assignment, int rows, int columns) {
        assertEquals(rows, assignment.length);
        boolean[] used = new boolean[columns];
        int assigned = 0;
        for (int column : assignment) {
            if (column >= 0) {
                assertEquals(false, used[column], "column used twice");
                used[column] = true;
                assigned++;
            }
        }
        assertEquals(Math.min(rows, columns), assigned);
    }

    private static double bruteForce(double[][] cost) {
        int rows = cost.length;
        int columns = cost[0].length;
        if (rows > columns) {
            double[][] transposed = new double[columns][rows];
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < columns; j++) {
                    transposed[j][i] = cost[i][j];
                }
            }
            return bruteForce(transposed);
        }
        return best(cost, 0, new boolean[columns]);
    }

    private static double best(double[][] cost, int row, boolean[] used) {
        if (row == cost.length) {
            return 0;
        }
        double best = Double.POSITIVE_INFINITY;
        for (int j = 0; j < used.length; j++) {
            if (!used[j]) {
                used[j] = true;
                best = Math.min(best, cost[row][j] + best(cost, row + 1, used));
                used[j] = false;
            }
        }
        return best;
    }
}
