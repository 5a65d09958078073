package org.triad.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.triad.model.Item;
import org.triad.model.ItemSet;
import org.triad.store.TextFiles.NumberedLine;

/**
 * Reads an item set from a table with a header or from a plain list.
 *
 * <ul>
 *   <li>Table: tab- or comma-separated (the header line decides), fields may be quoted. Columns
 *       are found by header name, case-insensitively: id ({@code id}, {@code uniqueID},
 *       {@code item_id}), label ({@code label}, {@code word}, {@code name}), definition (a header
 *       that starts with {@code definition}) and image ({@code image}, {@code image_path}).
 *       At least an id or a label column is needed; the missing one is copied from the other.
 *       THINGS {@code concepts.tsv} is read as shipped. Other columns are ignored.</li>
 *   <li>Plain list: one label per line, no header; the label is also the id, so labels must be
 *       unique. A first line that is exactly one of the id or label column names above (such
 *       as {@code word}) makes the file a one-column table instead.</li>
 * </ul>
 * Blank lines are skipped; a UTF-8 byte-order mark and CRLF line ends are accepted. Items keep
 * the file's order, and ids must be unique.
 */
public final class ItemFileReader {
    private static final Set<String> ID_NAMES = Set.of("id", "uniqueid", "item_id", "itemid");
    private static final Set<String> LABEL_NAMES = Set.of("label", "word", "name");
    private static final Set<String> IMAGE_NAMES = Set.of("image", "image_path", "imagepath");

    private ItemFileReader() {
    }

    /** One item as read, with the line it came from. */
    private record Row(long line, String id, String label, String definition, String image) {
    }

    /** Positions of the known columns in the header, -1 where absent. */
    private record Columns(int id, int label, int definition, int image) {
    }

