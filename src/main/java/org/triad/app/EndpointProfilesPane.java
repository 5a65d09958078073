package org.triad.app;

import java.util.Locale;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.triad.app.EndpointProfiles.Profile;

/**
 * The Preferences dialog's Endpoints tab: the saved endpoint profiles of the Collect view
 * (base URL, model, the name of the key's environment variable, limits and prices; never a
 * key), with Delete. Profiles are saved from the Collect view, where the form they fill is.
 */
final class EndpointProfilesPane {
    private EndpointProfilesPane() {
    }

    /** The tab, following every save and delete of {@code profiles}. */
    static Tab tab(EndpointProfiles profiles) {
        ObservableList<Profile> rows = FXCollections.observableArrayList(profiles.list());
        profiles.revisionProperty().addListener((o, old, now) -> rows.setAll(profiles.list()));
        TableView<Profile> table = new TableView<>(rows);
        table.setId("endpointProfilesTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(200);
        Label empty = new Label("No profiles yet: fill in the endpoint in the Collect view and"
                + " press Save…");
        empty.setWrapText(true);
        empty.setPadding(new Insets(0, 12, 0, 12));
        table.setPlaceholder(empty);
        // The headers fit the dialog's width; a value cut short shows in full on hover.
        table.getColumns().add(column("Name", 100, Profile::name));
        table.getColumns().add(column("Base URL", 150, Profile::baseUrl));
        table.getColumns().add(column("Model", 100, Profile::model));
        table.getColumns().add(column("Key variable", 105, p -> p.keyVariable().isBlank()
                ? "none" : p.keyVariable()));
        table.getColumns().add(column("Limits", 150, EndpointProfilesPane::limits));
        Button delete = new Button("Delete");
        delete.setId("deleteEndpointProfile");
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(event -> {
            Profile chosen = table.getSelectionModel().getSelectedItem();
            if (chosen != null) {
                profiles.delete(chosen.name());
            }
        });
        Label note = new Label("A profile keeps everything but the API key: the key is read "
                + "from the named environment variable, or typed in the Collect view for the "
                + "session only.");
        note.getStyleClass().add("muted");
        note.setWrapText(true);
        VBox box = new VBox(10, table, new HBox(8, delete), note);
        box.setId("endpointProfiles");
        box.setPadding(new Insets(14, 4, 4, 4));
        Tab tab = new Tab("Endpoints", box);
        tab.setId("endpointsTab");
        return tab;
    }

    /** "8 in flight, 60/min, 5 tries". */
    static String limits(Profile profile) {
        String rate = profile.requestsPerMinute() > 0 ? String.format(Locale.ROOT, "%.0f/min",
                profile.requestsPerMinute()) : "no rate limit";
        return String.format(Locale.ROOT, "%d in flight, %s, %d tries", profile.concurrency(),
                rate, profile.maxAttempts());
    }

    private static TableColumn<Profile, String> column(String title, double width,
            java.util.function.Function<Profile, String> value) {
        TableColumn<Profile, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellFactory(c -> new FullTextCell<>());
        column.setCellValueFactory(cell -> new SimpleStringProperty(value.apply(
                cell.getValue())));
        return column;
    }
}
