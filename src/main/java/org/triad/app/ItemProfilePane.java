package org.triad.app;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.triad.app.ItemProfileModel.Neighbour;
import org.triad.app.ItemProfileModel.Profile;
import org.triad.model.Item;

/** An item's profile: a search on the left, its weights in the middle, its neighbours right. */
final class ItemProfilePane {
    private final HBox root;

    ItemProfilePane(ItemProfileModel model, DialogService dialogs) {
        TextField search = new TextField();
        search.setId("profileSearch");
        search.setPromptText("Search items");
        search.textProperty().bindBidirectional(model.queryProperty());
        ListView<Item> matches = new ListView<>(model.matches());
        matches.setId("profileMatches");
        matches.setCellFactory(view -> new MatchCell());
        matches.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (now != null) {
                model.select(now);
            }
        });
        search.setOnAction(event -> {
            if (!model.matches().isEmpty()) {
                matches.getSelectionModel().select(0);
            }
        });
        VBox.setVgrow(matches, Priority.ALWAYS);
        VBox left = new VBox(8, search, matches);
        left.getStyleClass().add("card");
        left.setPrefWidth(250);
        left.setMinWidth(200);
        root = new HBox(12, left, weights(model, dialogs), neighbours(model));
        root.getStyleClass().add("tab-body");
    }

    Node node() {
        return root;
    }

    private static Node weights(ItemProfileModel model, DialogService dialogs) {
        Label title = new Label();
        title.setId("profileTitle");
        title.getStyleClass().add("detail-title");
        Label definition = new Label();
        definition.getStyleClass().add("muted");
        definition.setWrapText(true);
        definition.setMinHeight(Region.USE_PREF_SIZE);
        ProfilePlot plot = new ProfilePlot();
        plot.setId("profilePlot");
        PlotExport.offer(plot, "profile", dialogs);
        model.profileProperty().addListener((o, old, now) -> show(now, title, definition, plot));
        show(model.profileProperty().get(), title, definition, plot);
        ScrollPane scroll = new ScrollPane(plot);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("plot-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox box = new VBox(6, title, definition, scroll);
        box.getStyleClass().add("card");
        // A modest preferred width, so that at the default size it alone takes what is left
        // and the neighbours keep theirs; it grows into any more.
        box.setPrefWidth(400);
        box.setMinWidth(200);
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }

    private static void show(Profile profile, Label title, Label definition, ProfilePlot plot) {
        plot.show(profile);
        if (profile == null) {
            title.setText("No item");
            definition.setText("");
            return;
        }
        Item item = profile.item();
        title.setText(item.label() + " · weights on " + profile.weights().length
                + " dimensions");
        String categories = item.categories().isEmpty() ? "no category"
                : String.join(", ", item.categories());
        definition.setText(item.id() + " · " + categories + (item.definition().isEmpty() ? ""
                : " · " + item.definition()));
    }

    private static Node neighbours(ItemProfileModel model) {
        Label title = new Label("Nearest items (dot product)");
        title.getStyleClass().add("detail-title");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        TableView<Neighbour> table = new TableView<>(model.neighbours());
        table.setId("nearestTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<Neighbour, Number> rank = new TableColumn<>("#");
        rank.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().rank()));
        rank.setMaxWidth(40);
        TableColumn<Neighbour, String> item = new TableColumn<>("Item");
        item.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().item().label()));
        item.setCellFactory(c -> new FullTextCell<>());
        TableColumn<Neighbour, String> similarity = new TableColumn<>("Similarity");
        similarity.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.format(
                Locale.ROOT, "%.3f", c.getValue().similarity())));
        similarity.getStyleClass().add("numeric");
        table.getColumns().setAll(List.of(rank, item, similarity));
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox box = new VBox(8, title, table);
        box.getStyleClass().add("card");
        box.setPrefWidth(300);
        box.setMinWidth(220);
        return new BorderPane(box);
    }

    /**
     * A match, with its id where it says more than the label (bat1, not air_conditioner); as
     * wide as the list, so that a long one ends in an ellipsis (its whole text on hover)
     * rather than under a scroll bar.
     */
    private static final class MatchCell extends ListCell<Item> {
        private final Tooltip tip = new Tooltip();

        MatchCell() {
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Item item, boolean empty) {
            super.updateItem(item, empty);
            String text = empty || item == null ? null : item.label() + (item.label()
                    .replace(' ', '_').equals(item.id()) ? "" : "  (" + item.id() + ")");
            setText(text);
            tip.setText(text);
            setTooltip(text == null ? null : tip);
        }
    }
}
