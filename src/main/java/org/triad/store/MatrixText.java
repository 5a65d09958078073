package org.triad.store;

import java.io.BufferedReader;
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
    private MatrixText() {
    }

    static RawMatrix read(Path file) throws ImportException {
        float[] values = new float[1 << 16];
        long[] lines = new long[1024];
        int size = 0;
        int rows = 0;
        int dims = -1;
        boolean firstRow = true;
        try (BufferedReader reader = TextFiles.open(file)) {
            long number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                String[] fields = fields(number == 1 ? TextFiles.stripBom(line) : line);
                boolean header = firstRow && fields.length > 0 && isHeader(fields);
                firstRow &= fields.length == 0;
                if (fields.length == 0 || header) {
                    continue;
                }
                if (dims >= 0 && fields.length != dims) {
                    throw new ImportException(file, number, "has " + fields.length
                            + " values, the rows above have " + dims);
                }
                dims = fields.length;
                if (size + dims > values.length) {
                    values = Arrays.copyOf(values, Math.max(2 * values.length, size + dims));
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
            throw new ImportException(file, 0, "contains no rows");
        }
        return new RawMatrix(rows, dims, Arrays.copyOf(values, size), Arrays.copyOf(lines, rows));
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
