package org.triad.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import javafx.scene.shape.Rectangle;
import org.triad.model.RsmKind;

/**
 * The colour legend beside a heatmap: the kind, the value range of the colour map, that the
 * diagonal is 1, and, when the RSM has NaN cells, the grey that marks them.
 */
final class RsmLegend {
    private static final int STOPS = 16;

    private final VBox box;
    private final Label title = new Label();
    private final Label max = new Label();
    private final Label min = new Label();
    private final HBox noData;
    private final Label noDataText = new Label();

    /** @param id prefix of the node ids, e.g. "legend" gives legendMax and legendMin */
    RsmLegend(String id, double barHeight) {
        title.getStyleClass().add("legend-title");
        max.setId(id + "Max");
        min.setId(id + "Min");
        Label diagonal = new Label("diagonal = 1");
        diagonal.getStyleClass().add("muted");
        Rectangle swatch = new Rectangle(18, 12, color(ColorMap.NO_DATA));
        swatch.setStroke(Color.web("#b0b7c3"));
        noDataText.setId(id + "NoData");
        noDataText.getStyleClass().add("muted");
        noData = new HBox(6, swatch, noDataText);
        noData.managedProperty().bind(noData.visibleProperty());
        box = new VBox(6, title, max, bar(barHeight), min, diagonal, noData);
        box.getStyleClass().add("legend");
        box.setVisible(false);
    }

    Node node() {
        return box;
    }

    /** Shows a picture's kind and range; null hides the legend. */
    void show(RsmPicture picture) {
        box.setVisible(picture != null);
        if (picture == null) {
            return;
        }
        RsmKind kind = picture.rsm().kind();
        title.setText(kind == RsmKind.CHOICE_PROBABILITY ? "choice\nprobability"
                : kind.displayName().replace(' ', '\n'));
        max.setText(RsmPicture.format(picture.max()));
        min.setText(RsmPicture.format(picture.min()));
        long pairs = (long) picture.size() * (picture.size() - 1);
        noData.setVisible(picture.noData() > 0);
        noDataText.setText(String.format(Locale.ROOT, "no data\n(%.1f %%)",
                pairs == 0 ? 0 : 100.0 * picture.noData() / pairs));
    }

    private static Rectangle bar(double height) {
        List<Stop> stops = new ArrayList<>();
        for (int s = 0; s <= STOPS; s++) {
            double t = s / (double) STOPS;
            stops.add(new Stop(t, color(ColorMap.argb(1 - t))));
        }
        return new Rectangle(18, height,
                new LinearGradient(0, 0, 0, 1, true, CycleMethod.NO_CYCLE, stops));
    }

    private static Color color(int argb) {
        return Color.rgb(argb >> 16 & 0xff, argb >> 8 & 0xff, argb & 0xff);
    }
}
