package org.triad.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The NumPy {@code .npy} format (format versions 1.0, 2.0 and 3.0) for 2-D float matrices.
 * Written here rather than through ND4J because the store layer may not depend on ND4J, and a
 * reader and writer for the one case we need (little-endian float32/float64, C order) is short.
 * Reading accepts {@code '<f4'} and {@code '<f8'} (float64 is narrowed to float32); writing
 * always produces float32 {@code '<f4'} with a version 1.0 header.
 */
final class NpyFormat {
    /** The six bytes every .npy file starts with. */
    static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};

    private static final int ALIGNMENT = 64;
    /** numpy itself refuses headers over 10,000 bytes unless told otherwise. */
    private static final int MAX_HEADER_BYTES = 1 << 16;
    private static final int BLOCK_BYTES = 1 << 20;
    private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([^']*)'");
    private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(\\w+)");
    private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");

    private NpyFormat() {
    }

    /** The header fields that matter: element type, layout and shape. */
    private record Header(String descr, boolean fortranOrder, long[] shape, long dataOffset) {
    }

    /** Whether a file starts with the .npy magic bytes. */
    static boolean isNpy(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer start = readFully(channel, 0, (int) Math.min(MAGIC.length, channel.size()));
            return ByteBuffer.wrap(MAGIC).equals(start);
        }
    }

    /**
     * Reads a 2-D little-endian float32 or float64 matrix in C order.
     *
     * @return the values row-major with one line per row set to 0 (npy has no lines)
     * @throws ImportException on a bad magic, an unknown version, a dtype other than
     *     {@code '<f4'}/{@code '<f8'}, Fortran order, a shape that is not 2-D, or missing data
     */
    static RawMatrix read(Path file) throws ImportException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            Header header = readHeader(file, channel);
            int itemSize = checkDtype(file, header);
            long rows = header.shape()[0];
            long dims = header.shape()[1];
            if (rows > MatrixText.MAX_VALUES / dims) {
                throw new ImportException(file, 0, "shape (" + rows + ", " + dims
                        + ") is too large for one matrix");
            }
            long count = rows * dims;
            checkSize(file, header, count * itemSize, channel.size() - header.dataOffset());
            float[] values = readValues(channel, header.dataOffset(), (int) count, itemSize);
            return new RawMatrix((int) rows, (int) dims, values, null);
        } catch (IOException e) {
            throw TextFiles.unreadable(file, e);
        }
    }

    /** Compares the data the header promises with the bytes present, before allocating. */
    private static void checkSize(Path file, Header header, long needed, long available)
            throws ImportException {
        String shape = "shape (" + header.shape()[0] + ", " + header.shape()[1] + ") of '"
                + header.descr() + "' needs " + needed + " bytes of data, the file holds ";
        if (available < needed) {
            throw new ImportException(file, 0, "is truncated: " + shape + available);
        }
        if (available > needed) {
            throw new ImportException(file, 0, "has " + (available - needed) + " bytes after"
                    + " its data: " + shape + available + "; the header does not describe"
                    + " the data");
        }
    }

    /** Reads the data in blocks straight into floats, so memory is the result plus a block. */
    private static float[] readValues(FileChannel channel, long offset, int count,
            int itemSize) throws IOException {
        float[] values = new float[count];
        int perBlock = BLOCK_BYTES / itemSize;
        for (int done = 0; done < count; done += perBlock) {
            int n = Math.min(perBlock, count - done);
            ByteBuffer data = readFully(channel, offset + (long) done * itemSize, n * itemSize);
            if (itemSize == 4) {
                data.asFloatBuffer().get(values, done, n);
            } else {
                for (int i = 0; i < n; i++) {
                    values[done + i] = (float) data.getDouble(8 * i);
                }
            }
        }
        return values;
    }

    private static Header readHeader(Path file, FileChannel channel)
            throws IOException, ImportException {
        ByteBuffer prefix = readFully(channel, 0, (int) Math.min(12, channel.size()));
        if (prefix.limit() < 10 || !ByteBuffer.wrap(MAGIC).equals(prefix.slice(0, 6))) {
            throw new ImportException(file, 0, "is not a NumPy .npy file (no \\x93NUMPY magic)");
        }
        int major = prefix.get(6);
        long headerLength;
        int prefixLength;
        if (major == 1) {
            headerLength = Short.toUnsignedInt(prefix.getShort(8));
            prefixLength = 10;
        } else if ((major == 2 || major == 3) && prefix.limit() == 12) {
            headerLength = Integer.toUnsignedLong(prefix.getInt(8));
            prefixLength = 12;
        } else {
            throw new ImportException(file, 0, "has .npy format version " + major + "."
                    + prefix.get(7) + "; versions 1.0, 2.0 and 3.0 are supported");
        }
        if (headerLength > MAX_HEADER_BYTES) {
            throw new ImportException(file, 0, "declares a .npy header of " + headerLength
                    + " bytes; real headers are a few hundred bytes, at most "
                    + MAX_HEADER_BYTES);
        }
        if (prefixLength + headerLength > channel.size()) {
            throw new ImportException(file, 0, "is truncated inside its .npy header");
        }
        ByteBuffer headerBytes = readFully(channel, prefixLength, (int) headerLength);
        String text = StandardCharsets.UTF_8.decode(headerBytes).toString();
        return parseHeader(file, text, prefixLength + headerLength);
    }

    private static Header parseHeader(Path file, String text, long dataOffset)
            throws ImportException {
        Matcher descr = DESCR.matcher(text);
        Matcher fortran = FORTRAN.matcher(text);
        Matcher shape = SHAPE.matcher(text);
        if (!descr.find() || !fortran.find() || !shape.find()) {
            throw new ImportException(file, 0, "has a .npy header without descr, fortran_order"
                    + " and shape: " + text.strip());
        }
        List<Long> sizes = new ArrayList<>(2);
        for (String part : shape.group(1).split(",")) {
            if (!part.isBlank()) {
                sizes.add(parseSize(file, part.strip()));
            }
        }
        if (sizes.size() != 2) {
            throw new ImportException(file, 0, "has shape (" + shape.group(1).strip()
                    + "); a matrix needs two dimensions (n_items, n_dims)");
        }
        long[] dims = {sizes.get(0), sizes.get(1)};
        if (dims[0] == 0 || dims[1] == 0) {
            throw new ImportException(file, 0, "has shape (" + dims[0] + ", " + dims[1]
                    + "): the matrix is empty");
        }
        return new Header(descr.group(1), "True".equals(fortran.group(1)), dims, dataOffset);
    }

    private static long parseSize(Path file, String text) throws ImportException {
        try {
            long size = Long.parseLong(text.endsWith("L") ? text.substring(0, text.length() - 1)
                    : text);
            if (size >= 0) {
                return size;
            }
        } catch (NumberFormatException e) {
            // reported below with the same message as a negative size
        }
        throw new ImportException(file, 0, "has '" + text + "' in its .npy shape, which is not"
                + " a size");
    }

    private static int checkDtype(Path file, Header header) throws ImportException {
        if (header.fortranOrder()) {
            throw new ImportException(file, 0, "is stored in Fortran (column-major) order;"
                    + " save it in C order (numpy: np.save(f, np.ascontiguousarray(a)))");
        }
        String descr = header.descr();
        if ("<f4".equals(descr) || "<f8".equals(descr)) {
            return "<f4".equals(descr) ? 4 : 8;
        }
        if (descr.startsWith(">")) {
            throw new ImportException(file, 0, "is big-endian ('" + descr + "'); save it"
                    + " little-endian (numpy: a.astype('<f4'))");
        }
        throw new ImportException(file, 0, "has dtype '" + descr + "'; only float32 ('<f4')"
                + " and float64 ('<f8') are supported");
    }

    /** Reads {@code length} bytes at {@code position}, little-endian; fewer at end of file. */
    static ByteBuffer readFully(FileChannel channel, long position, int length)
            throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                break;
            }
        }
        return buffer.flip();
    }

    /**
     * Writes a rows × dims float32 matrix, C order, with a version 1.0 header padded with
     * spaces and ending in a newline so that the data starts at a multiple of 64 bytes.
     */
    static void write(Path file, int rows, int dims, float[] values) throws IOException {
        String dict = "{'descr': '<f4', 'fortran_order': False, 'shape': (" + rows + ", " + dims
                + "), }";
        int unpadded = MAGIC.length + 4 + dict.length() + 1;
        int total = (unpadded + ALIGNMENT - 1) / ALIGNMENT * ALIGNMENT;
        String header = dict + " ".repeat(total - unpadded) + "\n";
        ByteBuffer buffer = ByteBuffer.allocate(total + 4 * values.length)
                .order(ByteOrder.LITTLE_ENDIAN);
        buffer.put(MAGIC).put((byte) 1).put((byte) 0).putShort((short) header.length());
        buffer.put(header.getBytes(StandardCharsets.US_ASCII));
        buffer.asFloatBuffer().put(values);
        buffer.position(buffer.capacity()).flip();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        }
    }
}
