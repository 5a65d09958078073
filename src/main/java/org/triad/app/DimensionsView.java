package org.triad.app;

import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.triad.app.DimensionsViewModel.DimensionRow;
import org.triad.model.Item;

/** The Dimensions view: one row per dimension with its label, size and top items as chips. */
final class DimensionsView {
    private final BorderPane root = new BorderPane();

    DimensionsView(DimensionsViewModel model, Workbench workbench) {
        root.getStyleClass().add("view");
        root.setTop(header(model, workbench));
        ListView<DimensionRow> list = new ListView<>(model.rows());
        list.setId("dimensionList");
        list.getStyleClass().add("dimension-list");
        list.setCellFactory(view -> new DimensionCell(view));
        list.setPlaceholder(new Label("Choose an embedding to see its dimensions."));
        root.setCenter(list);
    }

    Node node() {
        return root;
    }

    private static Node header(DimensionsViewModel model, Workbench workbench) {
        Label title = new Label("Dimensions");
        title.getStyleClass().add("view-title");
        Label choose = new Label("Embedding");
        choose.getStyleClass().add("form-label");
        ProgressIndicator busy = new ProgressIndicator();
        busy.getStyleClass().add("small-progress");
        busy.visibleProperty().bind(model.loadingProperty());
        busy.managedProperty().bind(model.loadingProperty());
        Label summary = new Label();
        summary.setId("dimensionSummary");
        summary.getStyleClass().add("muted");
        summary.textProperty().bind(model.summaryProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(12, title, spacer, busy, summary, choose,
                EmbeddingChooser.create(workbench, "dimensionEmbedding"));
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("view-header");
        return header;
    }

    /** Draws a dimension as: number, label with its weight sum, then its top items as chips. */
    private static final class DimensionCell extends ListCell<DimensionRow> {
        private final Label number = new Label();
        private final Label label = new Label();
        private final Label size = new Label();
        private final FlowPane chips = new FlowPane(6, 6);
        private final HBox content;

        DimensionCell(ListView<DimensionRow> list) {
            number.getStyleClass().add("dim-number");
            number.setMinWidth(Region.USE_PREF_SIZE);
            label.getStyleClass().add("dim-label");
            size.getStyleClass().add("muted");
            HBox titleLine = new HBox(12, label, size);
            titleLine.setAlignment(Pos.BASELINE_LEFT);
            VBox text = new VBox(6, titleLine, chips);
            HBox.setHgrow(text, Priority.ALWAYS);
            content = new HBox(14, number, text);
            content.getStyleClass().add("dim-row");
            chips.prefWrapLengthProperty().bind(list.widthProperty().subtract(110));
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(DimensionRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            number.setText(Integer.toString(row.number()));
            label.setText(row.label().isEmpty() ? "Dimension " + row.number() : row.label());
            size.setText(String.format(Locale.ROOT, "sum %.1f · max %.2f", row.sum(),
                    row.max()));
            chips.getChildren().setAll(row.topItems().stream().map(DimensionCell::chip)
                    .toList());
            setGraphic(content);
        }

        private static Label chip(Item item) {
            Label chip = new Label(item.label());
            chip.getStyleClass().add("chip");
            String definition = item.definition().isEmpty() ? "" : " — " + item.definition();
            chip.setTooltip(new Tooltip(item.id() + definition));
            return chip;
        }
    }
}
