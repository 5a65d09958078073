package org.triad.app;

import java.io.File;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.triad.app.DimensionDetailModel.RankedItem;

/** The selected dimension: its weight histogram over its ranked, searchable items. */
final class DimensionDetailPane {
    private final VBox root = new VBox(8);
    private final HistogramPlot histogram = new HistogramPlot();

    DimensionDetailPane(DimensionDetailModel model) {
        root.getStyleClass().addAll("card", "detail");
        Label title = new Label();
        title.setId("detailTitle");
        title.getStyleClass().add("detail-title");
        title.textProperty().bind(model.titleProperty().map(t -> t.isEmpty()
                ? "Select a dimension" : t));
        histogram.setId("histogram");
        model.histogramProperty().addListener((o, old, now) -> histogram.show(now));
        histogram.show(model.histogramProperty().get());
        ChoiceBox<DimensionDetailModel.Range> range = new ChoiceBox<>();
        range.getItems().setAll(DimensionDetailModel.Range.values());
        range.valueProperty().bindBidirectional(model.rangeProperty());
        range.setId("detailRange");
        TextField search = new TextField();
        search.setId("detailSearch");
        // Short, as in Item profile, so that it reads in full beside the range and the export.
        search.setPromptText("Search items");
        search.setTooltip(new Tooltip("Search the items by name, id or category"));
        search.textProperty().bindBidirectional(model.queryProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        Button export = new Button("Export CSV…");
        export.getStyleClass().add("export-button");
        export.setOnAction(event -> export(model));
        HBox tools = new HBox(8, range, search, export);
        tools.setAlignment(Pos.CENTER_LEFT);
        TableView<RankedItem> table = table(model);
        VBox.setVgrow(table, Priority.ALWAYS);
        root.getChildren().addAll(title, histogram, tools, table);
        root.setMinWidth(340);
    }

    Node node() {
        return root;
    }

    /** The histogram, for the report. */
    HistogramPlot histogram() {
        return histogram;
    }

    private static TableView<RankedItem> table(DimensionDetailModel model) {
        TableView<RankedItem> table = new TableView<>(model.shownItems());
        table.setId("rankedTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No item matches."));
        TableColumn<RankedItem, Number> rank = new TableColumn<>("Rank");
        rank.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().rank()));
        rank.getStyleClass().add("numeric");
        widths(rank, 50, 55, 70);
        TableColumn<RankedItem, String> item = new TableColumn<>("Item");
        item.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().item().label()));
        item.setCellFactory(c -> new FullTextCell<>());
        // THINGS names such as "can opener" and "doorhandle" read in full at the default size.
        widths(item, 90, 110, Double.MAX_VALUE);
        TableColumn<RankedItem, String> category = new TableColumn<>("Categories");
        category.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().item()
                .categories().stream().collect(Collectors.joining(", "))));
        category.setCellFactory(c -> new FullTextCell<>());
        widths(category, 80, 150, Double.MAX_VALUE);
        TableColumn<RankedItem, String> weight = new TableColumn<>("Weight");
        weight.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.format(Locale.ROOT,
                "%.3f", c.getValue().weight())));
        weight.getStyleClass().add("numeric");
        widths(weight, 68, 72, 90);
        table.getColumns().setAll(List.of(rank, item, category, weight));
        return table;
    }

    private static void widths(TableColumn<?, ?> column, double min, double pref, double max) {
        column.setMinWidth(min);
        column.setPrefWidth(pref);
        column.setMaxWidth(max);
    }

    private void export(DimensionDetailModel model) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export items as CSV");
        chooser.setInitialFileName("dimension-" + (model.dimensionProperty().get() + 1)
                + "-items.csv");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        File file = chooser.showSaveDialog(root.getScene().getWindow());
        if (file != null) {
            model.exportShown(file.toPath());
        }
    }

    /** A region that takes the free width of a row. */
    static Region spacer() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return spacer;
    }
}
