package org.triad.app;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javafx.event.EventHandler;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.triad.app.DimensionsViewModel.DimensionRow;

/**
 * The Dimensions view: the dimensions as rows (label, size, top items) beside the selected
 * dimension's histogram and ranked items; an item's profile; and a scatter of two dimensions,
 * each on its own tab.
 */
final class DimensionsView {
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z,
            KeyCombination.SHORTCUT_DOWN);

    private final BorderPane root = new BorderPane();
    private final DimensionsViewModel model;
    private final TabPane tabs = new TabPane();
    private final DimensionDetailPane detail;
    private final ScatterPane scatter;

    DimensionsView(DimensionsViewModel model, Workbench workbench) {
        this.model = model;
        root.getStyleClass().add("view");
        root.getStylesheets().add(stylesheet());
        detail = new DimensionDetailPane(model.detail());
        scatter = new ScatterPane(model.scatter(), model);
        Tab list = new Tab("Dimensions", dimensionsTab());
        PlotExport.offer(detail.histogram(), "histogram", workbench.dialogs());
        PlotExport.offer(scatter.plot(), "scatter", workbench.dialogs());
        Tab profile = new Tab("Item profile", new ItemProfilePane(model.profile(),
                workbench.dialogs()).node());
        Tab plot = new Tab("Scatter", scatter.node());
        list.setId("tabDimensions");
        profile.setId("tabProfile");
        plot.setId("tabScatter");
        tabs.getTabs().setAll(list, profile, plot);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("dimensionTabs");
        model.scatter().setOnOpenProfile(() -> tabs.getSelectionModel().select(profile));
        root.setTop(new VBox(header(workbench), toolbar()));
        root.setCenter(tabs);
        // On the scene, not the view, so that Ctrl+Z works wherever the focus is while the view
        // is shown; text fields consume it first for their own undo.
        EventHandler<KeyEvent> undo = event -> {
            if (UNDO.match(event)) {
                model.undoLabelEdit();
                event.consume();
            }
        };
        root.sceneProperty().addListener((o, old, now) -> {
            if (old != null) {
                old.removeEventHandler(KeyEvent.KEY_PRESSED, undo);
            }
            if (now != null) {
                now.addEventHandler(KeyEvent.KEY_PRESSED, undo);
            }
        });
    }

    Node node() {
        return root;
    }

    /** The tabs, for tests. */
    TabPane tabs() {
        return tabs;
    }

    /** The stylesheet of the interpretation views (Dimensions, Compare, Evaluate). */
    static String stylesheet() {
        return Objects.requireNonNull(DimensionsView.class.getResource("interpret.css"),
                "interpret.css").toExternalForm();
    }

    private Node dimensionsTab() {
        ListView<DimensionRow> list = new ListView<>(model.rows());
        list.setId("dimensionList");
        list.getStyleClass().add("dimension-list");
        list.setEditable(true);
        list.setCellFactory(view -> new DimensionCell(view, model));
        list.setPlaceholder(new Label("Choose an embedding to see its dimensions."));
        list.setOnEditCommit(event -> model.renameDimension(event.getIndex(),
                event.getNewValue().label()));
        list.setOnKeyPressed(event -> {
            int selected = list.getSelectionModel().getSelectedIndex();
            if (event.getCode() == KeyCode.F2 && selected >= 0) {
                list.edit(selected);
            }
        });
        list.getSelectionModel().selectedIndexProperty().addListener((o, old, now) -> {
            if (now.intValue() >= 0) {
                model.detail().select(now.intValue());
            }
        });
        model.topCountProperty().addListener((o, old, now) -> list.refresh());
        SplitPane split = new SplitPane(list, detail.node());
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.6);
        split.getStyleClass().add("tab-body");
        return split;
    }

    private Node header(Workbench workbench) {
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
        HBox header = new HBox(12, title, DimensionDetailPane.spacer(), busy, summary, choose,
                EmbeddingChooser.create(workbench, "dimensionEmbedding"));
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("view-header");
        return header;
    }

    private Node toolbar() {
        Slider slider = new Slider(DimensionsViewModel.MIN_TOP_ITEMS,
                DimensionsViewModel.MAX_TOP_ITEMS, model.topCountProperty().get());
        slider.setId("topCount");
        slider.setMajorTickUnit(5);
        slider.setMinorTickCount(4);
        slider.setSnapToTicks(true);
        slider.setPrefWidth(160);
        slider.valueProperty().addListener((o, old, now) -> model.topCountProperty().set(
                (int) Math.round(now.doubleValue())));
        Label count = new Label();
        count.getStyleClass().add("muted");
        count.textProperty().bind(model.topCountProperty().map(n -> String.format(Locale.ROOT,
                "%d top items", n.intValue())));
        Button undo = new Button("Undo label edit");
        undo.setId("undoLabel");
        undo.setTooltip(new Tooltip("Ctrl+Z"));
        undo.disableProperty().bind(model.canUndoProperty().not());
        undo.setOnAction(event -> model.undoLabelEdit());
        Button labels = new Button("Import labels…");
        labels.setId("importLabels");
        labels.setTooltip(new Tooltip("A text file with one label per line, in dimension order"));
        labels.setOnAction(event -> open("Import dimension labels", "Labels", "*.txt")
                .ifPresent(model::importLabels));
        Button csv = new Button("Export table…");
        csv.setOnAction(event -> save("Export the dimension table", "dimensions.csv", "CSV",
                "*.csv").ifPresent(model::exportTable));
        Button report = new Button("HTML report…");
        report.setId("htmlReport");
        report.setOnAction(event -> save("Save a one-page report", "dimensions-report.html",
                "HTML", "*.html").ifPresent(file -> model.exportReport(file,
                        PlotStyle.png(reportScatter(), 800, 520),
                        PlotStyle.png(detail.histogram(), 640, 260))));
        for (Button button : new Button[] {csv, report}) {
            button.getStyleClass().add("export-button");
        }
        HBox bar = new HBox(10, new Label("Show"), slider, count, DimensionDetailPane.spacer(),
                undo, labels, csv, report);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("view-toolbar");
        return bar;
    }

    /** A scatter of the shown dimensions with its legend inside, for the report. */
    private ScatterPlot reportScatter() {
        ScatterPlot plot = new ScatterPlot(model.scatter());
        plot.drawLegend();
        return plot;
    }

    private Optional<Path> open(String title, String kind,
            String pattern) {
        FileChooser chooser = chooser(title, kind, pattern);
        File file = chooser.showOpenDialog(root.getScene().getWindow());
        return Optional.ofNullable(file).map(File::toPath);
    }

    private Optional<Path> save(String title, String name, String kind,
            String pattern) {
        FileChooser chooser = chooser(title, kind, pattern);
        chooser.setInitialFileName(name);
        File file = chooser.showSaveDialog(root.getScene().getWindow());
        return Optional.ofNullable(file).map(File::toPath);
    }

    private static FileChooser chooser(String title, String kind, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, pattern));
        return chooser;
    }
}
