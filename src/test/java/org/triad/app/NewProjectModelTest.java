package org.triad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triad.store.ItemPreview;
import org.triad.store.ProjectStore;

/** The New project wizard's model: read a source, show what it holds, create the file. */
class NewProjectModelTest {
    @TempDir
    Path folder;
    private final NewProjectModel model = new NewProjectModel(new InlineTaskRunner());
    private final List<Path> created = new ArrayList<>();

    @Test
    void aWordListBecomesAProject() throws Exception {
        Path words = Files.writeString(folder.resolve("words.txt"), "cat\ndog\nfish\n");
        model.sourceProperty().set(words.toString());
        model.readSource();
        ItemPreview preview = model.previewProperty().get();
        assertEquals(ItemPreview.Format.PLAIN_LIST, preview.layout().format());
        assertEquals("plain list, one label per line (the label is the id) · 3 items",
                NewProjectWizard.describe(preview));
        assertEquals(folder.resolve("words.triad").toString(), model.targetProperty().get());
        assertTrue(model.canCreate().get());

        model.targetProperty().set(folder.resolve("animals").toString());
        model.create(created::add);
        assertEquals(List.of(folder.resolve("animals.triad")), created);
        try (ProjectStore store = ProjectStore.open(created.get(0))) {
            assertEquals(List.of("cat", "dog", "fish"), store.items().ids());
        }
    }

    @Test
    void aBadSourceShowsFileLineAndReasonAndCreatesNothing() throws Exception {
        Path words = Files.writeString(folder.resolve("words.txt"), "cat\ndog\ncat\n");
        model.sourceProperty().set(words.toString());
        model.readSource();
        assertNull(model.previewProperty().get());
        assertTrue(model.errorProperty().get().startsWith(words + ":3: label 'cat' appears on"
                + " lines 1 and 3"), model.errorProperty().get());
        assertFalse(model.canCreate().get());
        model.targetProperty().set(folder.resolve("x.triad").toString());
        model.create(created::add);
        assertEquals(List.of(), created);
        assertFalse(Files.exists(folder.resolve("x.triad")));
    }

    @Test
    void anExistingFileIsNeverOverwritten() throws Exception {
        Path words = Files.writeString(folder.resolve("words.txt"), "cat\ndog\n");
        Path existing = Files.writeString(folder.resolve("keep.triad"), "mine");
        model.sourceProperty().set(words.toString());
        model.readSource();
        model.targetProperty().set(existing.toString());
        model.create(created::add);
        assertEquals(List.of(), created);
        assertEquals(existing + " already exists; choose another name (Open… opens it)",
                model.errorProperty().get());
        assertEquals("mine", Files.readString(existing));
    }

    @Test
    void imagesOutsideTheProjectFolderLeaveNoFileBehind() throws Exception {
        Path images = Files.createDirectories(folder.resolve("photos"));
        Files.write(images.resolve("b.jpg"), new byte[] {1});
        Files.write(images.resolve("a.png"), new byte[] {1});
        Files.writeString(images.resolve("notes.txt"), "x");
        model.sourceProperty().set(images.toString());
        model.readSource();
        assertNotNull(model.previewProperty().get());
        assertEquals("folder of images (file name = id and label) · 2 items · 1 file that is"
                + " not an image ignored",
                NewProjectWizard.describe(model.previewProperty().get()));
        assertEquals(folder.resolve("photos.triad").toString(), model.targetProperty().get());

        Path elsewhere = Files.createDirectories(folder.resolve("projects")).resolve("p.triad");
        model.targetProperty().set(elsewhere.toString());
        model.create(created::add);
        assertTrue(model.errorProperty().get().contains("is not inside the project's folder"),
                model.errorProperty().get());
        assertFalse(Files.exists(elsewhere));

        model.targetProperty().set(folder.resolve("photos.triad").toString());
        model.create(created::add);
        try (ProjectStore store = ProjectStore.open(created.get(0))) {
            assertEquals("photos/a.png", store.items().get(0).image());
        }
    }

    @Test
    void theWizardNamesTheColumnsItUsesAndIgnores() throws Exception {
        Path table = Files.writeString(folder.resolve("items.csv"),
                "id,label,extra\nc1,cat,x\n");
        model.sourceProperty().set(table.toString());
        model.readSource();
        List<ItemPreview.Column> columns = model.previewProperty().get().layout().columns();
        assertEquals("Columns: id → id  ·  label → label",
                NewProjectWizard.columns(columns, false));
        assertEquals("Ignored (1): extra", NewProjectWizard.columns(columns, true));
        assertEquals("", NewProjectWizard.columns(List.of(), true));
    }

    @Test
    void changingTheSourceDropsThePreview() throws Exception {
        Path words = Files.writeString(folder.resolve("words.txt"), "cat\ndog\n");
        model.sourceProperty().set(words.toString());
        model.readSource();
        model.sourceProperty().set(folder.resolve("other.txt").toString());
        assertNull(model.previewProperty().get());
        assertFalse(model.canCreate().get());
    }
}
