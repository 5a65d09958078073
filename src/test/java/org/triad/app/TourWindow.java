package org.triad.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;
import org.triad.model.ProgressListener;
import org.triad.store.ProjectStore;
import org.triad.store.ThingsProject;

/**
 * The main window as the app shows it, for the screenshot tours: the File menu above the
 * {@link MainWindow} of the open project, in a scene of the given size; and what the tours
 * share besides: their project, waiting, reading a label and writing a picture.
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

    /**
     * The THINGS project in the file {@code -Dtriad.tour.project} names (built there on the
     * first run), or without it a planted project in a temporary file, so that the views can
     * store what they make.
     */
    static Workbench workbench(TaskRunner tasks) throws Exception {
        String project = System.getProperty("triad.tour.project");
        if (project == null) {
            Path file = Files.createTempDirectory("triad-tour").resolve("planted.triad");
            PlantedData.writeProject(file);
            StoreProjectSession planted = new StoreProjectSession(ProjectStore.open(file));
            return new Workbench(planted, new FakeEngine(PlantedData.embedding(
                    planted.items())), tasks, new RecordingDialogs());
        }
        StoreProjectSession session = new StoreProjectSession(ThingsProject.openOrCreate(
                ThingsProject.defaultDatasetsDir(), Path.of(project), ProgressListener.NONE));
        return new Workbench(session, new CoreComputeEngine(), tasks, new RecordingDialogs());
    }

    /** The text of the labelled node with that CSS id. */
    static String text(Scene scene, String id) {
        return ((Labeled) scene.lookup(id)).getText();
    }

    /** Waits until the condition holds, then for the FX events it caused. */
    static void waitFor(int seconds, BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Writes the scene as {@code folder/name.png}, once the FX events so far are done. */
    static void shoot(Scene scene, Path folder, String name) throws Exception {
        Files.createDirectories(folder);
        WaitForAsyncUtils.waitForFxEvents();
        var image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get();
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png",
                    folder.resolve(name + ".png").toFile());
        } catch (IOException e) {
            throw new IOException("could not write " + name + ".png", e);
        }
    }
}
