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

class ImageFolderReaderTest {
    @TempDir
    Path folder;

    private Path touch(String name) throws Exception {
        return Files.write(folder.resolve(name), new byte[] {1, 2, 3});
    }

    @Test
    void readsImagesSortedByNameAndCountsTheRest() throws Exception {
        for (String name : List.of("zebra.PNG", "apple.jpg", "cat.webp", "dog.jpeg", "eel.gif",
                "notes.txt", "labels.csv", ".DS_Store")) {
            touch(name);
        }
        Files.createDirectory(folder.resolve("more"));
        Files.write(folder.resolve("more/ant.jpg"), new byte[] {1});

        ImageFolderReader.Result result = ImageFolderReader.read(folder, null);

        assertEquals(List.of("apple", "cat", "dog", "eel", "zebra"), result.items().ids());
        assertEquals(2, result.ignoredFiles(), "notes.txt and labels.csv; hidden files unseen");
        Item zebra = result.items().get(4);
        assertEquals("zebra", zebra.label());
        assertEquals(folder.resolve("zebra.PNG").toAbsolutePath().toString(), zebra.image());
    }

    @Test
    void attachesCategoriesInSortedOrder() throws Exception {
        touch("b.png");
        touch("a.png");
        Path categories = Files.writeString(folder.resolve("cats.tsv"),
                "animal\tfood\n1\t0\n0\t1\n");
        ItemSet items = ImageFolderReader.read(folder, categories).items();
        assertEquals(List.of("animal"), items.get(0).categories());
        assertEquals(List.of("food"), items.get(1).categories());
    }

    @Test
    void anEmptyFolderIsRefused() {
        ImportException e = assertThrows(ImportException.class,
                () -> ImageFolderReader.read(folder, null));
        assertEquals(folder + ": holds no images (gif, jpeg, jpg, png, webp)", e.getMessage());
    }

    @Test
    void aFolderOfOtherFilesSaysWhatItHolds() throws Exception {
        touch("readme.md");
        ImportException e = assertThrows(ImportException.class,
                () -> ImageFolderReader.read(folder, null));
        assertTrue(e.getMessage().endsWith("; 1 other files"), e.getMessage());
    }

    @Test
    void twoImagesWithOneNameAreRefused() throws Exception {
        touch("a.jpg");
        touch("a.png");
        touch("b.png");
        ImportException e = assertThrows(ImportException.class,
                () -> ImageFolderReader.read(folder, null));
        assertEquals(folder + ": the images a.jpg and a.png would both be item 'a'; item ids"
                + " must be unique", e.getMessage());
    }

    @Test
    void aMissingFolderIsRefused() {
        Path missing = folder.resolve("nope");
        ImportException e = assertThrows(ImportException.class,
                () -> ImageFolderReader.read(missing, null));
        assertEquals(missing + ": is not a folder", e.getMessage());
    }
}
