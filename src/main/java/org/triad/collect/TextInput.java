package org.triad.collect;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.triad.store.ImportException;

/**
 * Reads the text files of a collection run (prompt templates, Batch API result files, raw
 * logs) as docs/FORMATS.md promises for every text file: UTF-8, a byte-order mark at the
 * start dropped, LF, CRLF or CR line ends. Every refusal names the file, and the line where
 * there is one, in the words of the store layer's importers ("is not UTF-8 text: byte 0xE9 at
 * byte 6 of the line; save the file as UTF-8").
 */
final class TextInput {
    private static final char BOM = '\uFEFF';

    private TextInput() {
    }

    /** The lines of a file, without their line ends; a leading byte-order mark dropped. */
    static List<String> lines(Path file) throws ImportException {
        checkFile(file);
        List<String> lines = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lines.add(lines.isEmpty() ? withoutBom(line) : line);
            }
        } catch (IOException e) {
            throw refusal(file, e);
        }
        return lines;
    }

    /**
     * The whole text of a file with a leading byte-order mark dropped and CRLF turned into
     * LF, so that what is sent, and hashed, does not depend on the editor that saved it.
     */
    static String text(Path file) throws ImportException {
        checkFile(file);
        StringBuilder text = new StringBuilder();
        char[] chunk = new char[8192];
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (int read = in.read(chunk); read >= 0; read = in.read(chunk)) {
                text.append(chunk, 0, read);
            }
        } catch (IOException e) {
            throw refusal(file, e);
        }
        return withoutBom(text.toString()).replace("\r\n", "\n");
    }

    private static String withoutBom(String text) {
        return !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
    }

    private static void checkFile(Path file) throws ImportException {
        if (Files.isDirectory(file)) {
            throw new ImportException(file, 0, "is a folder, not a file");
        }
    }

    private static ImportException refusal(Path file, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new ImportException(file, 0, "no such file or folder");
        }
        if (e instanceof AccessDeniedException) {
            return new ImportException(file, 0, "cannot be read: permission denied");
        }
        if (e instanceof CharacterCodingException) {
            return notUtf8(file);
        }
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new ImportException(file, 0, "cannot be read: " + reason);
    }

    /** Finds the first byte that is not UTF-8, so that the refusal can name its line. */
    private static ImportException notUtf8(Path file) {
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file))) {
            BadByte bad = BadByte.find(in);
            if (bad != null) {
                return new ImportException(file, bad.line, "is not UTF-8 text: byte 0x"
                        + String.format("%02X", bad.value) + " at byte " + bad.column
                        + " of the line; save the file as UTF-8");
            }
        } catch (IOException e) {
            return new ImportException(file, 0, "cannot be read: " + e.getMessage());
        }
        return new ImportException(file, 0, "is not UTF-8 text; save the file as UTF-8");
    }

    /** The first byte that does not start a valid UTF-8 sequence, and where it is. */
    private record BadByte(long line, long column, int value) {
        static BadByte find(InputStream in) throws IOException {
            skipBom(in);
            long line = 1;
            long column = 0;
            boolean afterCr = false;
            for (int b = in.read(); b >= 0; b = in.read()) {
                if (b == '\n' && afterCr) {
                    afterCr = false;
                    continue;
                }
                afterCr = b == '\r';
                if (b == '\n' || b == '\r') {
                    line++;
                    column = 0;
                    continue;
                }
                column++;
                int extra = b < 0x80 ? 0 : b >= 0xC2 && b < 0xE0 ? 1 : b >= 0xE0 && b < 0xF0 ? 2
                        : b >= 0xF0 && b < 0xF5 ? 3 : -1;
                for (int k = 0; k < extra; k++) {
                    in.mark(1);
                    int next = in.read();
                    if ((next & 0xC0) != 0x80) {
                        in.reset();
                        extra = -1;
                        break;
                    }
                }
                if (extra < 0) {
                    return new BadByte(line, column, b);
                }
                column += extra;
            }
            return null;
        }

        private static void skipBom(InputStream in) throws IOException {
            in.mark(3);
            if (in.read() != 0xEF || in.read() != 0xBB || in.read() != 0xBF) {
                in.reset();
            }
        }
    }
}
