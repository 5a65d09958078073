package org.triad.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.triad.model.Judgement;
import org.triad.model.JudgementSet;
import org.triad.model.Triplet;

/**
 * Reads SPoSE triplet text files: one judgement per line, {@code i j k} or
 * {@code i j k participant}, 0-based item indices, {@code i j} the pair kept together and
 * {@code k} the odd one out. Fields are separated by spaces, tabs or commas; blank lines and
 * lines starting with {@code #} are skipped; a UTF-8 byte-order mark and CRLF are accepted. A
 * first line of 3 or 4 words (such as {@code i j k}) is a header and skipped.
 *
 * <p>The file order {@code i j k} becomes the triplet's order; the files do not record the
 * order in which the items were shown. Lines are read with bounded memory and split by hand
 * rather than with a regular expression because the full THINGS set has 4.7 million of them;
 * {@link #readPacked} and the store's import keep no object per line.
 */
public final class TripletFileReader {
    private static final String EXPECTED = "expected 3 (i j k, k = odd one out) or 4"
            + " (i j k participant)";

    private TripletFileReader() {
    }

    /**
     * Receives the judgements of a file one at a time, in file order.
     *
     * @param <E> what the receiver may throw (an SQL error while storing, say)
     */
    @FunctionalInterface
    interface Sink<E extends Exception> {
        /**
         * @param keptA first item of the pair kept together (column 1)
         * @param keptB second item of the pair kept together (column 2)
         * @param odd the odd one out (column 3)
         * @param participant the 4th column, -1 where there is none
         * @param position bytes of the file read so far, for progress
         */
        void accept(int keptA, int keptB, int odd, int participant, long position) throws E;
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
        stream(file, itemCount, (a, b, odd, participant, position) -> judgements.add(
                new Judgement(new Triplet(a, b, odd), odd, source, participant, null, -1)));
        return judgements;
    }

    /**
     * Reads a file straight into packed ints (kept, kept, odd per judgement), with no object
     * per line: 12 bytes per judgement, so the 4.7 million THINGS judgements take 56 MB. The
     * participant column is checked but not kept.
     *
     * @param file the triplet file; its name becomes the set's name
     * @param itemCount size of the item set the indices refer to
     * @return the judgements in file order
     * @throws ImportException as {@link #read}
     */
    public static JudgementSet readPacked(Path file, int itemCount) throws ImportException {
        int[][] packed = {new int[3 * 4096]};
        int[] size = {0};
        stream(file, itemCount, (a, b, odd, participant, position) -> {
            if (size[0] + 3 > packed[0].length) {
                packed[0] = Arrays.copyOf(packed[0], grownLength(file, packed[0].length));
            }
            packed[0][size[0]++] = a;
            packed[0][size[0]++] = b;
            packed[0][size[0]++] = odd;
        });
        return new JudgementSet(file.getFileName().toString(), itemCount,
                Arrays.copyOf(packed[0], size[0]));
    }

    private static int grownLength(Path file, int length) {
        long grown = Math.min(2L * length, Integer.MAX_VALUE - 8L);
        if (grown - length < 3) {
            throw new IllegalStateException(file + " holds more judgements than one packed"
                    + " array can take; import it into a project instead");
        }
        return (int) grown;
    }

