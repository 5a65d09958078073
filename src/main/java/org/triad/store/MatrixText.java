package org.triad.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Reads a text matrix: one row per line, values separated by spaces, tabs or commas (SPoSE
 * {@code *_sorted.txt}, numpy {@code savetxt}, CSV). Blank lines are skipped. A first line in
 * which no field is a number is taken as a header and skipped. {@code nan}, {@code inf} and
 * {@code -inf} are read as such so that the value check can name them.
 */
final class MatrixText {
    /** The most values one matrix may hold (the largest Java array, with some headroom). */
    static final int MAX_VALUES = Integer.MAX_VALUE - 8;

    private MatrixText() {
    }

    static RawMatrix read(Path file) throws ImportException {
        float[] values = new float[1 << 16];
        long[] lines = new long[1024];
        int size = 0;
        int rows = 0;
        int dims = -1;
        boolean firstRow = true;
        try (LineReader reader = TextFiles.open(file)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                long number = reader.number();
                checkDelimiter(file, number, line);
                String[] fields = fields(line);
                boolean header = firstRow && fields.length > 0 && isHeader(fields);
                firstRow &= fields.length == 0;
                if (fields.length == 0 || header) {
                    continue;
                }
                if (dims >= 0 && fields.length != dims) {
                    throw new ImportException(file, number, "has " + fields.length
                            + (fields.length == 1 ? " value" : " values")
                            + ", the rows above have " + dims);
                }
                dims = fields.length;
                if ((long) size + dims > values.length) {
                    values = grow(file, number, values, (long) size + dims);
                }
                parseRow(file, number, fields, values, size);
                size += dims;
                lines = rows == lines.length ? Arrays.copyOf(lines, 2 * rows) : lines;
                lines[rows++] = number;
            }
        } catch (IOException e) {
            throw TextFiles.unreadable(file, e);
        }
        if (rows == 0) {
            throw new ImportException(file, 0, firstRow ? "contains no rows"
                    : "has a header but no rows");
        }
        return new RawMatrix(rows, dims, Arrays.copyOf(values, size), Arrays.copyOf(lines, rows));
    }

    private static float[] grow(Path file, long number, float[] values, long needed)
            throws ImportException {
        if (needed > MAX_VALUES) {
            throw new ImportException(file, number, "the matrix holds more than " + MAX_VALUES
                    + " values, too many for one matrix");
        }
        return Arrays.copyOf(values, (int) Math.min(MAX_VALUES, Math.max(needed,
                2L * values.length)));
    }

    /** Semicolons are what spreadsheets in many locales write; name them, do not misread. */
    private static void checkDelimiter(Path file, long number, String line)
            throws ImportException {
        if (line.indexOf(';') >= 0) {
            throw new ImportException(file, number, "values are separated by ';'; separate"
                    + " them with spaces, tabs or commas (with '.' as the decimal point)");
        }
    }

    private static String[] fields(String line) {
        String trimmed = line.strip();
        return trimmed.isEmpty() ? new String[0] : trimmed.split("[\\s,]+");
    }

    private static boolean isHeader(String[] fields) {
        for (String field : fields) {
            if (parse(field) != null) {
                return false;
            }
        }
        return true;
    }

    private static void parseRow(Path file, long number, String[] fields, float[] values,
            int offset) throws ImportException {
        for (int c = 0; c < fields.length; c++) {
            Float value = parse(fields[c]);
            if (value == null) {
                throw new ImportException(file, number, "'" + fields[c] + "' in column "
                        + (c + 1) + " is not a number");
            }
            values[offset + c] = value;
        }
    }

    private static Float parse(String field) {
        switch (field.toLowerCase(Locale.ROOT)) {
            case "nan":
                return Float.NaN;
            case "inf", "+inf", "infinity":
                return Float.POSITIVE_INFINITY;
            case "-inf", "-infinity":
                return Float.NEGATIVE_INFINITY;
            default:
                break;
        }
        try {
            return Float.parseFloat(field);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
