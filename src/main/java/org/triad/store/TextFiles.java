package org.triad.store;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Line and field helpers shared by the text importers: bounded line reading (BOM, CRLF and
 * UTF-8 are handled by {@link LineReader}), delimiters and quoted fields.
 */
final class TextFiles {
    /** Largest item, category or label file read (they are read whole). */
    static final long MAX_SMALL_FILE_BYTES = 64L << 20;

    private TextFiles() {
    }

    /** A non-blank line with its 1-based number. */
    record NumberedLine(long number, String text) {
    }

    /**
     * Opens a file for reading line by line with bounded memory (see {@link LineReader}): LF,
     * CRLF and CR line ends, a byte-order mark dropped, non-UTF-8 bytes named by line.
     */
    static LineReader open(Path file) throws ImportException {
        try {
            return new LineReader(file, Files.newInputStream(file));
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    /**
     * Reads all non-blank lines of a small file (items, categories, labels), keeping their
     * numbers so that errors can name them. Such files are kept in memory, so one larger than
     * {@link #MAX_SMALL_FILE_BYTES} is refused before it is read.
     */
    static List<NumberedLine> nonBlankLines(Path file) throws ImportException {
        checkSmall(file);
        List<NumberedLine> lines = new ArrayList<>();
        try (LineReader reader = open(file)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    lines.add(new NumberedLine(reader.number(), line));
                }
            }
        } catch (IOException e) {
            throw unreadable(file, e);
        }
        return lines;
    }

    private static void checkSmall(Path file) throws ImportException {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
        if (size > MAX_SMALL_FILE_BYTES) {
            throw new ImportException(file, 0, "is " + megabytes(size) + " MiB; item, category"
                    + " and label files over " + megabytes(MAX_SMALL_FILE_BYTES) + " MiB are"
                    + " refused (THINGS concepts.tsv is under 1 MiB)");
        }
    }

    private static long megabytes(long bytes) {
        return bytes >> 20;
    }

    /** Turns an I/O failure into an import error that says what kind of failure it was. */
    static ImportException unreadable(Path file, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new ImportException(file, 0, "file not found");
        }
        if (e instanceof CharacterCodingException) {
            return new ImportException(file, 0, "is not UTF-8 text");
        }
        return new ImportException(file, 0, "cannot be read: " + e.getMessage());
    }

    /** The field delimiter of a header line: tab, else comma, else tab (a single column). */
    static char delimiterOf(String header) {
        if (header.indexOf('\t') >= 0) {
            return '\t';
        }
        return header.indexOf(',') >= 0 ? ',' : '\t';
    }

    /**
     * Splits one line into fields; a field that starts with a double quote runs to the matching
     * quote ("" inside it is one quote), as spreadsheets and pandas write them. Trailing empty
     * fields are kept so that field counts stay comparable with the header.
     */
    static List<String> split(String line, char delimiter, Path file, long number)
            throws ImportException {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (true) {
            field.setLength(0);
            if (i < line.length() && line.charAt(i) == '"') {
                i = readQuoted(line, i + 1, field, file, number);
            }
            while (i < line.length() && line.charAt(i) != delimiter) {
                field.append(line.charAt(i++));
            }
            fields.add(field.toString().strip());
            if (i >= line.length()) {
                return fields;
            }
            i++;
        }
    }

    private static int readQuoted(String line, int start, StringBuilder field, Path file,
            long number) throws ImportException {
        int i = start;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c != '"') {
                field.append(c);
                i++;
            } else if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i += 2;
            } else {
                return i + 1;
            }
        }
        throw new ImportException(file, number, "a quoted field is not closed on this line"
                + " (fields spanning several lines are not supported)");
    }
}
