package org.triad.app;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The main stage around the open project: the File menu above a {@link MainWindow}, rebuilt
 * for each project the {@link ProjectsModel} switches to, and a progress card over it while
 * a project opens. The theme and the view shown carry over from one project to the next.
 */
final class ProjectShell {
    private final Stage stage;
    private final ProjectsModel model;
    private final TaskRunner tasks;
    /** Where the Preferences dialog keeps its values; null keeps them for the session only. */
    private final AppPreferences preferences;
    private MainWindow window;
    private ProjectMenu menu;

    /** Shows the model's workbench now and every later one as it comes. */
    ProjectShell(Stage stage, ProjectsModel model, TaskRunner tasks) {
        this(stage, model, tasks, null);
    }

    /** As above, with the user's preferences for every window's Preferences dialog. */
    ProjectShell(Stage stage, ProjectsModel model, TaskRunner tasks,
            AppPreferences preferences) {
        this.stage = stage;
        this.model = model;
        this.tasks = tasks;
        this.preferences = preferences;
        model.workbenchProperty().addListener((o, old, now) -> show(now));
        show(model.workbenchProperty().get());
    }

    /** The window of the open project. */
    MainWindow window() {
        return window;
    }

    /** The File menu, for tests. */
    ProjectMenu menu() {
        return menu;
    }

    /** Shows the New project wizard; the project it creates is opened. */
    void newProject() {
        if (model.busyProperty().get()) {
            return;
        }
        new NewProjectWizard(stage, new NewProjectModel(tasks), model::open).show();
    }

    private void show(Workbench workbench) {
        MainWindow previous = window;
        window = new MainWindow(workbench);
        if (preferences != null) {
            window.usePreferences(preferences);
        }
        if (previous != null) {
            window.darkProperty().set(previous.darkProperty().get());
            window.show(previous.currentPage());
        }
        menu = new ProjectMenu(model, new ProjectMenu.Actions() {
            @Override
            public void newProject() {
                ProjectShell.this.newProject();
            }

            @Override
            public void importJudgements() {
                // the views that list the sets read them again
                model.importJudgements(() -> model.workbenchProperty().get()
                        .judgementSetsChanged());
            }

            @Override
            public void quit() {
                if (model.confirmLeaving("quit")) {
                    stage.close();
                }
            }
        });
        BorderPane root = new BorderPane(new StackPane(window.root(), progressCard()));
        root.setTop(window.hiddenForParticipants(menu.bar()));
        double width = stage.getScene() == null ? 1280 : stage.getScene().getWidth();
        double height = stage.getScene() == null ? 820 : stage.getScene().getHeight();
        Scene scene = TriadApp.styled(new Scene(root, width, height));
        window.installShortcuts(scene);
        stage.setScene(scene);
        stage.setTitle("Triad — " + workbench.project().name());
    }

    private Node progressCard() {
        Label message = new Label();
        message.setId("projectProgressMessage");
        message.textProperty().bind(model.messageProperty());
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(360);
        bar.progressProperty().bind(model.progressProperty());
        VBox card = new VBox(10, message, bar);
        card.setAlignment(Pos.CENTER);
        card.getStyleClass().add("help-card");
        card.setMaxSize(VBox.USE_PREF_SIZE, VBox.USE_PREF_SIZE);
        StackPane overlay = new StackPane(card);
        overlay.setId("projectProgress");
        overlay.getStyleClass().add("help-overlay");
        overlay.visibleProperty().bind(model.busyProperty());
        return overlay;
    }
}
