package org.triad.app;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.controlsfx.control.textfield.CustomTextField;
import org.controlsfx.control.textfield.TextFields;
import org.triad.app.ItemsViewModel.ItemRow;

/** The Items view: a searchable table of the project's items. */
final class ItemsView {
    private final BorderPane root = new BorderPane();

    ItemsView(ItemsViewModel model) {
        root.getStyleClass().add("view");
        root.setTop(header(model));
        root.setCenter(table(model));
    }

    Node node() {
        return root;
    }

    private static Node header(ItemsViewModel model) {
        Label title = new Label("Items");
        title.getStyleClass().add("view-title");
        CustomTextField search = (CustomTextField) TextFields.createClearableTextField();
        search.setId("itemSearch");
        search.setPromptText("Search word, id, definition or category");
        search.setPrefColumnCount(32);
        search.textProperty().bindBidirectional(model.queryProperty());
        Label count = new Label();
        count.setId("itemCount");
        count.getStyleClass().add("muted");
        count.textProperty().bind(model.countTextProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(16, title, spacer, count, search);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("view-header");
        return header;
    }

    private static Node table(ItemsViewModel model) {
        TableView<ItemRow> table = new TableView<>();
        table.setId("itemTable");
        SortedList<ItemRow> sorted = new SortedList<>(model.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getColumns().add(indexColumn());
        table.getColumns().add(textColumn("Id", 150, row -> row.item().id()));
        table.getColumns().add(textColumn("Word", 150, row -> row.item().label()));
        TableColumn<ItemRow, String> definition = textColumn("Definition", 520,
                row -> row.item().definition());
        definition.setCellFactory(column -> new TooltipCell());
        table.getColumns().add(definition);
        table.getColumns().add(textColumn("Categories", 220, ItemRow::categories));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No item matches the search."));
        TableCopy.install(table);
        return table;
    }

    /** Shows the whole text in a tooltip, since long definitions are cut off in the column. */
    private static final class TooltipCell extends TableCell<ItemRow, String> {
        private final Tooltip tooltip = new Tooltip();

        TooltipCell() {
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(480);
        }

        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            setText(empty ? null : text);
            tooltip.setText(text);
            setTooltip(empty || text == null || text.isEmpty() ? null : tooltip);
        }
    }

    private static TableColumn<ItemRow, Number> indexColumn() {
        TableColumn<ItemRow, Number> column = new TableColumn<>("#");
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().index()));
        column.setPrefWidth(64);
        column.setMaxWidth(90);
        column.getStyleClass().add("numeric");
        return column;
    }

    private static TableColumn<ItemRow, String> textColumn(String title, double width,
            Function<ItemRow, String> value) {
        TableColumn<ItemRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
