package org.triad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.triad.model.JudgementSet;

/**
 * The Evaluate view model starts a trained model on a set it was not trained on, and says so
 * when the chosen set is, or overlaps, its training data; sets that share copied judgements
 * are named.
 */
class EvaluationSampleTest {
    private FakeProject project;
    private RecordingDialogs dialogs;
    private Workbench workbench;

    @BeforeEach
    void setUp() {
        project = FakeProject.planted();
        dialogs = new RecordingDialogs();
        workbench = new Workbench(project, new FakeEngine(PlantedData.embedding(
                project.items())), new InlineTaskRunner(), dialogs);
    }

    private EvaluationViewModel trainedOn(String manifest) throws Exception {
        long id = project.saveEmbedding("Trained 3-d", "trained",
                PlantedData.embedding(project.items()), manifest, List.of());
        workbench.refreshEmbeddings(id);
        EvaluationViewModel model = new EvaluationViewModel(workbench);
        model.load();
        return model;
    }

    @Test
    void aModelTrainedOnTheFirstSetStartsOnAHeldOutSet() throws Exception {
        EvaluationViewModel model = trainedOn("{\"data\": {\"trainSets\": [\"human-a\"]}}");

        assertEquals("human-b", model.judgementSetProperty().get());
        assertEquals(List.of("human-a"), model.resultProperty().get().trainingSets());
        // The planted world is small: random sets share a few triplets by chance.
        assertEquals(shared(project.judgementSet("human-b"), project.judgementSet("human-a")),
                model.resultProperty().get().overlap().sharedJudgements());
        assertFalse(model.sampleNoteProperty().get().startsWith("In-sample"),
                model.sampleNoteProperty().get());
        assertEquals(List.of(), dialogs.errors);
    }

    @Test
    void choosingTheTrainingSetIsCalledInSample() throws Exception {
        // An older manifest without trainSets: the set names come from trainName.
        EvaluationViewModel model = trainedOn(
                "{\"data\": {\"trainName\": \"human-a+human-b (train)\"}}");
        assertEquals("gpt4", model.judgementSetProperty().get());

        model.judgementSetProperty().set("human-a");

        assertTrue(model.resultProperty().get().inSample());
        assertEquals(300, model.resultProperty().get().overlap().sharedJudgements());
        assertTrue(model.sampleNoteProperty().get().startsWith("In-sample: the model was "
                + "trained on human-a + human-b"), model.sampleNoteProperty().get());
    }

    @Test
    void aSetThatSharesTripletsWithTheTrainingDataIsPartlyInSample() throws Exception {
        JudgementSet humanA = project.judgementSet("human-a");
        int[] first40 = Arrays.copyOf(humanA.toPackedArray(), 3 * 40);
        int[] gpt = project.judgementSet("gpt4").toPackedArray();
        int[] mixed = Arrays.copyOf(first40, first40.length + gpt.length);
        System.arraycopy(gpt, 0, mixed, first40.length, gpt.length);
        project.addSet("mixed", new JudgementSet("mixed", humanA.itemCount(), mixed));
        EvaluationViewModel model = trainedOn("{\"data\": {\"trainSets\": [\"human-a\"]}}");

        model.judgementSetProperty().set("mixed");

        int expected = shared(project.judgementSet("mixed"), humanA);
        assertTrue(expected >= 40, "the 40 copied judgements at least: " + expected);
        assertEquals(expected, model.resultProperty().get().overlap().sharedJudgements());
        assertTrue(model.sampleNoteProperty().get().startsWith("Partly in-sample: " + expected
                + " of 90"), model.sampleNoteProperty().get());
    }

    /** Judgements of {@code evaluation} whose three items form a triplet of {@code training}. */
    private static int shared(JudgementSet evaluation, JudgementSet training) {
        Set<List<Integer>> seen = new HashSet<>();
        for (int t = 0; t < training.size(); t++) {
            seen.add(sorted(training, t));
        }
        int count = 0;
        for (int t = 0; t < evaluation.size(); t++) {
            count += seen.contains(sorted(evaluation, t)) ? 1 : 0;
        }
        return count;
    }

    private static List<Integer> sorted(JudgementSet set, int t) {
        return Stream.of(set.keptA(t), set.keptB(t), set.odd(t)).sorted()
                .toList();
    }

    @Test
    void aPublishedModelWithoutTrainingSetsGetsNoNote() {
        workbench.refreshEmbeddings(-1);
        EvaluationViewModel model = new EvaluationViewModel(workbench);
        model.load();

        assertEquals("human-a", model.judgementSetProperty().get());
        assertEquals("", model.sampleNoteProperty().get());
    }

    @Test
    void setsWithCopiedJudgementsAreNamed() throws Exception {
        JudgementSet humanA = project.judgementSet("human-a");
        project.addSet("human-a-copy", new JudgementSet("human-a-copy", humanA.itemCount(),
                humanA.toPackedArray()));
        workbench.refreshEmbeddings(-1);
        EvaluationViewModel model = new EvaluationViewModel(workbench);

        model.load();

        String note = model.duplicatesNoteProperty().get();
        assertTrue(note.startsWith("Identical rows in human-a and human-a-copy"), note);
        assertFalse(note.contains("human-b and"), note);
    }
}
