package org.triad.app;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The keyboard shortcuts, drawn over the window: F1 or ? opens it, Esc, F1 or a click closes
 * it. The list is built from {@link MainWindow.Page}, so a new view appears in it by itself.
 */
final class HelpOverlay {
    private final StackPane root = new StackPane();

    HelpOverlay() {
        Label title = new Label("Keyboard shortcuts");
        title.getStyleClass().add("view-title");
        GridPane grid = new GridPane();
        grid.setId("helpShortcuts");
        grid.setHgap(24);
        grid.setVgap(6);
        List<String[]> rows = shortcuts();
        for (int row = 0; row < rows.size(); row++) {
            Label keys = new Label(rows.get(row)[0]);
            keys.getStyleClass().add("help-keys");
            grid.addRow(row, keys, new Label(rows.get(row)[1]));
        }
        Button close = new Button("Close");
        close.setId("helpClose");
        close.setOnAction(event -> hide());
        VBox card = new VBox(14, title, grid, close);
        card.getStyleClass().add("help-card");
        card.setMaxSize(VBox.USE_PREF_SIZE, VBox.USE_PREF_SIZE);
        root.getChildren().add(card);
        root.setAlignment(Pos.CENTER);
        // In a window at its minimum size the card may reach past the edges; it must not make
        // the window's content taller and push the status bar off screen.
        root.setMinSize(0, 0);
        root.setId("helpOverlay");
        root.getStyleClass().add("help-overlay");
        root.setOnMouseClicked(event -> {
            if (event.getTarget() == root) {
                hide();
            }
        });
        root.setVisible(false);
    }

    /** Every shortcut as {keys, what it does}. */
    static List<String[]> shortcuts() {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"F1  or  ?", "Show or hide this list"});
        for (MainWindow.Page page : MainWindow.Page.values()) {
            rows.add(new String[] {"Ctrl+" + (page.ordinal() + 1), "Go to " + page.title()});
        }
        rows.add(new String[] {"Ctrl+N  ·  Ctrl+O", "New project…  ·  Open a project…"});
        rows.add(new String[] {"Ctrl+Shift+S  ·  Ctrl+Q", "Save the project as…  ·  Quit"});
        rows.add(new String[] {"Ctrl+Shift+T", "Switch between the light and dark theme"});
        rows.add(new String[] {"Ctrl+,", "Preferences: training defaults, theme, endpoints"});
        rows.add(new String[] {"Ctrl+C", "Tables: copy the selected rows (all if none) as TSV"});
        rows.add(new String[] {"F2", "Dimensions: rename the selected dimension"});
        rows.add(new String[] {"Ctrl+Z", "Dimensions: undo the last label edit"});
        rows.add(new String[] {"1 2 3  ·  ← ↓ →",
            "Annotate: the left, middle or right item is the odd one out"});
        rows.add(new String[] {"Backspace  ·  S  ·  F11",
            "Annotate: undo · skip · full screen"});
        rows.add(new String[] {"Wheel · drag · double click", "RSM: zoom · pan · show all"});
        rows.add(new String[] {"Shift-drag", "RSM: select a block and list its items"});
        rows.add(new String[] {"Esc", "Close this list; cancel a label edit"});
        return rows;
    }

    Node node() {
        return root;
    }

    boolean isShown() {
        return root.isVisible();
    }

    void toggle() {
        root.setVisible(!root.isVisible());
    }

    void hide() {
        root.setVisible(false);
    }
}
