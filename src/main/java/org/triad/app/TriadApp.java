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
 * default THINGS project.
 */
public final class TriadApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(TriadApp.class);
    private static final String STYLESHEET = "triad.css";

    private final FxTaskRunner tasks = new FxTaskRunner();
    private final AppPreferences preferences = AppPreferences.forUser();
    private Workbench workbench;
    private ProjectSession project;

    @Override
    public void start(Stage stage) {
        Path requested = ProjectLocation.requested(getParameters().getRaw(),
                System.getProperty(ProjectLocation.PROPERTY)).orElse(null);
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

    private void showMain(Stage stage, ProjectSession opened) {
        project = opened;
        LOG.info("Project {} open: {} items", opened.name(), opened.items().size());
        CoreComputeEngine core = new CoreComputeEngine();
        workbench = new Workbench(opened, core, tasks, new FxDialogService(stage));
        workbench.trainingDefaultsProperty().set(preferences.trainingDefaults());
        core.setEngineChoice(preferences.trainingDefaults().engine());
        workbench.trainingDefaultsProperty().addListener(
                (o, old, now) -> core.setEngineChoice(now.engine()));
        MainWindow window = new MainWindow(workbench);
        window.usePreferences(preferences);
        Scene scene = styled(new Scene(window.root(), 1280, 820));
        window.installShortcuts(scene);
        stage.setScene(scene);
        stage.setTitle("Triad — " + opened.name());
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        restore(stage, window);
        stage.setOnHiding(event -> preferences.save(new Rectangle2D(stage.getX(), stage.getY(),
                stage.getWidth(), stage.getHeight()), window.currentPage().name(),
                window.darkProperty().get()));
        stage.show();
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
        if (workbench != null) {
            workbench.shutdown();
        }
        tasks.close();
        if (project != null) {
            try {
                project.close();
            } catch (Exception e) {
                LOG.warn("Project {} did not close cleanly: {}", project.file(), e.getMessage());
            }
        }
    }
}
