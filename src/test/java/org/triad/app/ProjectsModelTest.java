package org.triad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triad.model.CancellationToken;
import org.triad.store.ProjectLockHolderMain;
import org.triad.store.ProjectStore;
import org.triad.store.StoreException;
import org.triad.testdata.ChildJvm;

/**
 * Opening, switching and copying projects without a toolkit, on real project files: a project
 * that cannot be opened leaves the current one open and untouched.
 */
class ProjectsModelTest {
    @TempDir
    Path folder;
    private Path first;
    private Path second;
    private final RecordingDialogs errors = new RecordingDialogs();
    private final ScriptedProjectDialogs dialogs = new ScriptedProjectDialogs();
    private ProjectsModel model;

    @BeforeEach
    void open() throws Exception {
        first = folder.resolve("first.triad");
        second = folder.resolve("second.triad");
        PlantedData.writeProject(first);
        PlantedData.writeProject(second);
        model = new ProjectsModel(new InlineTaskRunner(), errors, dialogs,
                new RecentProjects(null), TriadApp::openProject, this::workbench);
        model.start(workbench(TriadApp.openProject(first, (d, t, m) -> { })));
    }

    private Workbench workbench(ProjectSession session) {
        return new Workbench(session, new FakeEngine(PlantedData.embedding(session.items())),
                new InlineTaskRunner(), errors);
    }

    @AfterEach
    void close() {
        model.closeCurrent();
    }

    private Path current() {
        return model.workbenchProperty().get().project().file();
    }

    @Test
    void openingAnotherProjectClosesTheFirstAndReleasesItsLock() throws Exception {
        ProjectSession old = model.workbenchProperty().get().project();
        dialogs.toOpen.add(second);
        model.open();

        assertEquals(second, current());
        assertEquals(List.of(second, first), model.recentFiles());
        assertThrows(StoreException.class, old::judgementSets, "the first project is closed");
        try (ChildJvm other = ChildJvm.start(ProjectLockHolderMain.class, first.toString())) {
            assertEquals("open 30", other.nextLine(), "another Triad may open it now");
        }
        assertEquals(List.of(), errors.errors);
    }

    @Test
    void aMissingFileIsReportedAndForgotten() {
        Path missing = folder.resolve("gone.triad");
        model.open(second);
        model.open(missing);
        assertEquals(List.of("Could not open gone.triad: " + missing + " does not exist; it was"
                + " removed from the recent projects"), errors.errors);
        assertEquals(second, current());
        assertFalse(model.busyProperty().get());
    }

    @Test
    void aFileThatIsNotATriadProjectLeavesTheCurrentOneOpen() throws Exception {
        Path text = Files.writeString(folder.resolve("notes.triad"), "just some notes\n");
        Workbench before = model.workbenchProperty().get();
        model.open(text);
        assertFailedAndUntouched(before, "Could not open notes.triad: ");
        assertEquals("just some notes\n", Files.readString(text));
    }

    @Test
    void aNewerSchemaIsRefused() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + second);
                Statement statement = c.createStatement()) {
            statement.execute("PRAGMA user_version = " + (ProjectStore.SCHEMA_VERSION + 1));
        }
        Workbench before = model.workbenchProperty().get();
        model.open(second);
        assertFailedAndUntouched(before, "Could not open second.triad: ");
        assertTrue(errors.errors.get(0).contains("version " + (ProjectStore.SCHEMA_VERSION + 1)),
                errors.errors.get(0));
    }

    @Test
    void aProjectOpenInAnotherTriadIsRefused() throws Exception {
        Workbench before = model.workbenchProperty().get();
        try (ChildJvm other = ChildJvm.start(ProjectLockHolderMain.class, second.toString())) {
            assertEquals("open 30", other.nextLine());
            model.open(second);
        }
        assertFailedAndUntouched(before, "Could not open second.triad: ");
        assertTrue(errors.errors.get(0).contains("is in use by another Triad"),
                errors.errors.get(0));
    }

    private void assertFailedAndUntouched(Workbench before, String prefix) throws Exception {
        assertEquals(1, errors.errors.size(), errors.errors.toString());
        assertTrue(errors.errors.get(0).startsWith(prefix), errors.errors.get(0));
        assertSame(before, model.workbenchProperty().get());
        assertEquals(2, before.project().judgementSets().size(), "still open and readable");
        assertFalse(model.busyProperty().get());
    }

    @Test
    void aRunningJobIsCancelledOnlyWhenTheUserAgrees() {
        Workbench before = model.workbenchProperty().get();
        CancellationToken token = before.newToken();
        before.setJobStatus("train", "Training: epoch 2 of 50");
        dialogs.answers.add(false);
        model.open(second);
        assertEquals(List.of("A job is running: Training: epoch 2 of 50\n\nCancel it and open"
                + " second.triad?"), dialogs.questions);
        assertSame(before, model.workbenchProperty().get());
        assertFalse(token.isCancelled());

        dialogs.answers.add(true);
        model.open(second);
        assertEquals(second, current());
        assertTrue(token.isCancelled());
    }

    @Test
    void saveAsWritesACopyAndSwitchesToIt() throws Exception {
        Path copy = folder.resolve("copies/copy.triad");
        Files.createDirectories(copy.getParent());
        dialogs.copyTargets.add(copy);
        model.saveAs();
        assertEquals(copy, current());
        assertEquals(List.of("human-a", "human-b"), model.workbenchProperty().get().project()
                .judgementSets().stream().map(set -> set.name()).toList());
        assertEquals(List.of(copy, first), model.recentFiles());

        dialogs.copyTargets.add(folder.resolve("copies/./copy.triad"));
        model.saveAs();
        assertEquals(List.of("Could not save a copy: " + copy + " is the open project; a copy"
                + " needs another name"), errors.errors);
    }

    @Test
    void judgementsAreImportedAllOrNothing() throws Exception {
        Path good = Files.writeString(folder.resolve("extra.txt"), "0 1 2\n3 4 5\n");
        Path bad = Files.writeString(folder.resolve("bad.txt"), "0 1 2\n3 4 99\n");
        List<String> imported = new ArrayList<>();
        dialogs.judgementFiles.add(good);
        dialogs.texts.add("extra");
        model.importJudgements(() -> imported.add("done"));
        assertEquals(List.of("Import judgements: Name of the new judgement set [extra]"),
                dialogs.questions);
        assertEquals(List.of("Judgements imported: 2 judgements from extra.txt are the set"
                + " 'extra'."), dialogs.notices);
        assertEquals(List.of("done"), imported);

        dialogs.judgementFiles.add(bad);
        dialogs.texts.add("more");
        model.importJudgements(() -> imported.add("again"));
        dialogs.judgementFiles.add(good);
        dialogs.texts.add("human-a");
        model.importJudgements(() -> imported.add("again"));
        assertEquals(2, errors.errors.size(), errors.errors.toString());
        assertTrue(errors.errors.get(0).startsWith("Could not import bad.txt: " + bad + ":2: "),
                errors.errors.get(0));
        assertTrue(errors.errors.get(1).endsWith("already has a judgement set named 'human-a';"
                + " choose another name"), errors.errors.get(1));
        assertEquals(List.of("done"), imported);
        assertEquals(List.of("human-a", "human-b", "extra"), model.workbenchProperty().get()
                .project().judgementSets().stream().map(set -> set.name()).toList());
        assertEquals(600, model.workbenchProperty().get().project().judgementSet("human-a")
                .size());
    }
}
