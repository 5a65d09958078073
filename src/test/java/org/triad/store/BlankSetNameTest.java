package org.triad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.triad.model.Item;
import org.triad.model.ItemSet;
import org.triad.model.Judgement;
import org.triad.model.Triplet;

/**
 * A judgement set is never created with an empty or blank name, whichever way the judgements
 * arrive (added, imported, model replies, annotation sessions); nothing is stored then.
 */
class BlankSetNameTest {
    @TempDir
    Path folder;

    private Path file;

    @BeforeEach
    void createProject() throws Exception {
        file = folder.resolve("p.triad");
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            items.add(new Item("i" + i, "word " + i, "", "", List.of()));
        }
        try (ProjectStore store = ProjectStore.open(file)) {
            store.setItems(new ItemSet(items));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", " \t "})
    void blankNamesAreRefusedAndNothingIsStored(String blank) throws Exception {
        Path triplets = Files.writeString(folder.resolve("t.txt"), "0 1 2\n");
        Judgement judgement = new Judgement(new Triplet(0, 1, 2), 2, "ann", -1, null, -1);
        ModelReply reply = new ModelReply("0-1-2#0/r0", new Triplet(0, 1, 2), 0, "m",
                "http://127.0.0.1/v1", "abc", 0, "parsed", 2, "C", "letter", 1, 1, 1, -1,
                Instant.EPOCH);
        try (ProjectStore store = ProjectStore.open(file)) {
            StoreException added = assertThrows(StoreException.class,
                    () -> store.addJudgements(blank, "", List.of(judgement)));
            assertThrows(StoreException.class,
                    () -> store.importJudgements(triplets, blank, ""));
            assertThrows(StoreException.class, () -> store.modelReplies().record(blank, reply));
            assertThrows(StoreException.class, () -> store.annotations().startSession(
                    new AnnotationSessionSpec(blank, "ann", "uniform", "{}", 3, List.of()),
                    Instant.EPOCH));

            assertTrue(added.getMessage().contains("needs a name that is not blank"),
                    added.getMessage());
            assertEquals(List.of(), store.judgementSets());
        }
    }

    @Test
    void aNamedSetIsStillCreated() throws Exception {
        try (ProjectStore store = ProjectStore.open(file)) {
            store.addJudgements("humans", "", List.of(new Judgement(new Triplet(0, 1, 2), 2,
                    "ann", -1, null, -1)));
            assertEquals("humans", store.judgementSets().get(0).name());
        }
    }
}
