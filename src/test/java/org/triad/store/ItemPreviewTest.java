package org.triad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triad.model.Item;
import org.triad.model.ItemSet;
import org.triad.store.ItemPreview.Column;
import org.triad.store.ItemPreview.Format;
import org.triad.store.ItemPreview.Role;

class ItemPreviewTest {
    @TempDir
    Path folder;

    @Test
    void thingsConceptsShowTheirColumns() throws Exception {
        ItemPreview preview = ItemPreview.read(Path.of("datasets/things/concepts.tsv"), null);
        assertEquals(Format.TSV_TABLE, preview.layout().format());
        assertEquals(1_854, preview.items().size());
        List<Column> columns = preview.layout().columns();
        assertEquals(Role.LABEL, role(columns, "Word"));
        assertEquals(Role.ID, role(columns, "uniqueID"));
        assertTrue(columns.stream().anyMatch(c -> c.role() == Role.DEFINITION), columns.toString());
        assertTrue(columns.stream().anyMatch(c -> c.role() == Role.IGNORED), columns.toString());
        assertEquals(20, preview.firstItems(20).size());
        assertEquals("aardvark", preview.firstItems(1).get(0).id());
    }

    private static Role role(List<Column> columns, String header) {
        return columns.stream().filter(c -> c.header().equals(header)).findFirst().orElseThrow()
                .role();
    }

    @Test
    void csvAndPlainListsAreDetected() throws Exception {
        Path csv = Files.writeString(folder.resolve("items.csv"),
                "id,label,picture,image\nc1,cat,x,img/c1.png\n");
        ItemPreview table = ItemPreview.read(csv, null);
        assertEquals(Format.CSV_TABLE, table.layout().format());
        assertEquals(List.of(new Column("id", Role.ID), new Column("label", Role.LABEL),
                new Column("picture", Role.IGNORED), new Column("image", Role.IMAGE)),
                table.layout().columns());
        assertEquals("img/c1.png", table.itemsFor(folder.resolve("p.triad")).get(0).image());

        Path list = Files.writeString(folder.resolve("words.txt"), "cat\ndog\n\nfish\n");
        ItemPreview words = ItemPreview.read(list, null);
        assertEquals(Format.PLAIN_LIST, words.layout().format());
        assertEquals(List.of(), words.layout().columns());
        assertEquals(List.of("cat", "dog", "fish"), words.items().ids());
        assertEquals(2, words.firstItems(2).size());
    }

    @Test
    void badRowsAreReportedWithFileAndLine() throws Exception {
        Path list = Files.writeString(folder.resolve("words.txt"), "cat\ndog\ncat\n");
        ImportException e = assertThrows(ImportException.class,
                () -> ItemPreview.read(list, null));
        assertEquals(3, e.line());
        assertEquals(list, e.file());
        ImportException missing = assertThrows(ImportException.class,
                () -> ItemPreview.read(folder.resolve("none.tsv"), null));
        assertEquals(folder.resolve("none.tsv") + ": does not exist", missing.getMessage());
    }

    @Test
    void imagePathsBecomeRelativeToTheProject() throws Exception {
        Path images = Files.createDirectories(folder.resolve("stimuli/photos"));
        Files.write(images.resolve("b.jpg"), new byte[] {1});
        Files.write(images.resolve("a.png"), new byte[] {1});
        ItemPreview preview = ItemPreview.read(images, null);
        assertEquals(Format.IMAGE_FOLDER, preview.layout().format());

        ItemSet items = preview.itemsFor(folder.resolve("p.triad"));
        assertEquals(List.of("stimuli/photos/a.png", "stimuli/photos/b.jpg"),
                items.items().stream().map(Item::image).toList());
        try (ProjectStore store = ProjectStore.open(folder.resolve("p.triad"))) {
            store.setItems(items);
            assertEquals(images.resolve("a.png"), store.resolveImage(store.items().get(0))
                    .orElseThrow());
        }
        assertEquals("a.png", preview.itemsFor(images.resolve("in.triad")).get(0).image());
    }

    @Test
    void imagesOutsideTheProjectFolderAreRefused() throws Exception {
        Path images = Files.createDirectories(folder.resolve("photos"));
        Files.write(images.resolve("a.png"), new byte[] {1});
        ItemPreview preview = ItemPreview.read(images, null);
        Path elsewhere = Files.createDirectories(folder.resolve("projects")).resolve("p.triad");
        ImportException e = assertThrows(ImportException.class,
                () -> preview.itemsFor(elsewhere));
        assertTrue(e.getMessage().startsWith(images + ": is not inside the project's folder "
                + elsewhere.getParent()), e.getMessage());
    }
}
