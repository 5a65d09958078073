package org.triad.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.triad.store.TextFiles.NumberedLine;

/**
 * Reads a category membership matrix: a header of category names, then one row of 0/1 per item
 * (THINGS {@code categories27.tsv}: 27 names, 1,854 rows). Tab- or comma-separated.
 */
final class CategoryFileReader {
    private CategoryFileReader() {
    }

    /**
     * @return for each item, in row order, the names of the categories marked 1, in header order
     * @throws ImportException on a row count other than {@code itemCount}, a short or long row,
     *     or a value other than 0 or 1
     */
    static List<List<String>> read(Path file, int itemCount) throws ImportException {
        List<NumberedLine> lines = TextFiles.nonBlankLines(file);
        if (lines.isEmpty()) {
            throw new ImportException(file, 0, "contains no categories");
        }
        NumberedLine headerLine = lines.get(0);
        char delimiter = TextFiles.delimiterOf(headerLine.text());
        List<String> names = TextFiles.split(headerLine.text(), delimiter, file,
                headerLine.number());
        if (lines.size() - 1 != itemCount) {
            throw new ImportException(file, 0, "has " + (lines.size() - 1)
                    + " rows, the item set has " + itemCount);
        }
        List<List<String>> memberships = new ArrayList<>(itemCount);
        for (NumberedLine line : lines.subList(1, lines.size())) {
            memberships.add(readRow(file, line, delimiter, names));
        }
        return memberships;
    }

    private static List<String> readRow(Path file, NumberedLine line, char delimiter,
            List<String> names) throws ImportException {
        List<String> fields = TextFiles.split(line.text(), delimiter, file, line.number());
        if (fields.size() != names.size()) {
            throw new ImportException(file, line.number(), "has " + fields.size()
                    + " values, the header names " + names.size() + " categories");
        }
        List<String> member = new ArrayList<>(2);
        for (int c = 0; c < fields.size(); c++) {
            String value = fields.get(c);
            if ("1".equals(value)) {
                member.add(names.get(c));
            } else if (!"0".equals(value)) {
                throw new ImportException(file, line.number(), "'" + value + "' in column '"
                        + names.get(c) + "' is not 0 or 1");
            }
        }
        return member;
    }
}
