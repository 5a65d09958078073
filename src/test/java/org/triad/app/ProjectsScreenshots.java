package org.triad.app;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a test of behaviour: PNGs of the File menu and the New project wizard (THINGS concepts
 * with categories, a rejected file) into {@code -Dtriad.shots=DIR}, for a person to look at.
 */
@EnabledIfSystemProperty(named = "triad.shots", matches = ".+")
class ProjectsScreenshots {
    private static final Path SHOTS = Path.of(System.getProperty("triad.shots", "."));

    static {
        System.setProperty("headless.geometry", "1600x1200-32");
    }

    @TempDir
    Path folder;
    private ProjectsModel model;

    @Test
    void snapshotTheMenuAndTheWizard() throws Exception {
        Files.createDirectories(SHOTS);
        Path file = folder.resolve("planted.triad");
        PlantedData.writeProject(file);
        RecentProjects recent = new RecentProjects(null);
        recent.add(folder.resolve("gone/old-study.triad"));
        Stage stage = FxToolkit.registerPrimaryStage();
        ProjectShell[] shell = new ProjectShell[1];
        FxToolkit.setupStage(s -> {
            model = new ProjectsModel(new InlineTaskRunner(), new RecordingDialogs(),
                    new ScriptedProjectDialogs(), recent, TriadApp::openProject,
                    session -> null);
            try {
                model.start(new Workbench(TriadApp.openProject(file, (d, t, m) -> { }),
                        new FakeEngine(PlantedData.embedding(PlantedData.items())),
                        new InlineTaskRunner(), new RecordingDialogs()));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            shell[0] = new ProjectShell(s, model, new InlineTaskRunner());
            s.show();
        });
        Menu fileMenu = shell[0].menu().bar().getMenus().get(0);
        FxToolkit.setupFixture(fileMenu::show);
        new FxRobot().moveTo("Open Recent");
        save(withPopups(stage), "projects-1-file-menu");
        FxToolkit.setupFixture(fileMenu::hide);
        wizard(shell[0]);
    }

    private void wizard(ProjectShell shell) throws Exception {
        Scene wizard = openWizard(shell);
        FxToolkit.setupFixture(() -> field(wizard, "#newSource")
                .setText(Path.of("datasets/things/concepts.tsv").toAbsolutePath().toString()));
        FxToolkit.setupFixture(() -> field(wizard, "#newCategories")
                .setText(Path.of("datasets/things/categories27.tsv").toAbsolutePath()
                        .toString()));
        FxToolkit.setupFixture(() -> button(wizard, "#newRead").fire());
        save(snapshot(wizard), "projects-2-wizard-items");
        FxToolkit.setupFixture(() -> button(wizard, "#newNext").fire());
        save(snapshot(wizard), "projects-3-wizard-file");
        FxToolkit.setupFixture(() -> button(wizard, "#newCancel").fire());

        Path bad = Files.writeString(folder.resolve("words.csv"),
                "word,definition\ncat,a pet\ndog,a pet,loyal\n");
        Scene again = openWizard(shell);
        FxToolkit.setupFixture(() -> field(again, "#newSource").setText(bad.toString()));
        FxToolkit.setupFixture(() -> button(again, "#newRead").fire());
        save(snapshot(again), "projects-4-wizard-error");
    }

    private static Scene openWizard(ProjectShell shell) throws Exception {
        FxToolkit.setupFixture(shell::newProject);
        return Window.getWindows().stream().filter(w -> w.isShowing() && w.getScene() != null
                && w.getScene().lookup("#newProjectWizard") != null)
                .findFirst().orElseThrow().getScene();
    }

    private static Button button(Scene scene, String id) {
        return (Button) scene.lookup(id);
    }

    private static TextField field(Scene scene, String id) {
        return (TextField) scene.lookup(id);
    }

    private static BufferedImage snapshot(Scene scene) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return SwingFXUtils.fromFXImage(WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null))
                .get(30, TimeUnit.SECONDS), null);
    }

    /** The stage with its open menus drawn where they are on screen. */
    private static BufferedImage withPopups(Stage stage) throws Exception {
        BufferedImage image = snapshot(stage.getScene());
        Graphics2D graphics = image.createGraphics();
        for (Window window : Window.getWindows()) {
            if (window != stage && window.isShowing() && window.getScene() != null) {
                graphics.drawImage(snapshot(window.getScene()),
                        (int) (window.getX() - stage.getX() - stage.getScene().getX()),
                        (int) (window.getY() - stage.getY() - stage.getScene().getY()), null);
            }
        }
        graphics.dispose();
        return image;
    }

    private static void save(BufferedImage image, String name) throws Exception {
        ImageIO.write(image, "png", SHOTS.resolve(name + ".png").toFile());
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.setupFixture(() -> model.closeCurrent());
        FxToolkit.cleanupStages();
    }
}
