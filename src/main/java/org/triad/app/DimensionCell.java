package org.triad.app;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.triad.app.DimensionsViewModel.DimensionRow;
import org.triad.model.Item;

/**
 * Draws a dimension as: number, label with its weight sum, then its top items as chips (with a
 * thumbnail where the item has an image). The label is edited in place: double-click or F2,
 * Enter saves, Escape cancels.
 */
final class DimensionCell extends ListCell<DimensionRow> {
    private static final double THUMBNAIL = 56;
    /** Thumbnails load once per view, in the background. */
    private static final Map<Path, Image> THUMBNAILS = new HashMap<>();

    private final DimensionsViewModel model;
    private final Label number = new Label();
    private final Label label = new Label();
    private final TextField editor = new TextField();
    private final Label size = new Label();
    private final FlowPane chips = new FlowPane(6, 6);
    private final HBox titleLine;
    private final HBox content;

    DimensionCell(ListView<DimensionRow> list, DimensionsViewModel model) {
        this.model = model;
        number.getStyleClass().add("dim-number");
        number.setMinWidth(Region.USE_PREF_SIZE);
        label.getStyleClass().add("dim-label");
        label.setTooltip(new Tooltip("Double-click or F2 to rename"));
        editor.getStyleClass().add("dim-editor");
        editor.setPrefColumnCount(24);
        editor.setOnAction(event -> commitEdit(relabelled(editor.getText())));
        editor.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                cancelEdit();
            }
        });
        size.getStyleClass().add("muted");
        titleLine = new HBox(12, label, size);
        titleLine.setAlignment(Pos.BASELINE_LEFT);
        VBox text = new VBox(6, titleLine, chips);
        HBox.setHgrow(text, Priority.ALWAYS);
        content = new HBox(14, number, text);
        content.getStyleClass().add("dim-row");
        chips.prefWrapLengthProperty().bind(list.widthProperty().subtract(110));
        setPrefWidth(0);
    }

    private DimensionRow relabelled(String text) {
        DimensionRow row = getItem();
        return new DimensionRow(row.number(), text.strip(), row.sum(), row.max(),
                row.topItems());
    }

    @Override
    public void startEdit() {
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        editor.setText(getItem().label());
        titleLine.getChildren().set(0, editor);
        editor.requestFocus();
        editor.selectAll();
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        titleLine.getChildren().set(0, label);
        getListView().requestFocus();
    }

    @Override
    public void commitEdit(DimensionRow row) {
        super.commitEdit(row);
        titleLine.getChildren().set(0, label);
        getListView().requestFocus();
    }

    @Override
    protected void updateItem(DimensionRow row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null) {
            setGraphic(null);
            return;
        }
        number.setText(Integer.toString(row.number()));
        label.setText(row.title());
        size.setText(String.format(Locale.ROOT, "sum %.1f · max %.2f", row.sum(), row.max()));
        List<Item> top = row.topItems().subList(0, Math.min(row.topItems().size(),
                model.topCountProperty().get()));
        chips.getChildren().setAll(top.stream().map(this::chip).toList());
        if (!isEditing()) {
            titleLine.getChildren().set(0, label);
        }
        setGraphic(content);
    }

    private Node chip(Item item) {
        Label chip = new Label(item.label());
        chip.getStyleClass().add("chip");
        String definition = item.definition().isEmpty() ? "" : " — " + item.definition();
        chip.setTooltip(new Tooltip(item.id() + definition));
        Path image = model.image(item);
        if (image == null) {
            return chip;
        }
        ImageView view = new ImageView(THUMBNAILS.computeIfAbsent(image, path -> new Image(
                path.toUri().toString(), THUMBNAIL, THUMBNAIL, true, true, true)));
        chip.getStyleClass().add("image-chip");
        VBox box = new VBox(2, view, chip);
        box.setAlignment(Pos.CENTER);
        return box;
    }
}
