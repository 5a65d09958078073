package org.triad.app;

import java.util.ArrayList;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import org.triad.app.ScatterModel.Points;
import org.triad.model.Embedding;

/** Two dimensions against each other, with choosers, a hover read-out and a legend. */
final class ScatterPane {
    private static final PseudoClass HINT = PseudoClass.getPseudoClass("hint");
    private final BorderPane root = new BorderPane();
    private final ScatterPlot plot;
    private final VBox legend = new VBox(4);

    ScatterPane(ScatterModel model, DimensionsViewModel dimensions) {
        plot = new ScatterPlot(model);
        plot.setId("scatterPlot");
        ComboBox<String> x = chooser("scatterX");
        ComboBox<String> y = chooser("scatterY");
        dimensions.embeddingProperty().addListener((o, old, now) -> {
            fill(x, now, model.xDimProperty().get());
            fill(y, now, model.yDimProperty().get());
        });
        fill(x, dimensions.embeddingProperty().get(), model.xDimProperty().get());
        fill(y, dimensions.embeddingProperty().get(), model.yDimProperty().get());
        x.getSelectionModel().selectedIndexProperty().addListener((o, old, now) -> {
            if (now.intValue() >= 0) {
                model.xDimProperty().set(now.intValue());
            }
        });
        y.getSelectionModel().selectedIndexProperty().addListener((o, old, now) -> {
            if (now.intValue() >= 0) {
                model.yDimProperty().set(now.intValue());
            }
        });
        Label readout = new Label();
        readout.setId("scatterReadout");
        readout.getStyleClass().add("readout");
        readout.textProperty().bind(model.readoutProperty().map(text -> text.isEmpty()
                ? "Point at an item to name it; click to open its profile." : text));
        // The hint in the plain font, as under the RSM, so that it reads in full at 1280 px.
        readout.pseudoClassStateChanged(HINT, model.readoutProperty().get().isEmpty());
        model.readoutProperty().addListener((o, old, now) -> readout.pseudoClassStateChanged(
                HINT, now.isEmpty()));
        readout.setMaxWidth(Double.MAX_VALUE);
        readout.setMinWidth(120);
        FullText.tooltip(readout);
        HBox.setHgrow(readout, Priority.ALWAYS);
        HBox tools = new HBox(8, axis("Horizontal"), x, axis("Vertical"), y, readout);
        tools.setAlignment(Pos.CENTER_LEFT);
        tools.getStyleClass().add("tab-tools");
        model.pointsProperty().addListener((o, old, now) -> legend(now));
        legend(model.pointsProperty().get());
        legend.setId("scatterLegend");
        legend.getStyleClass().add("scatter-legend");
        ScrollPane legendScroll = new ScrollPane(legend);
        legendScroll.setFitToWidth(true);
        legendScroll.setPrefWidth(190);
        legendScroll.getStyleClass().add("plot-scroll");
        VBox plotCard = new VBox(plot);
        VBox.setVgrow(plot, Priority.ALWAYS);
        plotCard.getStyleClass().add("card");
        root.setTop(tools);
        root.setCenter(plotCard);
        root.setRight(legendScroll);
        BorderPane.setMargin(legendScroll, new Insets(0, 0, 0, 12));
        root.getStyleClass().add("tab-body");
    }

    Node node() {
        return root;
    }

    /** The plot, for tests and the report. */
    ScatterPlot plot() {
        return plot;
    }

    private static Label axis(String name) {
        Label label = new Label(name);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static ComboBox<String> chooser(String id) {
        ComboBox<String> box = new ComboBox<>();
        box.setId(id);
        box.setPrefWidth(240);
        box.setMinWidth(140);
        FullText.tooltip(box);
        box.setVisibleRowCount(16);
        return box;
    }

    private static void fill(ComboBox<String> box, Embedding embedding, int dim) {
        List<String> titles = new ArrayList<>();
        for (int d = 0; embedding != null && d < embedding.dims(); d++) {
            titles.add((d + 1) + " · " + embedding.label(d));
        }
        if (!titles.equals(box.getItems())) {
            box.getItems().setAll(titles);
        }
        if (dim < titles.size()) {
            box.getSelectionModel().select(dim);
        }
    }

    private void legend(Points points) {
        legend.getChildren().clear();
        if (points == null) {
            return;
        }
        Label title = new Label("First category");
        title.getStyleClass().add("legend-title");
        legend.getChildren().add(title);
        int[] counts = new int[points.categories().size()];
        for (int category : points.category()) {
            counts[category]++;
        }
        for (int c = 0; c < points.categories().size(); c++) {
            String name = points.categories().get(c);
            Circle dot = new Circle(5, PlotStyle.category(c, name.equals(ScatterModel
                    .NO_CATEGORY)));
            Label entry = new Label(name + "  " + counts[c], dot);
            entry.getStyleClass().add("legend-entry");
            legend.getChildren().add(entry);
        }
    }
}
