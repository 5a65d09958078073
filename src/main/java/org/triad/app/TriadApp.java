package org.triad.app;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import javafx.application.Application;
import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.triad.model.ProgressListener;
import org.triad.store.ProjectStore;
import org.triad.store.ThingsProject;

/**
 * The Triad desktop app. Opens a project in the background behind a small splash (the first
 * start builds the THINGS project from the bundled data), then shows the main window.
 * The project file is the first command-line argument, else {@code -Dtriad.project}, else the
 * last project opened (if it still exists), else the default THINGS project.
 */
public final class TriadApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(TriadApp.class);
    private static final String STYLESHEET = "triad.css";

    private final FxTaskRunner tasks = new FxTaskRunner();
    private final AppPreferences preferences = AppPreferences.forUser();
    private final RecentProjects recent = RecentProjects.forUser();
    private ProjectsModel projects;

    @Override
    public void start(Stage stage) {
        Path requested = ProjectLocation.atStart(getParameters().getRaw(),
                System.getProperty(ProjectLocation.PROPERTY), recent).orElse(null);
        Task<ProjectSession> opening = openTask(requested);
        // The splash has its own small window, so the main window first appears fully drawn.
        Stage splash = new Stage(StageStyle.UNDECORATED);
        splash.setTitle("Triad");
        splash.setScene(styled(new Scene(splash(opening), 480, 220)));
        splash.show();
        opening.setOnSucceeded(event -> {
            showMain(stage, opening.getValue());
            splash.close();
        });
        opening.setOnFailed(event -> {
            new FxDialogService(null).showError("Could not open the project",
                    opening.getException());
            // The alert is then the only window; closing it ends the program.
            splash.close();
        });
        Thread thread = new Thread(opening, "triad-open-project");
        thread.setDaemon(true);
        thread.start();
    }

    private static Task<ProjectSession> openTask(Path requested) {
        return new Task<>() {
            @Override
            protected ProjectSession call() throws Exception {
                Path file = requested != null ? requested : ThingsProject.defaultProjectFile();
                updateMessage("Opening " + file.getFileName() + "…");
                LOG.info("Opening project {}", file.toAbsolutePath());
                ProgressListener listener = (done, total, message) -> {
                    updateProgress(done, total);
                    updateMessage(message);
                };
                ProjectStore store = ThingsProject.openOrCreate(
                        ThingsProject.defaultDatasetsDir(), file, listener);
                return new StoreProjectSession(store);
            }
        };
    }

    private static Parent splash(Task<ProjectSession> opening) {
        Label title = new Label("Triad");
        title.getStyleClass().add("splash-title");
        Label subtitle = new Label("Triplet odd-one-out similarity workbench");
        subtitle.getStyleClass().add("muted");
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(360);
        bar.progressProperty().bind(opening.progressProperty());
        Label message = new Label();
        message.getStyleClass().add("muted");
        message.textProperty().bind(opening.messageProperty());
        VBox box = new VBox(10, title, subtitle, bar, message);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("splash");
        return box;
    }

    /** A workbench on the core engine, trained with the preferred defaults and engine. */
    private Workbench newWorkbench(ProjectSession session, Stage stage) {
        CoreComputeEngine core = new CoreComputeEngine();
        Workbench workbench = new Workbench(session, core, tasks, new FxDialogService(stage));
        workbench.trainingDefaultsProperty().set(preferences.trainingDefaults());
        core.setEngineChoice(preferences.trainingDefaults().engine());
        workbench.trainingDefaultsProperty().addListener(
                (o, old, now) -> core.setEngineChoice(now.engine()));
        return workbench;
    }

    private void showMain(Stage stage, ProjectSession opened) {
        LOG.info("Project {} open: {} items", opened.name(), opened.items().size());
        projects = new ProjectsModel(tasks, new FxDialogService(stage),
                new FxProjectDialogs(stage), recent, TriadApp::openProject,
                session -> newWorkbench(session, stage));
        projects.start(newWorkbench(opened, stage));
        ProjectShell shell = new ProjectShell(stage, projects, tasks, preferences);
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        restore(stage, shell.window());
        stage.setOnHiding(event -> preferences.save(new Rectangle2D(stage.getX(), stage.getY(),
                stage.getWidth(), stage.getHeight()), shell.window().currentPage().name(),
                shell.window().darkProperty().get()));
        stage.show();
    }

    /** Opens a project file that exists (Open…, Open Recent, Save As, New project…). */
    static ProjectSession openProject(Path file, ProgressListener listener) throws Exception {
        LOG.info("Opening project {}", file);
        listener.progress(0, 1, "Opening " + file.getFileName() + "…");
        return new StoreProjectSession(ProjectStore.open(file));
    }

    /** The last run's bounds (if still on a screen), view and theme; else centred defaults. */
    private void restore(Stage stage, MainWindow window) {
        window.darkProperty().set(preferences.dark());
        preferences.lastView().flatMap(TriadApp::page).ifPresent(window::show);
        Optional<Rectangle2D> bounds = preferences.bounds().filter(b -> !Screen
                .getScreensForRectangle(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight())
                .isEmpty());
        if (bounds.isPresent()) {
            stage.setX(bounds.get().getMinX());
            stage.setY(bounds.get().getMinY());
            stage.setWidth(bounds.get().getWidth());
            stage.setHeight(bounds.get().getHeight());
        } else {
            stage.centerOnScreen();
        }
    }

    private static Optional<MainWindow.Page> page(String name) {
        return Arrays.stream(MainWindow.Page.values()).filter(p -> p.name().equals(name))
                .findFirst();
    }

    /** Adds the app's stylesheet to a scene. */
    static Scene styled(Scene scene) {
        scene.getStylesheets().add(Objects.requireNonNull(
                TriadApp.class.getResource(STYLESHEET), STYLESHEET).toExternalForm());
        return scene;
    }

    @Override
    public void stop() {
        if (projects != null) {
            projects.closeCurrent();
        }
        tasks.close();
    }
}
