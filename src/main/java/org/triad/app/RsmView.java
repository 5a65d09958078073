package org.triad.app;

import java.io.File;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.triad.model.Item;

/**
 * The RSM view: a heatmap of the picked RSM in the picked ordering, with legend, category
 * bands, hover read-out and block selection; optionally a second RSM beside it in the same
 * ordering, with the comparison in the side panel.
 */
final class RsmView {
    private static final PseudoClass HINT = PseudoClass.getPseudoClass("hint");
    private static final double SIDE_WIDTH = 330;

    private final BorderPane root = new BorderPane();
    private final HeatmapPane heatmap;
    private final HeatmapPane second;
    private final RsmLegend legend = new RsmLegend("legend", 220);
    private final RsmLegend secondLegend = new RsmLegend("compareLegend", 220);
    private final TabPane side = new TabPane();

    RsmView(RsmViewModel model, Workbench workbench) {
        root.getStyleClass().add("view");
        heatmap = new HeatmapPane(model::hover, false, "heatmap");
        second = new HeatmapPane(model::hover, true, "compareHeatmap");
        heatmap.setLegend(legend.node());
        second.setLegend(secondLegend.node());
        root.setTop(header(model, workbench));
        root.setCenter(center(model));
        root.setRight(side(model, workbench));
        root.setBottom(readout(model));
        model.pictureProperty().addListener((o, old, now) -> {
            heatmap.show(now);
            legend.show(now);
        });
        model.comparison().pictureProperty().addListener((o, old, now) -> {
            second.show(now);
            secondLegend.show(now);
        });
        model.blockProperty().addListener((o, old, now) -> {
            heatmap.showSelection(now);
            second.showSelection(now);
        });
    }

    Node node() {
        return root;
    }

    /** The heatmap, for tests. */
    HeatmapPane heatmap() {
        return heatmap;
    }

