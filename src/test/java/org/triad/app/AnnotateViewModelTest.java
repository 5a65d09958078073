package org.triad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triad.collect.SamplerSettings.Kind;
import org.triad.model.Item;
import org.triad.store.ProjectStore;

/** The Annotate view model without a toolkit, on a real project file, with inline tasks. */
class AnnotateViewModelTest {
    @TempDir
    Path folder;
    private StoreProjectSession project;
    private RecordingDialogs dialogs;
    private AnnotateViewModel model;
    private long ticks;

    @BeforeEach
    void open() throws Exception {
        ProjectStore store = ProjectStore.open(folder.resolve("p.triad"));
        store.setItems(PlantedData.items());
        project = new StoreProjectSession(store);
        dialogs = new RecordingDialogs();
        Workbench workbench = new Workbench(project,
                new FakeEngine(PlantedData.embedding(project.items())), new InlineTaskRunner(),
                dialogs);
        // Each reading of the ticker is 250 ms after the one before: response times are known.
        model = new AnnotateViewModel(workbench, Clock.fixed(Instant.parse(
                "2025-03-01T10:00:00Z"), ZoneOffset.UTC), () -> (ticks += 250_000_000L));
        model.setup().seedProperty().set(3);
    }

    @AfterEach
    void close() throws Exception {
        project.close();
    }

    @Test
    void aSessionNeedsANameAndThenShowsThreeCardsOfTheSubset() {
        model.start();
        assertEquals("Enter the annotator's name first.", model.statusProperty().get());
        assertFalse(model.runningProperty().get());

        model.setup().annotatorProperty().set("ann");
        model.setup().categoryProperty().set("tool");
        model.start();

        assertTrue(model.runningProperty().get());
        List<Item> cards = model.cardsProperty().get();
        assertEquals(3, cards.size());
        assertTrue(cards.stream().allMatch(item -> item.categories().equals(List.of("tool"))));
        assertEquals(3, model.upcomingProperty().get().size());
        assertEquals("Trial 1 · 0 of 100 judged", model.statusProperty().get());
    }

    @Test
    void choicesUndoAndEndAreCountedAndTheSessionCanBeContinued() throws Exception {
        model.setup().annotatorProperty().set("ann");
        model.start();
        List<Item> first = model.cardsProperty().get();
        model.choose(2);
        model.skip();
        model.undo();
        model.choose(0);
        // The first choice came one tick (250 ms) after its triplet appeared; the second two
        // ticks, since the view model also reads the ticker to log each key-to-next time.
        assertEquals("2 judged · 0 skipped · 0.0 per minute · median 0.38 s",
                model.statisticsProperty().get());
        model.end();
        assertFalse(model.runningProperty().get());
        assertEquals(1, model.sessions().size());

        model.resume();
        assertTrue(model.runningProperty().get());
        assertEquals("Trial 3 · 2 of 100 judged", model.statusProperty().get());
        assertEquals(first.get(2).id(), project.items().get(
                project.annotations().trials(1).get(0).odd()).id());
        assertEquals(List.of(), dialogs.errors);
    }

    @Test
    void twoAnnotatorsOfOneFixedListAreCompared() throws Exception {
        Path list = folder.resolve("list.txt");
        Files.writeString(list, "0 1 2\n3 4 5\n6 7 8\n");
        for (String name : List.of("ann", "bob")) {
            model.setup().annotatorProperty().set(name);
            model.setup().samplerProperty().set(Kind.FIXED);
            model.chooseFixedList(list);
            model.start();
            while (!model.cardsProperty().get().isEmpty()) {
                model.choose(0);
            }
            assertEquals("All done: 3 judgements. Thank you!", model.statusProperty().get());
            model.end();
        }
        assertTrue(model.agreementProperty().get().startsWith("ann – bob: "),
                model.agreementProperty().get());
        assertTrue(model.agreementProperty().get().endsWith(" agree on 3 shared triplets"),
                model.agreementProperty().get());
    }
}
