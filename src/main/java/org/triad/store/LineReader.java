package org.triad.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads UTF-8 text one line at a time, for the importers, with bounded memory whatever the
 * input: a line longer than {@link #MAX_LINE_BYTES}, a NUL byte or bytes that are not UTF-8
 * stop the read at that line with an {@link ImportException} naming it. A file of noise is
 * therefore rejected within its first megabyte.
 *
 * <p>Unlike {@link java.io.BufferedReader}, which decodes ahead in blocks, a decoding error is
 * reported on the line that holds it. LF, CRLF and a lone CR end a line; a UTF-8 byte-order
 * mark at the start is dropped.
 */
final class LineReader implements AutoCloseable {
    /** The longest line accepted; real import lines are well under a kilobyte. */
    static final int MAX_LINE_BYTES = 1 << 20;

    private static final int BUFFER = 1 << 16;

    private final Path file;
    private final InputStream in;
    private final byte[] buffer = new byte[BUFFER];
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private byte[] line = new byte[256];
    private int start;
    private int end;
    private long number;
    private long filled;
    private boolean skipLf;
    private boolean atStart = true;

    /**
     * @param file named in errors
     * @param in the bytes; closed by {@link #close()}
     */
    LineReader(Path file, InputStream in) {
        this.file = file;
        this.in = in;
    }

    /** The 1-based number of the line last returned by {@link #readLine()}. */
    long number() {
        return number;
    }

    /** Bytes consumed so far: the lines returned and their line ends. */
    long position() {
        return filled - (end - start);
    }

    /**
     * The next line without its line end, or null at the end of the input.
     *
     * @throws ImportException on a line that is too long, holds a NUL byte or is not UTF-8
     */
    String readLine() throws ImportException, IOException {
        int length = 0;
        boolean ascii = true;
        boolean any = false;
        while (true) {
            if (start == end && !fill()) {
                if (!any) {
                    return null;
                }
                break;
            }
            byte b = buffer[start++];
            if (skipLf) {
                skipLf = false;
                if (b == '\n') {
                    continue;
                }
            }
            any = true;
            if (b == '\n' || b == '\r') {
                skipLf = b == '\r';
                break;
            }
            if (b == 0) {
                throw new ImportException(file, number + 1, "holds a NUL byte (column "
                        + (length + 1) + "): this is a binary file, not text");
            }
            if (length == MAX_LINE_BYTES) {
                throw new ImportException(file, number + 1, "is longer than "
                        + MAX_LINE_BYTES / (1 << 20) + " MiB: this is not a text file of the"
                        + " expected kind");
            }
            ascii &= b >= 0;
            if (length == line.length) {
                line = Arrays.copyOf(line, Math.min(2 * length, MAX_LINE_BYTES));
            }
            line[length++] = b;
        }
        number++;
        return decode(length, ascii);
    }

    private boolean fill() throws IOException {
        int read = in.read(buffer, 0, buffer.length);
        start = 0;
        end = Math.max(read, 0);
        filled += end;
        if (atStart && end >= 3 && buffer[0] == (byte) 0xEF && buffer[1] == (byte) 0xBB
                && buffer[2] == (byte) 0xBF) {
            start = 3;
        }
        atStart = false;
        return end > start || (read > 0 && fill());
    }

    private String decode(int length, boolean ascii) throws ImportException {
        if (ascii) {
            return new String(line, 0, length, StandardCharsets.ISO_8859_1);
        }
        try {
            CharBuffer chars = decoder.reset().decode(ByteBuffer.wrap(line, 0, length));
            return chars.toString();
        } catch (CharacterCodingException e) {
            int bad = firstBadByte(length);
            throw new ImportException(file, number, "is not UTF-8 text: byte 0x"
                    + String.format("%02X", line[bad] & 0xFF) + " at byte " + (bad + 1)
                    + " of the line; save the file as UTF-8");
        }
    }

    /** Position of the first byte of the line that does not start a valid UTF-8 sequence. */
    private int firstBadByte(int length) {
        int p = 0;
        while (p < length) {
            int b = line[p] & 0xFF;
            int extra = b < 0x80 ? 0 : b >= 0xC2 && b < 0xE0 ? 1 : b >= 0xE0 && b < 0xF0 ? 2
                    : b >= 0xF0 && b < 0xF5 ? 3 : -1;
            if (extra < 0 || p + extra >= length) {
                return p;
            }
            for (int k = 1; k <= extra; k++) {
                if ((line[p + k] & 0xC0) != 0x80) {
                    return p;
                }
            }
            p += extra + 1;
        }
        return Math.max(0, length - 1);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