    /**
     * Hands every judgement of a file to a sink, in file order, and checks the whole file;
     * the sink may have seen some judgements when an error is thrown, so a caller that stores
     * them must do so in a transaction it rolls back.
     *
     * @return the number of judgements
     * @throws ImportException as {@link #read}
     */
    static <E extends Exception> long stream(Path file, int itemCount, Sink<E> sink)
            throws ImportException, E {
        LineParser parser = new LineParser(file, itemCount);
        long count = 0;
        try (LineReader reader = TextFiles.open(file)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (parser.parse(line, reader.number())) {
                    sink.accept((int) parser.values[0], (int) parser.values[1],
                            (int) parser.values[2], parser.participant(), reader.position());
                    count++;
                } else if (parser.outOfRangeLine > 0) {
                    throw parser.outOfRange(reader);
                }
            }
        } catch (IOException e) {
            throw TextFiles.unreadable(file, e);
        }
        if (count == 0) {
            throw new ImportException(file, 0, "contains no triplets");
        }
        return count;
    }

    /** Splits and checks one line at a time; remembers the index range seen so far. */
    private static final class LineParser {
        private final Path file;
        private final int itemCount;
        private final long[] values = new long[4];
        private int count;
        private boolean seenContent;
        private long maxIndex = -1;
        private long minIndex = Long.MAX_VALUE;
        private long outOfRangeLine;
        private long outOfRangeValue;

        LineParser(Path file, int itemCount) {
            this.file = file;
            this.itemCount = itemCount;
        }

        /**
         * @return true when the line holds a valid judgement; false for a blank, comment or
         *     header line and for the first out-of-range index, which is reported once the
         *     whole file's index range is known (to tell whether it looks 1-based)
         */
        boolean parse(String line, long number) throws ImportException {
            if (!seenContent && isHeader(line, number)) {
                seenContent = true;
                return false;
            }
            if (!tokenize(line, number, true)) {
                return false;
            }
            seenContent = true;
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

        int participant() {
            return count == 4 ? (int) values[3] : -1;
        }

        /**
         * Whether the first content line is a header of 3 or 4 words ({@code i j k}); one that
         * starts with an empty column is pandas' index and refused, because the rows then
         * start with a row number that would be read as an item.
         */
        private boolean isHeader(String line, long number) throws ImportException {
            String stripped = line.strip();
            if (stripped.isEmpty() || stripped.charAt(0) == '#') {
                return false;
            }
            boolean leadingComma = stripped.charAt(0) == ',';
            int words = 0;
            for (String token : stripped.substring(leadingComma ? 1 : 0).strip()
                    .split("[\\s,]+")) {
                if (token.isEmpty() || !Character.isLetter(token.charAt(0))) {
                    return false;
                }
                words++;
            }
            if (words < 3 || words > 4) {
                return false;
            }
            if (leadingComma) {
                throw new ImportException(file, number, "the header starts with an empty"
                        + " column, as pandas writes its row index; save the file with"
                        + " index=False so that row numbers are not read as items");
            }
            return true;
        }

        /** Reads the rest of the file for its index range, then describes the bad index. */
        ImportException outOfRange(LineReader reader) throws IOException {
            boolean wholeFile = true;
            try {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    try {
                        tokenize(line, reader.number(), false);
                    } catch (ImportException ignored) {
                        // Only the index range matters here; the first error is reported.
                    }
                }
            } catch (ImportException unreadable) {
                wholeFile = false;
            }
            String reason = "item index " + outOfRangeValue + " is out of range: the item set has "
                    + itemCount + " items, so valid indices are 0.." + (itemCount - 1)
                    + " (indices are 0-based)";
            // Only a file that never uses 0 and reaches n looks 1-based; with a 0 in it,
            // subtracting 1 would make that index -1.
            if (wholeFile && maxIndex == itemCount && minIndex >= 1) {
                reason += "; the largest index in the file is " + maxIndex
                        + ", the number of items, and no index is 0"
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
            if (count == 3 && value > Integer.MAX_VALUE) {
                throw new ImportException(file, number, "participant number " + value
                        + " is too large (at most " + Integer.MAX_VALUE + ")");
            }
            return value;
        }

        private ImportException notANumber(String token, long number, boolean tooLong) {
            if (token.indexOf(';') >= 0) {
                return new ImportException(file, number, "fields are separated by ';'; separate"
                        + " them with spaces, tabs or commas");
            }
            String what = count < 3 ? "an item index" : "a participant number";
            String hint = tooLong ? " (too many digits)" : isDecimal(token) ? ": indices are"
                    + " written as whole numbers (numpy: np.savetxt(f, a, fmt='%d'))" : "";
            return new ImportException(file, number, "'" + token + "' is not " + what + hint);
        }

        private static boolean isDecimal(String token) {
            try {
                Double.parseDouble(token);
                return !token.endsWith("d") && !token.endsWith("f") && !token.endsWith("D")
                        && !token.endsWith("F");
            } catch (NumberFormatException e) {
                return false;
            }
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
