package org.triad.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.triad.model.Embedding;
import org.triad.store.ProjectStore;

/**
 * A new user's trial on a laptop: in a low or narrow window, with as many judgement sets as
 * the THINGS project, every view keeps the status bar in sight and its buttons on screen.
 */
class SmallWindowTest extends FxRobot {
    static {
        System.setProperty("headless.geometry", "1600x1200-32");
    }

    @TempDir
    Path folder;
    private javafx.application.Application app;

    @BeforeEach
    void start() throws Exception {
        Path file = folder.resolve("planted.triad");
        Embedding planted = PlantedData.writeProject(file);
        try (ProjectStore store = ProjectStore.open(file)) {
            // Seven sets in all, as in the THINGS project: each adds a line to Train's panel.
            for (String name : List.of("du2171-humans", "du2171-gpt35", "du2171-gpt4",
                    "manual · newuser", "goodtriplets")) {
                store.addJudgements(name, "", PlantedData.judgements(planted, 40,
                        name.hashCode(), name));
            }
        }
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(TriadApp.class, file.toString());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> lookup("#nav-train").tryQuery().isPresent());
    }

    @AfterEach
    void stop() throws TimeoutException {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @ParameterizedTest
    @CsvSource({"1366, 700", "1024, 680"})
    void buttonsAndStatusBarStayOnScreen(int width, int height) throws TimeoutException {
        Scene scene = lookup("#nav-train").query().getScene();
        interact(() -> {
            Stage stage = (Stage) scene.getWindow();
            stage.setWidth(width);
            stage.setHeight(height);
        });
        clickOn("#nav-train");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> lookup("#set-goodtriplets").tryQuery().isPresent());
        assertOnScreen(scene, "#startTraining");
        assertOnScreen(scene, "#cancelTraining");
        assertOnScreen(scene, "#jobsButton");

        clickOn("#nav-annotate");
        assertOnScreen(scene, "#startSession");
        assertOnScreen(scene, "#jobsButton");

        clickOn("#nav-evaluate");
        assertOnScreen(scene, "#agreementTable");
        assertOnScreen(scene, "#evalEmbedding");
        assertOnScreen(scene, "#jobsButton");
    }

    private void assertOnScreen(Scene scene, String id) {
        WaitForAsyncUtils.waitForFxEvents();
        Node node = lookup(id).query();
        Bounds bounds = node.localToScene(node.getLayoutBounds());
        assertTrue(node.isVisible() && bounds.getMinX() >= 0 && bounds.getMinY() >= 0
                && bounds.getMaxX() <= scene.getWidth() + 0.5
                && bounds.getMaxY() <= scene.getHeight() + 0.5,
                id + " at " + bounds + " in a scene of " + scene.getWidth() + " × "
                        + scene.getHeight());
    }
}
