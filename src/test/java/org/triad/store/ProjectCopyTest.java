package org.triad.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triad.model.Embedding;
import org.triad.model.Item;
import org.triad.model.ItemSet;
import org.triad.model.Judgement;

class ProjectCopyTest {
    @TempDir
    Path folder;
    private Path file;
    private final ItemSet items = new ItemSet(List.of(
            new Item("a", "apple", "a fruit", "", List.of("food")),
            Item.of("b", "bee"), Item.of("c", "cat"), Item.of("d", "dog")));

    @BeforeEach
    void write() throws Exception {
        file = folder.resolve("p.triad");
        try (ProjectStore store = ProjectStore.open(file)) {
            store.setItems(items);
            store.addJudgements("human", "by hand", List.of(Judgement.ofSpose(0, 1, 2, "x"),
                    Judgement.ofSpose(1, 3, 0, "x")));
            store.saveEmbedding("e", "trained", new Embedding(items.ids(), 2,
                    new float[] {1, 0, 0, 1, 1, 1, 0, 0}, List.of("one", "two")), "{}",
                    List.of());
        }
    }

    @Test
    void theCopyOpensAndHoldsTheSameRows() throws Exception {
        Path copy = folder.resolve("sub/copy.triad");
        Files.createDirectories(copy.getParent());
        try (ProjectStore store = ProjectStore.open(file)) {
            // Written after opening, so the new rows sit in the write-ahead log, not the file.
            store.addJudgements("human", "", List.of(Judgement.ofSpose(2, 3, 1, "y")));
            ProjectCopy.write(store, copy);
            assertEquals(3, store.judgementSet("human").size(), "the original stays open");
        }
        try (ProjectStore copied = ProjectStore.open(copy)) {
            assertEquals(items.items(), copied.items().items());
            assertEquals(List.of("food"), copied.categories());
            assertEquals(3, copied.judgementSet("human").size());
            assertEquals(List.of(2, 3, 1), List.of(copied.judgements("human").get(2).triplet().a(),
                    copied.judgements("human").get(2).triplet().b(),
                    copied.judgements("human").get(2).triplet().c()));
            Embedding embedding = copied.embedding(copied.embeddings().get(0).id());
            assertEquals(List.of("one", "two"), embedding.labels());
            assertArrayEquals(new float[] {1, 0, 0, 1, 1, 1, 0, 0}, embedding.toArray());
        }
        assertFalse(Files.exists(folder.resolve("sub/copy.triad.partial")));
    }

    @Test
    void theOpenFileIsNeverOverwritten() throws Exception {
        try (ProjectStore store = ProjectStore.open(file)) {
            StoreException e = assertThrows(StoreException.class,
                    () -> ProjectCopy.write(store, folder.resolve("./p.triad")));
            assertEquals(file + " is the open project; a copy needs another name",
                    e.getMessage());
            assertEquals(2, store.judgementSet("human").size());
        }
    }

    @Test
    void anExistingTargetIsReplacedWhole() throws Exception {
        Path other = folder.resolve("other.triad");
        try (ProjectStore store = ProjectStore.open(other)) {
            store.setItems(new ItemSet(List.of(Item.of("z", "zebra"))));
        }
        try (ProjectStore store = ProjectStore.open(file)) {
            ProjectCopy.write(store, other);
        }
        try (ProjectStore copied = ProjectStore.open(other)) {
            assertEquals(items.ids(), copied.items().ids());
        }
    }
}
