package org.triad.app;

import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The main window as the app shows it, for the screenshot tours: the File menu above the
 * {@link MainWindow} of the open project, in a scene of the given size.
 */
final class TourWindow {
    private TourWindow() {
    }

    /** Shows the workbench's project on the stage; call on the FX thread. */
    static MainWindow show(Stage stage, Workbench workbench, TaskRunner tasks, double width,
            double height) {
        // The shell keeps the size of the scene it replaces.
        stage.setScene(new Scene(new Group(), width, height));
        ProjectsModel projects = new ProjectsModel(tasks, new RecordingDialogs(),
                new ScriptedProjectDialogs(), new RecentProjects(null), TriadApp::openProject,
                session -> null);
        projects.start(workbench);
        MainWindow window = new ProjectShell(stage, projects, tasks).window();
        stage.show();
        return window;
    }
}
