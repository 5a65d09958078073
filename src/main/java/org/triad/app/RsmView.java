package org.triad.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import javafx.scene.shape.Rectangle;

/** The RSM view: the choice-probability RSM as a heatmap with a legend and a hover read-out. */
final class RsmView {
    private static final int LEGEND_STOPS = 16;
    private static final PseudoClass HINT = PseudoClass.getPseudoClass("hint");

    private final BorderPane root = new BorderPane();
    private final HeatmapPane heatmap;
    private final Label legendMax = new Label();
    private final Label legendMin = new Label();

    RsmView(RsmViewModel model, Workbench workbench) {
        root.getStyleClass().add("view");
        heatmap = new HeatmapPane(model::hover);
        root.setTop(header(model, workbench));
        heatmap.setLegend(legend());
        heatmap.getStyleClass().add("rsm-center");
        root.setCenter(heatmap);
        Label readout = new Label();
        readout.setId("rsmReadout");
        readout.getStyleClass().add("readout");
        readout.textProperty().bind(Bindings.when(model.readoutProperty().isEmpty())
                .then("Point at a cell to read its value · wheel: zoom · drag: pan · "
                        + "double-click: all").otherwise(model.readoutProperty()));
        readout.pseudoClassStateChanged(HINT, true);
        model.readoutProperty().addListener((o, old, now) ->
                readout.pseudoClassStateChanged(HINT, now.isEmpty()));
        readout.setMaxWidth(Double.MAX_VALUE);
        readout.visibleProperty().bind(model.pictureProperty().isNotNull());
        root.setBottom(readout);
        model.pictureProperty().addListener((o, old, now) -> show(now));
    }

    Node node() {
        return root;
    }

    /** The heatmap, for tests. */
    HeatmapPane heatmap() {
        return heatmap;
    }

    private Node header(RsmViewModel model, Workbench workbench) {
        Button export = PngExport.button(heatmap, "rsm.png", workbench.dialogs());
        export.disableProperty().bind(model.pictureProperty().isNull());
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
        Label choose = new Label("Embedding");
        choose.getStyleClass().add("form-label");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox line = new HBox(12, title, spacer, progress, choose,
                EmbeddingChooser.create(workbench, "rsmEmbedding"), export);
        line.setAlignment(Pos.CENTER_LEFT);
        VBox header = new VBox(4, line, status);
        header.getStyleClass().add("view-header");
        return header;
    }

    private Node legend() {
        List<Stop> stops = new ArrayList<>();
        for (int s = 0; s <= LEGEND_STOPS; s++) {
            double t = s / (double) LEGEND_STOPS;
            int argb = ColorMap.argb(1 - t);
            stops.add(new Stop(t, Color.rgb(argb >> 16 & 0xff, argb >> 8 & 0xff, argb & 0xff)));
        }
        Rectangle bar = new Rectangle(18, 260,
                new LinearGradient(0, 0, 0, 1, true, CycleMethod.NO_CYCLE, stops));
        Label title = new Label("choice\nprobability");
        title.getStyleClass().add("legend-title");
        legendMax.setId("legendMax");
        legendMin.setId("legendMin");
        Label diagonal = new Label("diagonal = 1");
        diagonal.getStyleClass().add("muted");
        VBox legend = new VBox(6, title, legendMax, bar, legendMin, diagonal);
        legend.getStyleClass().add("legend");
        legend.visibleProperty().bind(legendMax.textProperty().isNotEmpty());
        return legend;
    }

    private void show(RsmPicture picture) {
        heatmap.show(picture);
        legendMax.setText(picture == null ? "" : format(picture.max()));
        legendMin.setText(picture == null ? "" : format(picture.min()));
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
