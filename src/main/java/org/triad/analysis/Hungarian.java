package org.triad.analysis;

import java.util.Arrays;

/**
 * The assignment problem solved exactly by the Hungarian method (Kuhn–Munkres) with row and
 * column potentials, in O(n²·m) for an n × m cost matrix with n ≤ m.
 */
public final class Hungarian {
    private Hungarian() {
    }

    /**
     * The assignment of rows to distinct columns with the smallest total cost.
     *
     * @param cost rows × columns finite costs; rectangular in either direction
     * @return for each row the column assigned to it, or −1 for the rows left over when there
     *     are more rows than columns (every column is then used once)
     * @throws IllegalArgumentException on ragged rows or a NaN or infinite cost
     */
    public static int[] minimumCostAssignment(double[][] cost) {
        int rows = cost.length;
        int columns = rows == 0 ? 0 : cost[0].length;
        for (double[] row : cost) {
            if (row.length != columns) {
                throw new IllegalArgumentException("ragged cost matrix");
            }
            for (double value : row) {
                if (!Double.isFinite(value)) {
                    throw new IllegalArgumentException("cost " + value + " is not finite");
                }
            }
        }
        if (rows <= columns) {
            return solve(cost, rows, columns);
        }
        // The method needs at least as many columns as rows: solve the transpose and invert.
        double[][] transposed = new double[columns][rows];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                transposed[j][i] = cost[i][j];
            }
        }
        int[] columnToRow = solve(transposed, columns, rows);
        int[] rowToColumn = new int[rows];
        Arrays.fill(rowToColumn, -1);
        for (int j = 0; j < columns; j++) {
            rowToColumn[columnToRow[j]] = j;
        }
        return rowToColumn;
    }

    /** Total cost of an assignment from {@link #minimumCostAssignment}. */
    public static double totalCost(double[][] cost, int[] rowToColumn) {
        double total = 0;
        for (int i = 0; i < rowToColumn.length; i++) {
            total += rowToColumn[i] < 0 ? 0 : cost[i][rowToColumn[i]];
        }
        return total;
    }

    /**
     * Adds the rows one at a time; each addition grows a tree of tight edges with Dijkstra-like
     * steps on the reduced costs until it reaches a free column, then flips the path. Arrays are
     * 1-based with column 0 as the virtual root that holds the row being added.
     */
    private static int[] solve(double[][] cost, int rows, int columns) {
        double[] rowPotential = new double[rows + 1];
        double[] columnPotential = new double[columns + 1];
        int[] rowOfColumn = new int[columns + 1];
        int[] previous = new int[columns + 1];
        double[] slack = new double[columns + 1];
        boolean[] visited = new boolean[columns + 1];
        for (int row = 1; row <= rows; row++) {
            rowOfColumn[0] = row;
            int column = 0;
            Arrays.fill(slack, Double.POSITIVE_INFINITY);
            Arrays.fill(visited, false);
            do {
                visited[column] = true;
                int current = rowOfColumn[column];
                double delta = Double.POSITIVE_INFINITY;
                int next = -1;
                for (int j = 1; j <= columns; j++) {
                    if (visited[j]) {
                        continue;
                    }
                    double reduced = cost[current - 1][j - 1] - rowPotential[current]
                            - columnPotential[j];
                    if (reduced < slack[j]) {
                        slack[j] = reduced;
                        previous[j] = column;
                    }
                    if (slack[j] < delta) {
                        delta = slack[j];
                        next = j;
                    }
                }
                for (int j = 0; j <= columns; j++) {
                    if (visited[j]) {
                        rowPotential[rowOfColumn[j]] += delta;
                        columnPotential[j] -= delta;
                    } else {
                        slack[j] -= delta;
                    }
                }
                column = next;
            } while (rowOfColumn[column] != 0);
            do {
                int before = previous[column];
                rowOfColumn[column] = rowOfColumn[before];
                column = before;
            } while (column != 0);
        }
        int[] rowToColumn = new int[rows];
        for (int j = 1; j <= columns; j++) {
            if (rowOfColumn[j] != 0) {
                rowToColumn[rowOfColumn[j] - 1] = j - 1;
            }
        }
        return rowToColumn;
    }
}
