package org.triad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.triad.collect.FakeChatServer;
import org.triad.collect.FakeChatServer.Answer;
import org.triad.store.ProjectStore;

/**
 * The Collect view, headless, against the in-process chat server and a real project file:
 * the form filled by typing, a run to the end, a cancelled run continued, a bad base URL.
 */
class CollectViewTest extends FxRobot {
    private static final String SET = "model · fake-model";

    static {
        System.setProperty("headless.geometry", "1600x1200-32");
    }

    @TempDir
    Path folder;
    private StoreProjectSession project;
    private FxTaskRunner tasks;
    private CollectViewModel model;
    private FakeChatServer server;
    private final AtomicInteger evaluations = new AtomicInteger();

    @BeforeEach
    void start() throws Exception {
        Path file = folder.resolve("collect.triad");
        PlantedData.writeProject(file);
        project = new StoreProjectSession(ProjectStore.open(file));
        tasks = new FxTaskRunner();
        Workbench workbench = new Workbench(project, new FakeEngine(PlantedData.embedding(
                project.items())), tasks, new RecordingDialogs());
        model = new CollectViewModel(workbench, Map.of(), new EndpointProfiles(null));
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            stage.setScene(TriadApp.styled(new Scene((Parent) new CollectView(model,
                    evaluations::incrementAndGet).node(), 1280, 820)));
            stage.show();
        });
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
        tasks.close();
        if (server != null) {
            server.close();
        }
        project.close();
    }

    private void fill(String url, String modelId, int count) {
        interact(() -> lookup("#baseUrl").queryAs(TextField.class).clear());
        clickOn("#baseUrl").write(url);
        clickOn("#modelId").write(modelId);
        interact(() -> model.form().countProperty().set(count));
    }

    @Test
    void aRunReachesTheEndAndItsRowsAreInTheProject() throws Exception {
        server = new FakeChatServer((prompt, attempt) -> Answer.slowReply("B", 20));
        fill(server.baseUrl().toString(), "fake-model", 20);
        assertEquals(SET, lookup("#targetSet").queryAs(TextField.class).getText());
        clickOn("#startCollect");
        waitFor(() -> text("#collectStatus").startsWith("Finished"));
        assertEquals("20 of 20 triplets", text("#collectDone"));
        assertEquals(1.0, lookup("#collectProgress").queryAs(ProgressBar.class).getProgress());
        assertTrue(text("#collectOutcomes").startsWith("20 parsed · 0 unparseable · 0 failed"),
                text("#collectOutcomes"));
        assertTrue(text("#collectTokens").startsWith("800 prompt + 20 completion tokens"),
                text("#collectTokens"));
        assertTrue(text("#collectStatus").contains("went to the set '" + SET + "'"));
        assertEquals(20, project.judgementSet(SET).size());
        assertEquals(20, project.modelReplies().replies(SET, "fake-model").size());

        clickOn("#compareWithPeople");
        waitFor(() -> !text("#comparison").isEmpty());
        assertTrue(text("#comparison").matches("On the \\d+ triplets both answered, '" + SET
                + "' agrees with 'human-a' on \\d+\\.\\d %.*|.* share no triplet\\."),
                text("#comparison"));
        clickOn("#openEvaluate");
        assertEquals(1, evaluations.get());
        assertEquals(1, Window.getWindows().size(), "no error dialog");
    }

    @Test
    void aCancelledRunIsContinuedWithoutAskingAnyTripletTwice() throws Exception {
        server = new FakeChatServer((prompt, attempt) -> Answer.slowReply("C", 150));
        fill(server.baseUrl().toString(), "fake-model", 12);
        interact(() -> model.form().concurrencyProperty().set(1));
        clickOn("#startCollect");
        waitFor(() -> model.snapshotProperty().get() != null
                && model.snapshotProperty().get().done() >= 3);
        clickOn("#cancelCollect");
        waitFor(() -> text("#collectStatus").startsWith("Cancelled after"));
        int first = project.modelReplies().replies(SET, "fake-model").size();
        assertTrue(first >= 3 && first < 12, first + " replies after the cancel");
        waitFor(() -> text("#storedReplies").contains("already holds " + first + " replies"));

        clickOn("#startCollect");
        waitFor(() -> text("#collectStatus").startsWith("Finished"));
        assertTrue(text("#collectStatus").contains(first + " of the 12 planned were asked"
                + " before and skipped"), text("#collectStatus"));
        assertEquals((12 - first) + " of " + (12 - first) + " triplets", text("#collectDone"));
        assertEquals(12, server.askedCounts().size());
        assertTrue(server.askedCounts().values().stream().allMatch(n -> n == 1),
                server.askedCounts().toString());
        assertEquals(12, project.judgementSet(SET).size());
    }

    @Test
    void aBadBaseUrlIsOneClearSentence() throws Exception {
        fill("localhost:11434/v1", "llama3.2", 5);
        clickOn("#startCollect");
        waitFor(() -> text("#collectStatus").contains("must start with http://"));
        assertTrue(lookup("#collectStatus").query().getStyleClass().contains("error-text"));
        assertEquals(1, Window.getWindows().size(), "no dialog");
        assertTrue(lookup("#startCollect").query().isVisible());
    }

    private String text(String id) {
        return lookup(id).queryAs(Labeled.class).getText();
    }

    private static void waitFor(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
