package org.triad.app;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The File menu: New project…, Open…, Open Recent, Save As…, Import judgements…, Quit. Its
 * shortcuts are listed in {@link HelpOverlay}.
 */
final class ProjectMenu {
    /** What the menu asks its window to do. */
    interface Actions {
        /** Shows the New project wizard. */
        void newProject();

        /** Imports a triplet file into the open project. */
        void importJudgements();

        /** Closes the window and ends the program. */
        void quit();
    }

    private final MenuBar bar = new MenuBar();
    private final Menu recent = new Menu("Open Recent");
    private final ProjectsModel model;

    ProjectMenu(ProjectsModel model, Actions actions) {
        this.model = model;
        MenuItem create = item("menuNew", "New project…", actions::newProject,
                new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN));
        MenuItem open = item("menuOpen", "Open…", model::open,
                new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        recent.setId("menuRecent");
        MenuItem saveAs = item("menuSaveAs", "Save As…", model::saveAs,
                new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN,
                        KeyCombination.SHIFT_DOWN));
        MenuItem judgements = item("menuImportJudgements", "Import judgements…",
                actions::importJudgements, null);
        MenuItem quit = item("menuQuit", "Quit", actions::quit,
                new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        Menu file = new Menu("File");
        file.setId("menuFile");
        file.getItems().addAll(create, open, recent, new SeparatorMenuItem(), saveAs,
                judgements, new SeparatorMenuItem(), quit);
        file.getItems().forEach(entry -> entry.disableProperty().bind(model.busyProperty()));
        bar.getMenus().add(file);
        bar.setId("menuBar");
        model.recentFiles().addListener((ListChangeListener<Path>) change -> fillRecent());
        fillRecent();
    }

    MenuBar bar() {
        return bar;
    }

    /** The Open Recent items, for tests. */
    Menu recent() {
        return recent;
    }

    private void fillRecent() {
        recent.getItems().clear();
        for (Path file : model.recentFiles()) {
            boolean missing = !Files.isRegularFile(file);
            MenuItem entry = new MenuItem(ProjectLocation.displayName(file) + "  —  "
                    + file.getParent() + (missing ? "  (missing)" : ""));
            entry.setMnemonicParsing(false);
            // A missing file stays listed, greyed; choosing it says so and forgets it.
            entry.getStyleClass().add(missing ? "recent-missing" : "recent");
            entry.setOnAction(event -> model.open(file));
            recent.getItems().add(entry);
        }
        if (recent.getItems().isEmpty()) {
            MenuItem none = new MenuItem("No recent projects");
            none.setDisable(true);
            recent.getItems().add(none);
        }
    }

    private static MenuItem item(String id, String text, Runnable action,
            KeyCombination shortcut) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(event -> action.run());
        if (shortcut != null) {
            item.setAccelerator(shortcut);
        }
        return item;
    }
}
