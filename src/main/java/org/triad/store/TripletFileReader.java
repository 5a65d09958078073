package org.triad.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.triad.model.Judgement;
import org.triad.model.Triplet;

/**
 * Reads SPoSE triplet text files: one judgement per line, {@code i j k} or
 * {@code i j k participant}, 0-based item indices, {@code i j} the pair kept together and
 * {@code k} the odd one out. Fields are separated by spaces, tabs or commas; blank lines and
 * lines starting with {@code #} are skipped; a UTF-8 byte-order mark and CRLF are accepted.
 *
 * <p>The file order {@code i j k} becomes the triplet's order; the files do not record the
 * order in which the items were shown. Lines are split by hand rather than with a regular
 * expression because the full THINGS set has 4.7 million of them.
 */
public final class TripletFileReader {
    private static final String EXPECTED = "expected 3 (i j k, k = odd one out) or 4"
            + " (i j k participant)";

    private TripletFileReader() {
    }

    /**
     * Reads every line or rejects the file with the first bad line's number and reason.
     *
     * @param file the triplet file
     * @param itemCount size of the item set the indices refer to; indices must be in
     *     0..itemCount-1
     * @param source recorded as the source of every judgement
     * @return the judgements in file order; participant -1 where the file has no 4th column
     * @throws ImportException on a non-numeric token, a missing or extra column, a negative or
     *     out-of-range index, a repeated item, or a file with no triplets
     */
    public static List<Judgement> read(Path file, int itemCount, String source)
            throws ImportException {
        List<Judgement> judgements = new ArrayList<>();
        LineParser parser = new LineParser(file, itemCount);
        try (BufferedReader reader = TextFiles.open(file)) {
            long number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (parser.parse(number == 1 ? TextFiles.stripBom(line) : line, number)) {
                    judgements.add(parser.judgement(source));
                } else if (parser.outOfRangeLine > 0) {
                    throw parser.outOfRange(reader);
                }
            }
        } catch (IOException e) {
            throw TextFiles.unreadable(file, e);
        }
        if (judgements.isEmpty()) {
            throw new ImportException(file, 0, "contains no triplets");
        }
        return judgements;
    }

    /** Splits and checks one line at a time; remembers the index range seen so far. */
    private static final class LineParser {
        private final Path file;
        private final int itemCount;
        private final long[] values = new long[4];
        private int count;
        private long maxIndex = -1;
        private long minIndex = Long.MAX_VALUE;
        private long outOfRangeLine;
        private long outOfRangeValue;

        LineParser(Path file, int itemCount) {
            this.file = file;
            this.itemCount = itemCount;
        }

        /**
         * @return true when the line holds a valid judgement; false for a blank or comment line
         *     and for the first out-of-range index, which is reported once the whole file's
         *     index range is known (to tell whether it looks 1-based)
         */
        boolean parse(String line, long number) throws ImportException {
            if (!tokenize(line, number, true)) {
                return false;
            }
            for (int c = 0; c < 3; c++) {
                if (values[c] >= itemCount) {
                    outOfRangeLine = number;
                    outOfRangeValue = values[c];
                    return false;
                }
            }
            checkDistinct(number);
            return true;
        }

        Judgement judgement(String source) {
            int participant = count == 4 ? (int) values[3] : -1;
            int odd = (int) values[2];
            return new Judgement(new Triplet((int) values[0], (int) values[1], odd), odd, source,
                    participant, null, -1);
        }

        /** Reads the rest of the file for its index range, then describes the bad index. */
        ImportException outOfRange(BufferedReader reader) throws IOException {
            long number = outOfRangeLine;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                try {
                    tokenize(line, ++number, false);
                } catch (ImportException ignored) {
                    // Only the index range matters here; the first error is reported already.
                }
            }
            String reason = "item index " + outOfRangeValue + " is out of range: the item set has "
                    + itemCount + " items, so valid indices are 0.." + (itemCount - 1)
                    + " (indices are 0-based)";
            if (maxIndex == itemCount) {
                reason += "; the largest index in the file is " + maxIndex
                        + ", the number of items" + (minIndex >= 1 ? ", and no index is 0" : "")
                        + ": the file looks 1-based; subtract 1 from every index";
            }
            return new ImportException(file, outOfRangeLine, reason);
        }

        private boolean tokenize(String line, long number, boolean strict)
                throws ImportException {
            count = 0;
            int length = line.length();
            int i = skipSeparators(line, 0);
            if (i == length || line.charAt(i) == '#') {
                return false;
            }
            while (i < length) {
                int end = i;
                while (end < length && !isSeparator(line.charAt(end))) {
                    end++;
                }
                if (count == values.length) {
                    throw columnCount(number, count + 1 + countTokens(line, end));
                }
                values[count] = parseNumber(line, i, end, number);
                if (count < 3) {
                    maxIndex = Math.max(maxIndex, values[count]);
                    minIndex = Math.min(minIndex, values[count]);
                }
                count++;
                i = skipSeparators(line, end);
            }
            if (count < 3 && strict) {
                throw columnCount(number, count);
            }
            return count >= 3;
        }

        private long parseNumber(String line, int start, int end, long number)
                throws ImportException {
            boolean negative = line.charAt(start) == '-';
            int first = negative ? start + 1 : start;
            long value = 0;
            for (int p = first; p < end; p++) {
                char c = line.charAt(p);
                if (c < '0' || c > '9' || p - first >= 12) {
                    throw notANumber(line.substring(start, end), number, p - first >= 12);
                }
                value = value * 10 + (c - '0');
            }
            if (first == end) {
                throw notANumber(line.substring(start, end), number, false);
            }
            if (negative) {
                throw new ImportException(file, number, (count < 3 ? "negative item index -"
                        : "negative participant number -") + value
                        + (count < 3 ? "; indices are 0-based rows of the item set (0.."
                        + (itemCount - 1) + ")" : ""));
            }
            return value;
        }

        private ImportException notANumber(String token, long number, boolean tooLong) {
            String what = count < 3 ? "an item index" : "a participant number";
            return new ImportException(file, number, "'" + token + "' is not " + what
                    + (tooLong ? " (too many digits)" : ""));
        }

        private void checkDistinct(long number) throws ImportException {
            long repeated = values[0] == values[1] || values[0] == values[2] ? values[0]
                    : values[1] == values[2] ? values[1] : -1;
            if (repeated >= 0) {
                throw new ImportException(file, number, "repeats item " + repeated
                        + ": a triplet needs three different items");
            }
        }

        private ImportException columnCount(long number, int columns) {
            return new ImportException(file, number, "has " + columns + " column"
                    + (columns == 1 ? "" : "s") + "; " + EXPECTED);
        }

        private static int countTokens(String line, int from) {
            int tokens = 0;
            int i = skipSeparators(line, from);
            while (i < line.length()) {
                tokens++;
                while (i < line.length() && !isSeparator(line.charAt(i))) {
                    i++;
                }
                i = skipSeparators(line, i);
            }
            return tokens;
        }

        private static int skipSeparators(String line, int from) {
            int i = from;
            while (i < line.length() && isSeparator(line.charAt(i))) {
                i++;
            }
            return i;
        }

        private static boolean isSeparator(char c) {
            return c == ' ' || c == '\t' || c == ',' || c == '\r';
        }
    }
}
