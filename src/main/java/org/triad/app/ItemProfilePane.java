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
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
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
        matches.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Item item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.label() + (item.label()
                        .equals(item.id()) ? "" : "  (" + item.id() + ")"));
            }
        });
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
        left.setPrefWidth(230);
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
        TableView<Neighbour> table = new TableView<>(model.neighbours());
        table.setId("nearestTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<Neighbour, Number> rank = new TableColumn<>("#");
        rank.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().rank()));
        rank.setMaxWidth(40);
        TableColumn<Neighbour, String> item = new TableColumn<>("Item");
        item.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().item().label()));
        TableColumn<Neighbour, String> similarity = new TableColumn<>("Similarity");
        similarity.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.format(
                Locale.ROOT, "%.3f", c.getValue().similarity())));
        similarity.getStyleClass().add("numeric");
        table.getColumns().setAll(List.of(rank, item, similarity));
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox box = new VBox(8, title, table);
        box.getStyleClass().add("card");
        box.setPrefWidth(300);
        box.setMinWidth(260);
        return new BorderPane(box);
    }
}
