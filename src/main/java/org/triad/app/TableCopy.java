package org.triad.app;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * Copies a table's rows to the clipboard as tab-separated values with a header row, so that
 * they paste into a spreadsheet or a pandas {@code read_clipboard()}: Ctrl+C copies the
 * selected rows, the context menu also offers every row.
 */
final class TableCopy {
    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C,
            KeyCombination.SHORTCUT_DOWN);

    private TableCopy() {
    }

    /** Adds Ctrl+C and a context menu to a table, and lets it select several rows. */
    static <S> void install(TableView<S> table) {
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setOnKeyPressed(event -> {
            if (COPY.match(event)) {
                copySelected(table);
                event.consume();
            }
        });
        MenuItem selected = new MenuItem("Copy selected rows (TSV)");
        selected.setOnAction(event -> copySelected(table));
        MenuItem all = new MenuItem("Copy all rows (TSV)");
        all.setOnAction(event -> toClipboard(tsv(table, table.getItems())));
        table.setContextMenu(new ContextMenu(selected, all));
    }

    /** The selected rows, or every row when none is selected. */
    static <S> void copySelected(TableView<S> table) {
        List<S> rows = table.getSelectionModel().getSelectedItems();
        toClipboard(tsv(table, rows.isEmpty() ? table.getItems() : List.copyOf(rows)));
    }

    /** The visible columns' header and the rows' cell values, one line each, tab-separated. */
    static <S> String tsv(TableView<S> table, List<S> rows) {
        List<TableColumn<S, ?>> columns = new ArrayList<>();
        for (TableColumn<S, ?> column : table.getVisibleLeafColumns()) {
            columns.add(column);
        }
        StringBuilder text = new StringBuilder();
        appendLine(text, columns.stream().map(TableColumn::getText).toList());
        for (S row : rows) {
            appendLine(text, columns.stream().map(column -> cell(column, row)).toList());
        }
        return text.toString();
    }

    private static <S> String cell(TableColumn<S, ?> column, S row) {
        Object value = column.getCellObservableValue(row) == null ? null
                : column.getCellObservableValue(row).getValue();
        return value == null ? "" : value.toString();
    }

    /** A tab or line break inside a value would split it; they become spaces. */
    private static void appendLine(StringBuilder text, List<String> values) {
        text.append(String.join("\t", values.stream()
                .map(value -> value.replaceAll("[\\t\\r\\n]+", " ")).toList())).append('\n');
    }

    private static void toClipboard(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
