package org.triad.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Square float64 matrices in NumPy's {@code .npy} format, for RSMs: unlike embeddings they are
 * written as {@code '<f8'} because correlations of 1.7 M pair values should not see float32
 * rounding, and reading must not narrow them. Reads format versions 1.0–3.0, dtype
 * {@code '<f8'} or {@code '<f4'} (widened), C order, 2-D.
 */
final class NpyFloat64 {
    private static final int ALIGNMENT = 64;
    private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([^']*)'");
    private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(\\w+)");
    private static final Pattern SHAPE =
            Pattern.compile("'shape'\\s*:\\s*\\(\\s*(\\d+)\\s*,\\s*(\\d+)\\s*,?\\s*\\)");

    private NpyFloat64() {
    }

    /** A rows × columns matrix, row-major. */
    record Matrix(int rows, int columns, double[] values) {
    }

    /** Writes a rows × columns matrix as {@code '<f8'}, C order, header padded to 64 bytes. */
    static void write(Path file, int rows, int columns, double[] values) throws IOException {
        String dict = "{'descr': '<f8', 'fortran_order': False, 'shape': (" + rows + ", "
                + columns + "), }";
        int unpadded = NpyFormat.MAGIC.length + 4 + dict.length() + 1;
        int total = (unpadded + ALIGNMENT - 1) / ALIGNMENT * ALIGNMENT;
        String header = dict + " ".repeat(total - unpadded) + "\n";
        ByteBuffer buffer = ByteBuffer.allocate(total + 8 * values.length)
                .order(ByteOrder.LITTLE_ENDIAN);
        buffer.put(NpyFormat.MAGIC).put((byte) 1).put((byte) 0)
                .putShort((short) header.length());
        buffer.put(header.getBytes(StandardCharsets.US_ASCII));
        buffer.asDoubleBuffer().put(values);
        buffer.position(buffer.capacity()).flip();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        }
    }

    /**
     * Reads a 2-D float64 (or float32) matrix.
     *
     * @throws ImportException on a missing magic, an unknown version, another dtype, Fortran
     *     order, a shape that is not 2-D, or missing data
     */
    static Matrix read(Path file) throws ImportException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer prefix = NpyFormat.readFully(channel, 0, (int) Math.min(12, channel.size()));
            if (prefix.limit() < 10
                    || !ByteBuffer.wrap(NpyFormat.MAGIC).equals(prefix.slice(0, 6))) {
                throw new ImportException(file, 0, "is not a NumPy .npy file");
            }
            int major = prefix.get(6);
            if (major < 1 || major > 3 || major > 1 && prefix.limit() < 12) {
                throw new ImportException(file, 0, "has .npy format version " + major
                        + "; versions 1.0, 2.0 and 3.0 are supported");
            }
            int prefixLength = major == 1 ? 10 : 12;
            long headerLength = major == 1 ? Short.toUnsignedInt(prefix.getShort(8))
                    : Integer.toUnsignedLong(prefix.getInt(8));
            String header = StandardCharsets.UTF_8.decode(NpyFormat.readFully(channel, prefixLength,
                    (int) Math.min(headerLength, channel.size()))).toString();
            return data(file, channel, header, prefixLength + headerLength);
        } catch (IOException e) {
            throw TextFiles.unreadable(file, e);
        }
    }

    private static Matrix data(Path file, FileChannel channel, String header, long offset)
            throws IOException, ImportException {
        Matcher descr = DESCR.matcher(header);
        Matcher fortran = FORTRAN.matcher(header);
        Matcher shape = SHAPE.matcher(header);
        if (!descr.find() || !fortran.find() || !shape.find()) {
            throw new ImportException(file, 0, "needs a 2-D float matrix; header: "
                    + header.strip());
        }
        if (!"False".equals(fortran.group(1))) {
            throw new ImportException(file, 0, "is in Fortran order; save it in C order");
        }
        int size = "<f8".equals(descr.group(1)) ? 8 : "<f4".equals(descr.group(1)) ? 4 : 0;
        if (size == 0) {
            throw new ImportException(file, 0, "has dtype '" + descr.group(1)
                    + "'; only '<f8' and '<f4' are read");
        }
        long rows = Long.parseLong(shape.group(1));
        long columns = Long.parseLong(shape.group(2));
        long count = rows * columns;
        if (count * size > Integer.MAX_VALUE - 8 || channel.size() - offset < count * size) {
            throw new ImportException(file, 0, "is truncated or too large: shape (" + rows
                    + ", " + columns + ")");
        }
        ByteBuffer bytes = NpyFormat.readFully(channel, offset, (int) (count * size));
        double[] values = new double[(int) count];
        for (int i = 0; i < values.length; i++) {
            values[i] = size == 8 ? bytes.getDouble(8 * i) : bytes.getFloat(4 * i);
        }
        return new Matrix((int) rows, (int) columns, values);
    }
}
