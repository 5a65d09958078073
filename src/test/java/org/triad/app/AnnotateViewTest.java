package org.triad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.triad.model.ItemSet;
import org.triad.store.ProjectStore;

/**
 * The Annotate view, headless, on a real project file: 30 judgements by keyboard with undos
 * and skips, then the file is read back row by row.
 */
class AnnotateViewTest extends FxRobot {
    private static final Logger LOG = LoggerFactory.getLogger(AnnotateViewTest.class);
    private static final KeyCode[] PICKS = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3,
        KeyCode.LEFT, KeyCode.DOWN, KeyCode.RIGHT};

    static {
        System.setProperty("headless.geometry", "1600x1200-32");
    }

    @TempDir
    Path folder;
    private Path file;
    private ItemSet items;
    private StoreProjectSession project;
    private FxTaskRunner tasks;
    private AnnotateViewModel model;

    /** What the test expects in the file: the items as shown, and the pick (-1 for a skip). */
    private record Expected(int[] shown, int odd) {
    }

    @BeforeEach
    void start() throws Exception {
        file = folder.resolve("annotate.triad");
        items = PlantedData.items();
        ProjectStore store = ProjectStore.open(file);
        store.setItems(items);
        project = new StoreProjectSession(store);
        tasks = new FxTaskRunner();
        Workbench workbench = new Workbench(project, new FakeEngine(PlantedData.embedding(items)),
                tasks, new RecordingDialogs());
        model = new AnnotateViewModel(workbench, Clock.systemUTC(), System::nanoTime);
        model.setup().seedProperty().set(17);
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            stage.setScene(TriadApp.styled(new Scene((javafx.scene.Parent)
                    new AnnotateView(model, workbench).node(), 1280, 820)));
            stage.show();
        });
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
        tasks.close();
        project.close();
    }

    @Test
    void thirtyJudgementsByKeyboardWithUndoAndSkipReachTheFileRowByRow() throws Exception {
        clickOn("#annotator").write("ann");
        interact(() -> model.setup().targetProperty().set(40));
        clickOn("#startSession");
        waitFor(() -> text("#annotateStatus").startsWith("Trial 1 "));
        List<Expected> live = new ArrayList<>();
        int undos = 0;
        for (int action = 0; live.stream().filter(e -> e.odd() >= 0).count() < 30; action++) {
            int[] shown = shownItems();
            String before = text("#annotateStatus");
            if (action % 7 == 6 && !live.isEmpty()) {
                type(KeyCode.BACK_SPACE);
                Expected undone = live.remove(live.size() - 1);
                undos++;
                waitFor(() -> !text("#annotateStatus").equals(before));
                assertTrue(Arrays.equals(undone.shown(), shownItems()), "undo shows it again");
            } else if (action % 5 == 4) {
                type(KeyCode.S);
                live.add(new Expected(shown, -1));
                waitFor(() -> !text("#annotateStatus").equals(before));
            } else {
                KeyCode key = PICKS[action % PICKS.length];
                type(key);
                live.add(new Expected(shown, shown[action % 3]));
                waitFor(() -> !text("#annotateStatus").equals(before));
            }
        }
        List<Double> latencies = new ArrayList<>(model.latencies());
        latencies.sort(null);
        LOG.info("Key press to next triplet over {} steps: median {} ms, max {} ms",
                latencies.size(), String.format("%.1f", latencies.get(latencies.size() / 2)),
                String.format("%.1f", latencies.get(latencies.size() - 1)));
        assertTrue(text("#annotateStats").startsWith("30 judged · "), text("#annotateStats"));
        checkFile(live, undos);
    }

    private void checkFile(List<Expected> live, int undos) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = c.createStatement()) {
            List<Expected> stored = new ArrayList<>();
            Instant previous = Instant.EPOCH;
            try (ResultSet rows = statement.executeQuery("SELECT trial, item_a, item_b, item_c,"
                    + " odd, time, response_ms, source FROM judgements WHERE session_id = 1"
                    + " UNION ALL SELECT trial, item_a, item_b, item_c, -1, time, response_ms,"
                    + " 'skip' FROM annotation_skips WHERE session_id = 1 ORDER BY trial")) {
                while (rows.next()) {
                    assertEquals(stored.size(), rows.getInt(1), "trials are numbered in order");
                    stored.add(new Expected(new int[] {rows.getInt(2), rows.getInt(3),
                        rows.getInt(4)}, rows.getInt(5)));
                    Instant time = Instant.parse(rows.getString(6));
                    assertTrue(!time.isBefore(previous), "time goes forward");
                    previous = time;
                    rows.getLong(7);
                    assertTrue(!rows.wasNull() && rows.getLong(7) >= 0, "response time");
                    assertTrue(List.of("ann", "skip").contains(rows.getString(8)));
                }
            }
            assertEquals(live.size(), stored.size());
            for (int t = 0; t < live.size(); t++) {
                assertTrue(Arrays.equals(live.get(t).shown(), stored.get(t).shown()),
                        "left/middle/right of trial " + t);
                assertEquals(live.get(t).odd(), stored.get(t).odd(), "choice of trial " + t);
            }
            try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM annotation_undos"
                    + " WHERE session_id = 1")) {
                rows.next();
                assertEquals(undos, rows.getInt(1));
            }
        }
    }

    /** The item indices on the three cards, read from their words. */
    private int[] shownItems() {
        int[] shown = new int[3];
        for (int p = 0; p < 3; p++) {
            String word = from(lookup("#card" + p)).lookup(".card-word").queryAs(Labeled.class)
                    .getText();
            shown[p] = items.ids().indexOf(word + "_1");
        }
        return shown;
    }

    private String text(String id) {
        return lookup(id).queryAs(Labeled.class).getText();
    }

    private static void waitFor(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
