package org.triad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.triad.model.Embedding;
import org.triad.model.JudgementSet;
import org.triad.model.RsmKind;

/**
 * The start page on a planted project that also carries the two Du et al. sets: it lists what
 * the project holds, and each guided workflow opens its view with the promised defaults.
 */
class StartPageTest extends FxRobot {
    static {
        System.setProperty("headless.geometry", "1600x1200-32");
    }

    private MainWindow window;

    @BeforeEach
    void start() throws Exception {
        FakeProject project = FakeProject.planted();
        Embedding planted = PlantedData.embedding(project.items());
        project.addSet(StartViewModel.DU_HUMANS, JudgementSet.of(StartViewModel.DU_HUMANS,
                project.items().size(), PlantedData.judgements(planted, 80, 4, "du-h")));
        project.addSet(StartViewModel.DU_GPT4, JudgementSet.of(StartViewModel.DU_GPT4,
                project.items().size(), PlantedData.judgements(planted, 80, 5, "du-g")));
        Workbench workbench = new Workbench(project, new FakeEngine(planted),
                new InlineTaskRunner(), new RecordingDialogs());
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            window = new MainWindow(workbench);
            stage.setScene(TriadApp.styled(new Scene(window.root(), 1280, 820)));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stop() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void opensOnTheStartPageWithTheProjectsContents() {
        assertTrue(selected("#nav-start"));
        assertEquals("30 items", lookup("#startItems").queryAs(Labeled.class).getText());
        assertEquals(5, lookup("#startSets").queryAs(VBox.class).getChildren().size());
        assertEquals(1, lookup("#startEmbeddings").queryAs(VBox.class).getChildren().size());
    }

    @Test
    void trainWorkflowTicksTheHumanSetsWithDefaults() {
        TrainViewModel train = window.trainModel();
        interact(() -> train.dimsProperty().set(7));
        clickOn("#startTrain");
        assertTrue(selected("#nav-train"));
        assertEquals(100, train.dimsProperty().get());
        assertEquals(0.1, train.validationFractionProperty().get(), 1e-12);
        List<String> ticked = train.sets().stream().filter(s -> s.selectedProperty().get())
                .map(s -> s.info().name()).toList();
        assertEquals(List.of("human-a", "human-b"), ticked);
        assertFalse(lookup("#startTraining").queryAs(Button.class).isDisabled());
    }

    @Test
    void compareWorkflowShowsPeopleBesideGpt4() {
        clickOn("#startCompare");
        assertTrue(selected("#nav-rsm"));
        RsmViewModel rsm = window.rsmModel();
        assertEquals(RsmKind.EMPIRICAL, rsm.source().kindProperty().get());
        assertEquals(List.of(StartViewModel.DU_HUMANS), rsm.source().sets());
        assertTrue(rsm.comparison().enabledProperty().get());
        assertEquals(RsmKind.EMPIRICAL, rsm.comparison().selection().kindProperty().get());
        assertEquals(List.of(StartViewModel.DU_GPT4), rsm.comparison().selection().sets());
    }

    @Test
    void annotateWorkflowOpensTheAnnotateViewOrSaysItIsComing() {
        Button annotate = lookup("#startAnnotate").queryAs(Button.class);
        if (hasAnnotate()) {
            clickOn(annotate);
            assertTrue(selected("#nav-annotate"));
        } else {
            assertTrue(annotate.isDisabled());
            assertTrue(selected("#nav-start"));
        }
    }

    private static boolean hasAnnotate() {
        return Arrays.stream(MainWindow.Page.values())
                .anyMatch(page -> page.name().equals("ANNOTATE"));
    }

    private boolean selected(String id) {
        return lookup(id).queryAs(ToggleButton.class).isSelected();
    }
}