    private Node header(RsmViewModel model, Workbench workbench) {
        Label title = new Label("RSM");
        title.getStyleClass().add("view-title");
        Label status = new Label();
        status.setId("rsmStatus");
        status.getStyleClass().add("muted");
        status.textProperty().bind(model.statusProperty());
        ProgressBar progress = new ProgressBar();
        progress.setId("rsmProgress");
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.busyProperty());
        progress.managedProperty().bind(model.busyProperty());
        progress.setPrefWidth(160);
        ComboBox<RsmOrdering> ordering = new ComboBox<>();
        ordering.setId("rsmOrdering");
        ordering.getItems().setAll(RsmOrdering.values());
        ordering.valueProperty().bindBidirectional(model.orderingProperty());
        ToggleButton compare = new ToggleButton("Compare");
        compare.setId("compareToggle");
        compare.selectedProperty().bindBidirectional(model.comparison().enabledProperty());
        compare.selectedProperty().addListener((o, old, now) ->
                side.getSelectionModel().select(now ? 1 : 0));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox controls = new HBox(8, RsmSourcePicker.create(model.source(),
                workbench.embeddings(), model.judgementSets(), "rsm", 300), label("Order"),
                ordering, spacer, compare, progress, export(model, workbench));
        controls.setAlignment(Pos.CENTER_LEFT);
        VBox header = new VBox(6, title, controls, status);
        header.getStyleClass().add("view-header");
        return header;
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("form-label");
        return label;
    }

    private MenuButton export(RsmViewModel model, Workbench workbench) {
        MenuItem png = new MenuItem("Heatmap as PNG…");
        // The whole matrix with title, bands and legend, as the SVG: not the zoomed view.
        png.setOnAction(event -> PngExport.save(heatmap, () -> RsmFigure.canvas(
                model.pictureProperty().get(), model.figureTitle()), "rsm.png",
                workbench.dialogs()));
        MenuItem csv = new MenuItem("RSM as CSV…");
        csv.setOnAction(event -> saveMatrix(model, "rsm.csv", "CSV with item ids", "*.csv"));
        MenuItem npy = new MenuItem("RSM as NumPy .npy + ids…");
        npy.setOnAction(event -> saveMatrix(model, "rsm.npy", "NumPy array", "*.npy"));
        MenuItem svg = new MenuItem("Heatmap as SVG…");
        svg.setOnAction(event -> PlotExport.saveSvg(heatmap, "rsm.svg", () -> RsmFigure.svg(
                model.pictureProperty().get(), model.figureTitle()), workbench.dialogs()));
        MenuButton export = new MenuButton("Export", null, png, svg, csv, npy);
        export.setId("rsmExport");
        export.disableProperty().bind(model.pictureProperty().isNull());
        return export;
    }

    private void saveMatrix(RsmViewModel model, String name, String what, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the RSM");
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(what, pattern));
        File file = chooser.showSaveDialog(root.getScene().getWindow());
        if (file != null) {
            model.export(file.toPath());
        }
    }

    private Node center(RsmViewModel model) {
        heatmap.getStyleClass().add("rsm-center");
        second.getStyleClass().add("rsm-center");
        var comparing = model.comparison().enabledProperty();
        second.visibleProperty().bind(comparing);
        second.managedProperty().bind(comparing);
        // two heatmaps share the width: the category names give way, the strip stays
        comparing.addListener((o, old, now) -> heatmap.setCategoryNames(!now));
        // the second heatmap follows the first one's zoom and pan, cell for cell
        heatmap.setOnViewChanged(second::setView);
        second.setOnViewChanged(heatmap::setView);
        heatmap.setOnSelect(model::select);
        second.setOnSelect(model::select);
        HBox.setHgrow(heatmap, Priority.ALWAYS);
        HBox.setHgrow(second, Priority.ALWAYS);
        return new HBox(12, heatmap, second);
    }

    private Node side(RsmViewModel model, Workbench workbench) {
        Label summary = new Label();
        summary.setId("blockSummary");
        summary.setWrapText(true);
        summary.textProperty().bind(Bindings.when(model.blockSummaryProperty().isEmpty())
                .then("Shift-drag on the heatmap to select a block; its rows' items are "
                        + "listed here.").otherwise(model.blockSummaryProperty()));
        ListView<Item> items = new ListView<>(model.blockItems());
        items.setId("blockItems");
        items.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Item item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.label()
                        + (item.id().equals(item.label()) ? "" : "  ·  " + item.id())
                        + (item.categories().isEmpty() ? "" : "  ·  " + item.categories()
                                .get(0)));
            }
        });
        VBox.setVgrow(items, Priority.ALWAYS);
        Button clear = new Button("Clear");
        clear.setOnAction(event -> model.clearBlock());
        clear.disableProperty().bind(model.blockProperty().isNull());
        VBox selection = new VBox(8, summary, items, clear);
        selection.getStyleClass().add("side-section");
        Tab block = new Tab("Selection", selection);
        Node comparePanel = new RsmComparePanel(model.comparison(), workbench.embeddings(),
                model.judgementSets()).node();
        comparePanel.getStyleClass().add("side-section");
        // Statistics, bootstrap and scatter are taller than a small window: they scroll.
        ScrollPane compareScroll = new ScrollPane(comparePanel);
        compareScroll.setFitToWidth(true);
        compareScroll.getStyleClass().add("edge-to-edge");
        Tab compare = new Tab("Comparison", compareScroll);
        side.getTabs().setAll(block, compare);
        side.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        side.setPrefWidth(SIDE_WIDTH);
        side.setMinWidth(SIDE_WIDTH);
        model.blockProperty().addListener((o, old, now) -> {
            if (now != null) {
                side.getSelectionModel().select(block);
            }
        });
        return side;
    }

    private Node readout(RsmViewModel model) {
        Label readout = new Label();
        readout.setId("rsmReadout");
        readout.getStyleClass().add("readout");
        readout.textProperty().bind(Bindings.when(model.readoutProperty().isEmpty())
                .then("Point at a cell to read its value · wheel: zoom · drag: pan · "
                        + "shift-drag: select a block · double-click: all")
                .otherwise(model.readoutProperty()));
        readout.pseudoClassStateChanged(HINT, true);
        model.readoutProperty().addListener((o, old, now) ->
                readout.pseudoClassStateChanged(HINT, now.isEmpty()));
        readout.setMaxWidth(Double.MAX_VALUE);
        readout.visibleProperty().bind(model.pictureProperty().isNotNull());
        return readout;
    }
}
