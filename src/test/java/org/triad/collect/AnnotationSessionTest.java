package org.triad.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triad.collect.SamplerSettings.Kind;
import org.triad.model.ItemSet;
import org.triad.model.Triplet;
import org.triad.store.AnnotationLog;
import org.triad.store.AnnotationTrial;
import org.triad.store.ProjectStore;

/** The annotation flow on a real project file. */
class AnnotationSessionTest {
    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");
    private static final ItemSet ITEMS = TestItems.of(30);

    @TempDir
    Path folder;
    private ProjectStore store;
    private AnnotationLog log;

    @BeforeEach
    void open() throws Exception {
        store = ProjectStore.open(folder.resolve("p.triad"));
        store.setItems(ITEMS);
        log = store.annotations();
    }

    private AnnotationSession start(Kind kind, int target, List<String> categories)
            throws Exception {
        SessionPlan plan = new SessionPlan("ann", "manual", SamplerSettings.of(kind, 42), target,
                categories);
        return AnnotationSession.start(log, ITEMS, plan, null, new StepClock(T0, 1_000));
    }

    @Test
    void eachChoiceIsCommittedBeforeTheNextTripletAppears() throws Exception {
        AnnotationSession session = start(Kind.UNIFORM, 10, List.of());
        for (int t = 0; t < 5; t++) {
            Triplet shown = session.current();
            AnnotationTrial stored = session.choose(t % 3, 700 + t);
            assertEquals(t + 1, log.trials(session.id()).size());
            assertEquals(shown, log.trials(session.id()).get(t).shown());
            assertEquals(List.of(shown.a(), shown.b(), shown.c()).get(t % 3), stored.odd());
        }
        assertEquals(5, store.judgementSet("manual").size());
        SessionStatistics stats = session.statistics();
        assertEquals(5, stats.judged());
        assertEquals(702, stats.medianResponseMillis());
        // The clock steps a second per read: the sitting began at 0 s, the 5th choice at 5 s.
        assertEquals(60.0, stats.perMinute(), 1e-9);
    }

    @Test
    void undoShowsTheLastTripletAgainAndSkipsAreKeptApart() throws Exception {
        AnnotationSession session = start(Kind.BALANCED, 10, List.of());
        Triplet first = session.current();
        session.choose(0, 500);
        Triplet second = session.current();
        session.skip(300);
        Triplet third = session.current();

        assertEquals(second, session.undo().orElseThrow().shown());
        assertEquals(second, session.current());
        assertEquals(1, session.trial());
        assertEquals(first, session.undo().orElseThrow().shown());
        session.choose(2, 900);
        assertEquals(second, session.current());
        session.choose(1, 800);
        assertEquals(third, session.current());

        List<AnnotationTrial> trials = log.trials(session.id());
        assertEquals(List.of(first, second), trials.stream().map(AnnotationTrial::shown).toList());
        assertEquals(List.of(first.c(), second.b()), trials.stream()
                .map(AnnotationTrial::odd).toList());
        assertEquals(2, log.undoCount(session.id()));
        assertEquals(List.of(2, 0), List.of(session.statistics().judged(),
                session.statistics().skipped()));
    }

    @Test
    void theSessionEndsAtItsTargetAndAnUndoReopensIt() throws Exception {
        AnnotationSession session = start(Kind.UNIFORM, 3, List.of());
        for (int t = 0; t < 3; t++) {
            session.choose(0, 100);
        }
        assertTrue(session.finished());
        assertNull(session.current());
        assertThrows(IllegalStateException.class, () -> session.choose(0, 1));
        session.undo();
        assertNotNull(session.current());
        session.choose(1, 100);
        assertTrue(session.finished());
        assertEquals(1.0, session.statistics().progress());
    }

    @Test
    void aContinuedSessionGoesOnWhereItStopped() throws Exception {
        AnnotationSession first = start(Kind.BALANCED, 20, List.of("c1"));
        for (int t = 0; t < 3; t++) {
            first.choose(t % 3, 100);
        }
        first.end();
        AnnotationSession again = AnnotationSession.resume(log, ITEMS, first.id(), null,
                new StepClock(T0.plusSeconds(3_600), 1_000));
        assertNull(log.session(first.id()).ended());
        assertEquals(3, again.trial());
        Set<Integer> seen = new HashSet<>();
        log.trials(first.id()).forEach(t -> seen.addAll(List.of(t.shown().a(), t.shown().b(),
                t.shown().c())));
        assertEquals(9, seen.size(), "balanced shows 9 of the 10 items of c1 in 3 triplets");
        Triplet next = again.current();
        int unseen = 0;
        for (int item : new int[] {next.a(), next.b(), next.c()}) {
            assertEquals(1, item % 3, "outside the subset: " + item);
            unseen += seen.contains(item) ? 0 : 1;
        }
        assertEquals(1, unseen, "the tenth item comes next: " + next);
        again.choose(0, 100);
        assertEquals(4, log.trials(first.id()).size());
        assertEquals(4, again.statistics().judged());
    }

    @Test
    void presentationOrderIsRandomisedAndRecorded() throws Exception {
        List<Triplet> list = List.of(new Triplet(0, 1, 2));
        SamplerSettings fixed = new SamplerSettings(Kind.FIXED, 3, 0, 1, -1,
                java.util.Collections.nCopies(60, list.get(0)));
        AnnotationSession session = AnnotationSession.start(log, ITEMS, new SessionPlan("ann",
                "manual", fixed, 60, List.of()), null, new StepClock(T0, 10));
        Set<Triplet> orders = new HashSet<>();
        while (!session.finished()) {
            orders.add(session.current());
            session.choose(0, 1);
        }
        assertEquals(6, orders.size());
        assertEquals(orders, new HashSet<>(log.trials(session.id()).stream()
                .map(AnnotationTrial::shown).toList()));
    }

    @Test
    void exportsWriteSposeLinesAndCsvRows() throws Exception {
        AnnotationSession session = start(Kind.UNIFORM, 10, List.of());
        Triplet a = session.current();
        session.choose(1, 640);
        Triplet b = session.current();
        session.skip(-1);
        Path spose = folder.resolve("s.txt");
        Path csv = folder.resolve("s.csv");
        List<AnnotationTrial> trials = log.trials(session.id());
        assertEquals(1, SessionExport.writeSpose(trials, spose));
        assertEquals(a.a() + " " + a.c() + " " + a.b() + "\n", Files.readString(spose));
        SessionExport.writeCsv(log.session(session.id()), trials, ITEMS, csv);
        assertEquals(List.of(SessionExport.CSV_HEADER,
                "ann,1,0," + T0.plusSeconds(2) + ",i" + a.a() + ",i" + a.b() + ",i" + a.c()
                        + ",i" + a.b() + ",640,0",
                "ann,1,1," + T0.plusSeconds(3) + ",i" + b.a() + ",i" + b.b() + ",i" + b.c()
                        + ",,,1"), Files.readAllLines(csv));
        assertEquals("\"a,\"\"b\"\"\"", SessionExport.quoted("a,\"b\""));
    }
}
