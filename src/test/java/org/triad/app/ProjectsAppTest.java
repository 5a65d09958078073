package org.triad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The File menu, headless, on real project files: a word list becomes a project through the
 * wizard, Ctrl+O and Open Recent switch projects, and a bad file changes nothing.
 */
class ProjectsAppTest extends FxRobot {
    static {
        System.setProperty("headless.geometry", "1600x1200-32");
    }

    @TempDir
    Path folder;
    private Path first;
    private Stage stage;
    private ProjectsModel model;
    private ProjectShell shell;
    private final RecordingDialogs errors = new RecordingDialogs();
    private final ScriptedProjectDialogs dialogs = new ScriptedProjectDialogs();

    @BeforeEach
    void start() throws Exception {
        first = folder.resolve("first.triad");
        PlantedData.writeProject(first);
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> {
            model = new ProjectsModel(new InlineTaskRunner(), errors, dialogs,
                    new RecentProjects(null), TriadApp::openProject, this::workbench);
            try {
                model.start(workbench(TriadApp.openProject(first, (d, t, m) -> { })));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            shell = new ProjectShell(s, model, new InlineTaskRunner());
            s.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Workbench workbench(ProjectSession session) {
        return new Workbench(session, new FakeEngine(PlantedData.embedding(
                PlantedData.items())), new InlineTaskRunner(), errors);
    }

    @AfterEach
    void stop() throws TimeoutException {
        FxToolkit.setupFixture(() -> model.closeCurrent());
        FxToolkit.cleanupStages();
    }

    @Test
    void aWordListBecomesAProjectThatOpens() throws Exception {
        Path words = Files.writeString(folder.resolve("words.txt"),
                "cat\ndog\nfish\nbird\nfrog\n");
        push(KeyCode.CONTROL, KeyCode.N);
        waitFor(() -> lookup("#newSource").tryQuery().isPresent());
        interact(() -> lookup("#newSource").queryAs(TextField.class).setText(words.toString()));
        clickOn("#newRead");
        assertEquals("plain list, one label per line (the label is the id) · 5 items",
                text("#newFormat"));
        assertEquals(5, lookup("#newPreview").queryAs(TableView.class).getItems().size());
        clickOn("#newNext");
        assertEquals(folder.resolve("words.triad").toString(),
                lookup("#newTarget").queryAs(TextField.class).getText());
        interact(() -> lookup("#newTarget").queryAs(TextField.class)
                .setText(folder.resolve("animals.triad").toString()));
        clickOn("#newCreate");

        waitFor(() -> "Triad — animals".equals(stage.getTitle()));
        clickOn("#nav-items");
        assertEquals("5 items", text("#itemCount"));
        assertEquals("Project: " + folder.resolve("animals.triad"), text("#projectStatus"));
        assertEquals(List.of(folder.resolve("animals.triad"), first), model.recentFiles());
        assertEquals(1, Window.getWindows().size(), "the wizard closed");
        assertEquals(List.of(), errors.errors);
    }

    @Test
    void ctrlOOpensAProjectAndOpenRecentGoesBack() throws Exception {
        Path second = folder.resolve("second.triad");
        PlantedData.writeProject(second);
        dialogs.toOpen.add(second);
        push(KeyCode.CONTROL, KeyCode.O);
        waitFor(() -> "Triad — second".equals(stage.getTitle()));
        assertEquals("Project: " + second, text("#projectStatus"));

        // The menu is rebuilt on the FX thread once the project is open: wait for it.
        waitFor(() -> shell.menu().recent().getItems().size() == 2);
        List<MenuItem> recent = shell.menu().recent().getItems();
        assertEquals(2, recent.size());
        assertTrue(recent.get(1).getText().startsWith("first  —  "), recent.get(1).getText());
        interact(() -> recent.get(1).fire());
        waitFor(() -> "Triad — first".equals(stage.getTitle()));
        assertEquals(List.of(first, second), model.recentFiles());
    }

    @Test
    void openRecentStillFollowsTheRecentListAfterAGarbageCollection() throws Exception {
        ProjectMenu[] menu = new ProjectMenu[1];
        interact(() -> menu[0] = new ProjectMenu(model, new ProjectMenu.Actions() {
            @Override
            public void newProject() { }

            @Override
            public void importJudgements() { }

            @Override
            public void quit() { }
        }));
        System.gc();
        Thread.sleep(100);
        System.gc();
        Path second = folder.resolve("second.triad");
        PlantedData.writeProject(second);
        interact(() -> model.open(second));
        waitFor(() -> "Triad — second".equals(stage.getTitle()));
        assertEquals(2, menu[0].recent().getItems().size(), "the menu heard the change");
    }

    @Test
    void aFileThatCannotBeOpenedChangesNothing() throws Exception {
        Path notes = Files.writeString(folder.resolve("notes.triad"), "not a project");
        clickOn("#nav-items");
        dialogs.toOpen.add(notes);
        push(KeyCode.CONTROL, KeyCode.O);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, errors.errors.size(), errors.errors.toString());
        assertTrue(errors.errors.get(0).startsWith("Could not open notes.triad: "),
                errors.errors.get(0));
        assertEquals("Triad — first", stage.getTitle());
        assertEquals("30 items", text("#itemCount"));
        assertEquals(List.of(first), model.recentFiles());
    }

    @Test
    void theShortcutsAreListedInTheHelp() {
        List<String> keys = HelpOverlay.shortcuts().stream().map(row -> row[0]).toList();
        assertTrue(keys.contains("Ctrl+N  ·  Ctrl+O"), keys.toString());
        assertTrue(keys.contains("Ctrl+Shift+S  ·  Ctrl+Q"), keys.toString());
    }

    private String text(String id) {
        return lookup(id).queryAs(Labeled.class).getText();
    }

    private static void waitFor(Callable<Boolean> condition)
            throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
