package org.triad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.triad.model.Embedding;

/**
 * The comforts, headless: the shortcut overlay, the dark theme, a table copied as TSV and the
 * remembered window layout (in a preferences node that lives only in memory).
 */
class ComfortTest extends FxRobot {
    static {
        System.setProperty("headless.geometry", "1600x1200-32");
    }

    private MainWindow window;
    private Scene scene;

    @BeforeEach
    void start() throws Exception {
        FakeProject project = FakeProject.planted();
        Embedding planted = PlantedData.embedding(project.items());
        Workbench workbench = new Workbench(project, new FakeEngine(planted),
                new InlineTaskRunner(), new RecordingDialogs());
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            window = new MainWindow(workbench);
            scene = TriadApp.styled(new Scene(window.root(), 1280, 820));
            window.installShortcuts(scene);
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stop() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void f1ShowsTheShortcutsAndEscapeHidesThem() {
        assertFalse(window.help().isShown());
        push(KeyCode.F1);
        assertTrue(window.help().isShown());
        assertTrue(lookup("#helpShortcuts").tryQuery().isPresent());
        push(KeyCode.ESCAPE);
        assertFalse(window.help().isShown());
        clickOn("#helpButton");
        assertTrue(window.help().isShown());
        clickOn("#helpClose");
        assertFalse(window.help().isShown());
    }

    @Test
    void themeToggleAddsAndRemovesTheDarkSheet() {
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T);
        assertTrue(window.darkProperty().get());
        assertTrue(scene.getStylesheets().stream().anyMatch(s -> s.endsWith("dark.css")));
        clickOn("#themeToggle");
        assertFalse(window.darkProperty().get());
        assertFalse(scene.getStylesheets().stream().anyMatch(s -> s.endsWith("dark.css")));
    }

    @Test
    void itemsTableCopiesAsTsv() {
        clickOn("#nav-items");
        @SuppressWarnings("unchecked")
        TableView<ItemsViewModel.ItemRow> table = lookup("#itemTable").queryAs(TableView.class);
        String tsv = TableCopy.tsv(table, table.getItems().subList(0, 2));
        String[] lines = tsv.split("\n");
        assertEquals(3, lines.length);
        assertEquals("#\tId\tWord\tDefinition\tCategories", lines[0]);
        assertEquals(5, lines[1].split("\t", -1).length);
        assertTrue(lines[1].startsWith("0\t"), lines[1]);
    }

    @Test
    void preferencesRememberTheWindowViewAndTheme() {
        AppPreferences off = new AppPreferences(null);
        off.save(new Rectangle2D(1, 2, 3, 4), "RSM", true);
        assertTrue(off.bounds().isEmpty());
        assertTrue(off.lastView().isEmpty());

        AppPreferences kept = new AppPreferences(new MemoryPreferences());
        kept.save(new Rectangle2D(10, 20, 1000, 700), "RSM", true);
        assertEquals(new Rectangle2D(10, 20, 1000, 700), kept.bounds().orElseThrow());
        assertEquals("RSM", kept.lastView().orElseThrow());
        assertTrue(kept.dark());
        assertEquals(List.of(), List.of(new MemoryPreferences().keysOrEmpty()),
                "a fresh node is empty");
    }
}
