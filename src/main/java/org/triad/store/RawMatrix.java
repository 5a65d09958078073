package org.triad.store;

/**
 * A matrix as read from a file, before its values are checked.
 *
 * @param rows number of rows
 * @param dims number of columns
 * @param values row-major rows × dims values
 * @param lineOfRow the 1-based file line of each row for text files, null for binary files
 */
record RawMatrix(int rows, int dims, float[] values, long[] lineOfRow) {
}
