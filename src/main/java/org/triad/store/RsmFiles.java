package org.triad.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.triad.model.Rsm;
import org.triad.model.RsmKind;

/**
 * RSMs as files that carry their item ids (docs/FORMATS.md, "RSMs"):
 * <ul>
 *   <li>CSV: a header row with the kind in the first cell (e.g. {@code choice_probability})
 *       and then the n item ids; n rows that start with the row's item id; values in the
 *       shortest decimal form that reads back to the same double, {@code nan} for no data;
 *   <li>{@code .npy}: n × n float64 ({@code '<f8'}), C order, with a sidecar
 *       {@code <name>.items.txt} of the n ids, one per line, beside it.
 * </ul>
 */
public final class RsmFiles {
    private static final String NAN = "nan";
    private static final String ITEMS_SUFFIX = ".items.txt";

    private RsmFiles() {
    }

    /**
     * Writes an RSM in the format its file name asks for.
     *
     * @param file ends in {@code .csv} or {@code .npy} (case ignored)
     * @throws IllegalArgumentException for any other extension
     */
    public static void write(Rsm rsm, Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            writeCsv(rsm, file);
        } else if (name.endsWith(".npy")) {
            writeNpy(rsm, file);
        } else {
            throw new IllegalArgumentException("an RSM file must end in .csv or .npy: " + file);
        }
    }

    /**
     * Writes the CSV form, whole or not at all; ids with a comma or a quote are quoted as
     * spreadsheets do.
     */
    public static void writeCsv(Rsm rsm, Path file) throws IOException {
        AtomicFiles.write(file, target -> csv(rsm, target));
    }

    private static void csv(Rsm rsm, Path file) throws IOException {
        int n = rsm.size();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            StringBuilder line = new StringBuilder(slug(rsm.kind()));
            for (String id : rsm.itemIds()) {
                line.append(',').append(quoted(id));
            }
            out.write(line.append('\n').toString());
            for (int i = 0; i < n; i++) {
                line.setLength(0);
                line.append(quoted(rsm.itemIds().get(i)));
                for (int j = 0; j < n; j++) {
                    double value = rsm.get(i, j);
                    line.append(',').append(Double.isNaN(value) ? NAN : Double.toString(value));
                }
                out.write(line.append('\n').toString());
            }
        }
    }

    /**
     * Writes the .npy form (float64) and its sidecar of ids, {@link #itemsFile}: both or
     * neither.
     */
    public static void writeNpy(Rsm rsm, Path file) throws IOException {
        AtomicFiles.write(List.of(
                new AtomicFiles.Output(file,
                        target -> NpyFloat64.write(target, rsm.size(), rsm.size(), rsm.toArray())),
                new AtomicFiles.Output(itemsFile(file),
                        target -> Files.write(target, rsm.itemIds(), StandardCharsets.UTF_8))));
    }

    /** The sidecar of an RSM's .npy file: {@code x.npy} → {@code x.items.txt}. */
    public static Path itemsFile(Path npyFile) {
        String name = npyFile.getFileName().toString();
        String stem = name.toLowerCase(Locale.ROOT).endsWith(".npy")
                ? name.substring(0, name.length() - 4) : name;
        return npyFile.resolveSibling(stem + ITEMS_SUFFIX);
    }

    /**
     * Whether a file looks like an RSM file rather than an embedding: a {@code .npy} with its
     * sidecar of ids, or a CSV whose header row starts with two fields that are not numbers.
     */
    public static boolean isRsmFile(Path file) throws ImportException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".npy")) {
            return Files.exists(itemsFile(file));
        }
        try (LineReader reader = TextFiles.open(file)) {
            String first = reader.readLine();
            if (first == null) {
                return false;
            }
            List<String> fields = TextFiles.split(first, ',', file, 1);
            return fields.size() >= 2 && !isNumber(fields.get(0)) && !isNumber(fields.get(1));
        } catch (IOException e) {
            throw TextFiles.unreadable(file, e);
        }
    }

    /**
     * Reads an RSM written by {@link #write} (or by the Python snippets in FORMATS.md).
     *
     * @param kindIfUnknown the kind to give an RSM whose file does not name one (.npy files,
     *     CSV files with another first cell)
     * @throws ImportException when the matrix is not square, the ids do not match the rows,
     *     an id repeats, or a value is not a number (with file and line)
     */
    public static Rsm read(Path file, RsmKind kindIfUnknown) throws ImportException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".npy") ? readNpy(file, kindIfUnknown)
                : readCsv(file, kindIfUnknown);
    }

    private static Rsm readNpy(Path file, RsmKind kind) throws ImportException {
        NpyFloat64.Matrix matrix = NpyFloat64.read(file);
        Path sidecar = itemsFile(file);
        if (!Files.exists(sidecar)) {
            throw new ImportException(file, 0, "has no item ids: " + sidecar.getFileName()
                    + " (one id per line) must lie beside it");
        }
        List<String> ids = TextFiles.nonBlankLines(sidecar).stream()
                .map(line -> line.text().strip()).toList();
        if (matrix.rows() != matrix.columns() || matrix.rows() != ids.size()) {
            throw new ImportException(file, 0, "has shape (" + matrix.rows() + ", "
                    + matrix.columns() + ") but " + sidecar.getFileName() + " lists "
                    + ids.size() + " ids; an RSM is n × n with n ids");
        }
        checkUnique(sidecar, ids);
        return new Rsm(kind, ids, matrix.values());
    }

    private static Rsm readCsv(Path file, RsmKind kindIfUnknown) throws ImportException {
        List<TextFiles.NumberedLine> lines = TextFiles.nonBlankLines(file);
        if (lines.isEmpty()) {
            throw new ImportException(file, 0, "is empty");
        }
        List<String> header = TextFiles.split(lines.get(0).text(), ',', file,
                lines.get(0).number());
        List<String> ids = header.subList(1, header.size());
        int n = ids.size();
        if (lines.size() - 1 != n) {
            throw new ImportException(file, 0, "has " + n + " ids in its header but "
                    + (lines.size() - 1) + " rows; an RSM is square");
        }
        checkUnique(file, ids);
        double[] values = new double[n * n];
        for (int i = 0; i < n; i++) {
            TextFiles.NumberedLine line = lines.get(i + 1);
            List<String> fields = TextFiles.split(line.text(), ',', file, line.number());
            if (fields.size() != n + 1) {
                throw new ImportException(file, line.number(), fields.size()
                        + " fields; expected the row id and " + n + " values");
            }
            if (!fields.get(0).equals(ids.get(i))) {
                throw new ImportException(file, line.number(), "row id '" + fields.get(0)
                        + "' is not column " + (i + 1) + "'s id '" + ids.get(i)
                        + "'; rows must follow the header's order");
            }
            for (int j = 0; j < n; j++) {
                values[i * n + j] = parse(fields.get(j + 1), file, line.number(), j + 2);
            }
        }
        return new Rsm(kindOf(header.get(0), kindIfUnknown), ids, values);
    }

    private static double parse(String field, Path file, long line, int column)
            throws ImportException {
        if (field.isEmpty() || field.equalsIgnoreCase(NAN)) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(field);
        } catch (NumberFormatException e) {
            throw new ImportException(file, line, "column " + column + ": '" + field
                    + "' is not a number (write nan for no data)");
        }
    }

    private static void checkUnique(Path file, List<String> ids) throws ImportException {
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (!seen.add(id)) {
                throw new ImportException(file, 0, "repeats item id '" + id + "'");
            }
        }
    }

    /** The kind's name as written in files, e.g. {@code choice_probability}. */
    public static String slug(RsmKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    private static RsmKind kindOf(String cell, RsmKind fallback) {
        for (RsmKind kind : RsmKind.values()) {
            if (slug(kind).equalsIgnoreCase(cell.strip())) {
                return kind;
            }
        }
        return fallback;
    }

    private static String quoted(String id) {
        boolean plain = !id.isEmpty() && id.chars().noneMatch(c -> c == ',' || c == '"');
        return plain ? id : '"' + id.replace("\"", "\"\"") + '"';
    }

    private static boolean isNumber(String field) {
        if (field.equalsIgnoreCase(NAN)) {
            return true;
        }
        try {
            Double.parseDouble(field);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
