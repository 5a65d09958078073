package org.triad.app;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.triad.analysis.DimensionMatching;
import org.triad.app.ComparisonViewModel.PairRow;
import org.triad.model.RsmKind;
import org.triad.store.EmbeddingInfo;

/** The Compare view: two embeddings, their matched dimensions and their RSM correlation. */
final class ComparisonView {
    private final BorderPane root = new BorderPane();

    ComparisonView(ComparisonViewModel model, Workbench workbench) {
        root.getStyleClass().add("view");
        root.getStylesheets().add(DimensionsView.stylesheet());
        Label title = new Label("Compare models");
        title.getStyleClass().add("view-title");
        HBox header = new HBox(12, title);
        header.getStyleClass().add("view-header");
        root.setTop(new VBox(header, toolbar(model, workbench)));
        root.setCenter(body(model));
    }

    Node node() {
        return root;
    }

    private static Node toolbar(ComparisonViewModel model, Workbench workbench) {
        ComboBox<EmbeddingInfo> first = embeddings(workbench, "compareFirst");
        first.valueProperty().bindBidirectional(model.firstProperty());
        ComboBox<EmbeddingInfo> second = embeddings(workbench, "compareSecond");
        second.valueProperty().bindBidirectional(model.secondProperty());
        ChoiceBox<DimensionMatching.Criterion> criterion = new ChoiceBox<>();
        criterion.getItems().setAll(DimensionMatching.Criterion.values());
        criterion.valueProperty().bindBidirectional(model.criterionProperty());
        criterion.setConverter(DisplayNames.of(c -> "maximise Σ" + c.symbol()));
        ChoiceBox<RsmKind> kind = new ChoiceBox<>();
        kind.getItems().setAll(ComparisonViewModel.rsmKinds());
        kind.valueProperty().bindBidirectional(model.rsmKindProperty());
        kind.setConverter(DisplayNames.of(k -> k.displayName() + " RSM"));
        Button compare = new Button("Compare");
        compare.setId("compareButton");
        compare.setDefaultButton(true);
        compare.disableProperty().bind(model.busyProperty());
        compare.setOnAction(event -> model.compare());
        // At 1280 px the row is wider than the view: the model choosers give way, never the
        // button's label or the choice boxes.
        for (Region fixed : List.of(criterion, kind, compare)) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.busyProperty());
        progress.managedProperty().bind(model.busyProperty());
        HBox bar = new HBox(10, first, new Label("with"), second, criterion, kind, compare,
                progress);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("view-toolbar");
        return bar;
    }

    private static ComboBox<EmbeddingInfo> embeddings(Workbench workbench, String id) {
        ComboBox<EmbeddingInfo> box = new ComboBox<>(workbench.embeddings());
        box.setId(id);
        box.setConverter(DisplayNames.of(EmbeddingChooser::describe));
        box.setPromptText("Embedding");
        box.setPrefWidth(280);
        box.setMinWidth(140);
        return box;
    }


    private static Node body(ComparisonViewModel model) {
        Label summary = new Label();
        summary.setId("compareSummary");
        summary.getStyleClass().add("summary-line");
        summary.textProperty().bind(model.summaryProperty());
        Label rsm = new Label();
        rsm.setId("compareRsm");
        rsm.getStyleClass().add("form-label");
        rsm.textProperty().bind(model.rsmProperty());
        Label unmatched = new Label();
        unmatched.setId("compareUnmatched");
        unmatched.getStyleClass().add("note");
        unmatched.textProperty().bind(model.unmatchedProperty());
        TableView<PairRow> table = table(model);
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox card = new VBox(8, summary, rsm, table, unmatched);
        card.getStyleClass().add("card");
        return card;
    }

    private static TableView<PairRow> table(ComparisonViewModel model) {
        TableView<PairRow> table = new TableView<>(model.pairs());
        TableCopy.install(table);
        table.setId("pairTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No comparison yet."));
        TableColumn<PairRow, Number> a = number("#", PairRow::firstDim);
        TableColumn<PairRow, String> aLabel = text("First model", PairRow::firstLabel);
        TableColumn<PairRow, Number> b = number("#", PairRow::secondDim);
        TableColumn<PairRow, String> bLabel = text("Second model", PairRow::secondLabel);
        TableColumn<PairRow, Number> r = new TableColumn<>("r");
        r.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().correlation()));
        r.setCellFactory(column -> new CorrelationCell());
        r.setPrefWidth(160);
        r.setMaxWidth(220);
        table.getColumns().setAll(List.of(a, aLabel, b, bLabel, r));
        return table;
    }

    private static TableColumn<PairRow, Number> number(String title,
            ToIntFunction<PairRow> value) {
        TableColumn<PairRow, Number> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.applyAsInt(
                c.getValue())));
        column.getStyleClass().add("numeric");
        column.setMaxWidth(50);
        return column;
    }

    private static TableColumn<PairRow, String> text(String title,
            Function<PairRow, String> value) {
        TableColumn<PairRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }

    /** r as a number and a bar, green above the same-dimension threshold. */
    private static final class CorrelationCell extends TableCell<PairRow, Number> {
        @Override
        protected void updateItem(Number value, boolean empty) {
            super.updateItem(value, empty);
            if (empty || value == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            double r = value.doubleValue();
            setText(String.format(Locale.ROOT, "%.3f", r));
            Rectangle bar = new Rectangle(
                    Math.max(1, 90 * Math.max(0, r)), 9);
            bar.setFill(r > ComparisonViewModel.SAME_DIMENSION ? Color.web(
                    "#2ca02c") : Color.web("#c7cdd6"));
            setGraphic(bar);
            setContentDisplay(ContentDisplay.RIGHT);
            setGraphicTextGap(10);
        }
    }
}
