package org.triad.app;

import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.triad.analysis.ComparisonMethod;
import org.triad.analysis.ComparisonResult;
import org.triad.store.EmbeddingInfo;

/**
 * The side panel of a comparison: what the second RSM is, the four statistics with the pairs
 * they used, a bootstrap interval with progress and cancel, and the density scatter of the
 * pair values.
 */
final class RsmComparePanel {
    private static final double SCATTER_SIDE = 240;

    private final VBox root = new VBox(8);
    private final GridPane statistics = new GridPane();
    private final ImageView scatter = new ImageView();
    private final Label xRange = new Label();
    private final Label yRange = new Label();

    RsmComparePanel(RsmComparisonModel model, ObservableList<EmbeddingInfo> embeddings,
            ObservableList<String> sets) {
        Label with = new Label("Compare with");
        with.getStyleClass().add("section-title");
        Label status = new Label();
        status.setId("compareStatus");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.getStyleClass().add("muted");
        status.textProperty().bind(model.statusProperty());
        statistics.setId("compareStatistics");
        statistics.setHgap(14);
        statistics.setVgap(2);
        model.results().addListener((ListChangeListener<ComparisonResult>) c ->
                fill(model.results()));
        root.getChildren().addAll(with, RsmSourcePicker.create(model.selection(), embeddings,
                sets, "compare", 170), status, statistics, bootstrap(model), scatter(model));
        root.getStyleClass().add("compare-panel");
    }

    Node node() {
        return root;
    }

    private void fill(ObservableList<ComparisonResult> results) {
        statistics.getChildren().clear();
        for (int row = 0; row < results.size(); row++) {
            ComparisonResult result = results.get(row);
            Label name = new Label(result.method().displayName());
            Label value = new Label(Double.isNaN(result.value()) ? "undefined"
                    : String.format(Locale.ROOT, "%.4f", result.value()));
            value.setId("stat-" + result.method().name());
            value.getStyleClass().add("statistic");
            statistics.addRow(row, name, value);
        }
    }

    private Node bootstrap(RsmComparisonModel model) {
        ComboBox<ComparisonMethod> method = new ComboBox<>();
        method.getItems().setAll(ComparisonMethod.values());
        method.valueProperty().bindBidirectional(model.bootstrapMethodProperty());
        method.setConverter(DisplayNames.of(ComparisonMethod::displayName));
        Spinner<Integer> samples = new Spinner<>(10, 100_000, model.samplesProperty().get(), 100);
        samples.setId("bootstrapSamples");
        samples.setPrefWidth(90);
        samples.setEditable(true);
        // Listeners both ways: a binding through asObject() holds its wrapper only weakly, so
        // the link could be collected and the typed count silently ignored.
        samples.valueProperty().addListener((o, old, now) -> {
            if (now != null) {
                model.samplesProperty().set(now);
            }
        });
        model.samplesProperty().addListener((o, old, now) -> samples.getValueFactory()
                .setValue(now.intValue()));
        Button start = new Button("Bootstrap CI");
        start.setId("bootstrapButton");
        start.setOnAction(event -> model.startBootstrap());
        start.disableProperty().bind(model.bootstrappingProperty()
                .or(model.pictureProperty().isNull()));
        Button cancel = new Button("Cancel");
        cancel.setId("bootstrapCancel");
        cancel.setOnAction(event -> model.cancelBootstrap());
        cancel.disableProperty().bind(model.bootstrappingProperty().not());
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(model.bootstrapProgressProperty());
        progress.visibleProperty().bind(model.bootstrappingProperty());
        progress.setMaxWidth(Double.MAX_VALUE);
        Label interval = new Label();
        interval.setId("bootstrapInterval");
        interval.setWrapText(true);
        interval.setMinHeight(Region.USE_PREF_SIZE);
        interval.textProperty().bind(model.intervalProperty());
        HBox line = new HBox(6, method, samples);
        line.setAlignment(Pos.CENTER_LEFT);
        HBox buttons = new HBox(6, start, cancel, progress);
        buttons.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, line, buttons, interval);
    }

    private Node scatter(RsmComparisonModel model) {
        scatter.setId("compareScatter");
        scatter.setFitWidth(SCATTER_SIDE);
        scatter.setFitHeight(SCATTER_SIDE);
        scatter.setSmooth(false);
        model.scatterProperty().addListener((o, old, now) -> showScatter(now));
        Label x = new Label("this RSM →");
        Label y = new Label("compared RSM ↑");
        x.getStyleClass().add("muted");
        y.getStyleClass().add("muted");
        xRange.getStyleClass().add("muted");
        yRange.getStyleClass().add("muted");
        BorderPane plot = new BorderPane(scatter);
        plot.getStyleClass().add("scatter");
        VBox box = new VBox(2, y, yRange, plot, xRange, x);
        box.visibleProperty().bind(model.scatterProperty().isNotNull());
        return box;
    }

    private void showScatter(PairDensityPlot plot) {
        if (plot == null) {
            scatter.setImage(null);
            return;
        }
        WritableImage image = new WritableImage(plot.width(), plot.height());
        image.getPixelWriter().setPixels(0, 0, plot.width(), plot.height(),
                PixelFormat.getIntArgbInstance(), plot.pixels(), 0, plot.width());
        scatter.setImage(image);
        xRange.setText(String.format(Locale.ROOT, "x: %s … %s  ·  %,d pairs, shade = log count",
                RsmPicture.format(plot.xMin()), RsmPicture.format(plot.xMax()), plot.points()));
        yRange.setText(String.format(Locale.ROOT, "y: %s … %s", RsmPicture.format(plot.yMin()),
                RsmPicture.format(plot.yMax())));
    }
}