    /**
     * Reads items; categories are attached from a membership file when given.
     *
     * @param file items: a table with a header or a plain list (see the class comment)
     * @param categoriesOrNull a membership matrix: a header of category names, then one row of
     *     0/1 per item in the item file's order (THINGS {@code categories27.tsv}); or null
     * @return the items in file order, each with the categories marked 1, in header order
     * @throws ImportException naming the file, the line and the reason of the first problem
     */
    public static ItemSet read(Path file, Path categoriesOrNull) throws ImportException {
        List<NumberedLine> lines = TextFiles.nonBlankLines(file);
        if (lines.isEmpty()) {
            throw new ImportException(file, 0, "contains no items");
        }
        checkDelimiter(file, lines.get(0));
        boolean table = looksLikeHeader(lines.get(0).text());
        List<Row> rows = table ? readTable(file, lines) : readList(lines);
        if (rows.isEmpty()) {
            throw new ImportException(file, 0, "has a header but no items");
        }
        checkUniqueIds(file, rows, table);
        List<List<String>> categories = categoriesOrNull == null ? null
                : CategoryFileReader.read(categoriesOrNull, rows.size());
        List<Item> items = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            items.add(new Item(row.id(), row.label(), row.definition(), row.image(),
                    categories == null ? List.of() : categories.get(i)));
        }
        return new ItemSet(items);
    }

    /**
     * The format of an item file and the role of each header column, read from its first
     * non-blank line only; {@link #read} reports problems further down.
     *
     * @return the format and, for a table, one column per header field (none for a list)
     */
    static ItemPreview.Layout describe(Path file) throws ImportException {
        List<NumberedLine> lines = TextFiles.nonBlankLines(file);
        if (lines.isEmpty()) {
            throw new ImportException(file, 0, "contains no items");
        }
        NumberedLine first = lines.get(0);
        if (!looksLikeHeader(first.text())) {
            return new ItemPreview.Layout(ItemPreview.Format.PLAIN_LIST, List.of());
        }
        char delimiter = TextFiles.delimiterOf(first.text());
        List<String> header = TextFiles.split(first.text(), delimiter, file, first.number());
        Columns columns = findColumns(header);
        List<ItemPreview.Column> described = new ArrayList<>(header.size());
        for (int c = 0; c < header.size(); c++) {
            described.add(new ItemPreview.Column(header.get(c), roleOf(columns, c)));
        }
        return new ItemPreview.Layout(delimiter == ',' ? ItemPreview.Format.CSV_TABLE
                : ItemPreview.Format.TSV_TABLE, described);
    }

    private static ItemPreview.Role roleOf(Columns columns, int c) {
        if (c == columns.id()) {
            return ItemPreview.Role.ID;
        } else if (c == columns.label()) {
            return ItemPreview.Role.LABEL;
        } else if (c == columns.definition()) {
            return ItemPreview.Role.DEFINITION;
        } else if (c == columns.image()) {
            return ItemPreview.Role.IMAGE;
        }
        return ItemPreview.Role.IGNORED;
    }

    /**
     * A first line with semicolons but no tab or comma is a table from a spreadsheet in a
     * locale that separates with ';'; read as a plain list it would give one item per row
     * named after the whole row, so it is refused instead.
     */
    private static void checkDelimiter(Path file, NumberedLine first) throws ImportException {
        String text = first.text();
        if (text.indexOf(';') >= 0 && text.indexOf('\t') < 0 && text.indexOf(',') < 0) {
            throw new ImportException(file, first.number(), "fields seem to be separated by"
                    + " ';'; item tables are tab- or comma-separated");
        }
    }

    private static boolean looksLikeHeader(String first) {
        if (first.indexOf('\t') >= 0 || first.indexOf(',') >= 0) {
            return true;
        }
        String name = normalise(first);
        return ID_NAMES.contains(name) || LABEL_NAMES.contains(name);
    }

    private static String normalise(String headerField) {
        return headerField.strip().toLowerCase(Locale.ROOT);
    }

    private static List<Row> readTable(Path file, List<NumberedLine> lines)
            throws ImportException {
        NumberedLine headerLine = lines.get(0);
        char delimiter = TextFiles.delimiterOf(headerLine.text());
        List<String> header = TextFiles.split(headerLine.text(), delimiter, file,
                headerLine.number());
        Columns columns = findColumns(header);
        if (columns.id() < 0 && columns.label() < 0) {
            throw new ImportException(file, headerLine.number(), "the header names no id column"
                    + " (id, uniqueID, item_id) and no label column (label, word, name)");
        }
        List<Row> rows = new ArrayList<>(lines.size());
        for (NumberedLine line : lines.subList(1, lines.size())) {
            List<String> fields = TextFiles.split(line.text(), delimiter, file, line.number());
            if (fields.size() != header.size()) {
                throw new ImportException(file, line.number(), "has " + fields.size()
                        + (fields.size() == 1 ? " field" : " fields") + ", the header has "
                        + header.size());
            }
            rows.add(toRow(file, line.number(), fields, columns));
        }
        return rows;
    }

    private static Columns findColumns(List<String> header) {
        int id = -1;
        int label = -1;
        int definition = -1;
        int image = -1;
        for (int c = header.size() - 1; c >= 0; c--) {
            String name = normalise(header.get(c));
            if (ID_NAMES.contains(name)) {
                id = c;
            } else if (LABEL_NAMES.contains(name)) {
                label = c;
            } else if (name.startsWith("definition")) {
                definition = c;
            } else if (IMAGE_NAMES.contains(name)) {
                image = c;
            }
        }
        return new Columns(id, label, definition, image);
    }

    private static Row toRow(Path file, long line, List<String> fields, Columns columns)
            throws ImportException {
        String id = columns.id() >= 0 ? fields.get(columns.id()) : fields.get(columns.label());
        String label = columns.label() >= 0 ? fields.get(columns.label()) : id;
        if (id.isEmpty()) {
            throw new ImportException(file, line, columns.id() >= 0 ? "the id is empty"
                    : "the label is empty (it serves as the id)");
        }
        return new Row(line, id, label.isEmpty() ? id : label, field(fields, columns.definition()),
                field(fields, columns.image()));
    }

    private static String field(List<String> fields, int column) {
        return column >= 0 ? fields.get(column) : "";
    }

    private static List<Row> readList(List<NumberedLine> lines) {
        List<Row> rows = new ArrayList<>(lines.size());
        for (NumberedLine line : lines) {
            String label = line.text().strip();
            rows.add(new Row(line.number(), label, label, "", ""));
        }
        return rows;
    }

    private static void checkUniqueIds(Path file, List<Row> rows, boolean table)
            throws ImportException {
        Map<String, Long> firstLine = new HashMap<>(rows.size() * 2);
        for (Row row : rows) {
            Long previous = firstLine.putIfAbsent(row.id(), row.line());
            if (previous != null) {
                String what = table ? "item id '" : "label '";
                String advice = table ? "" : "; a plain list uses labels as ids, so give a table"
                        + " with an id column when labels repeat";
                throw new ImportException(file, row.line(), what + row.id() + "' appears on lines "
                        + previous + " and " + row.line() + advice);
            }
        }
    }
}
