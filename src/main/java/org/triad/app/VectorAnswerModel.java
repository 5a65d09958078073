package org.triad.app;

import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.triad.app.CollectForm.TripletSource;
import org.triad.collect.VectorAnnotator;
import org.triad.model.FeatureMatrix;
import org.triad.model.Judgement;
import org.triad.model.Triplet;
import org.triad.store.StoreException;

/**
 * The Collect view's vector annotator: a feature set of the project (the bundled word2vec or
 * MiniLM vectors, or the user's CLIP features) answers the triplets of the form's "What to
 * ask" instead of a model, by the most similar pair or, with a temperature, by sampling from
 * the softmax. The answers are stored as their own judgement set, named after the features.
 */
final class VectorAnswerModel {
    private final Workbench workbench;
    private final CollectForm form;
    private final List<String> takenNames;
    private final ObservableList<String> featureSets = FXCollections.observableArrayList();
    private final ObjectProperty<String> featureSet = new SimpleObjectProperty<>();
    private final ObjectProperty<VectorAnnotator.Rule> rule =
            new SimpleObjectProperty<>(VectorAnnotator.Rule.DOT);
    private final ObjectProperty<Double> temperature = new SimpleObjectProperty<>(0.0);
    private final BooleanProperty busy = new SimpleBooleanProperty();

    /** Inputs of one run, copied on the UI thread. */
    record Request(String featureSet, VectorAnnotator.Rule rule, double temperature,
            TripletSource source, org.triad.collect.SamplerSettings.Kind sampler, int count,
            long seed, String fromSet, String setName) {
    }

    /**
     * @param takenNames the project's judgement set names, kept current by the owner
     */
    VectorAnswerModel(Workbench workbench, CollectForm form, List<String> takenNames) {
        this.workbench = workbench;
        this.form = form;
        this.takenNames = takenNames;
    }

    /** Lists the project's feature sets in the background. */
    void load() {
        workbench.tasks().submit("list feature sets", workbench.project()::featureSetNames,
                names -> {
                    featureSets.setAll(names);
                    if (featureSet.get() == null || !names.contains(featureSet.get())) {
                        featureSet.set(names.isEmpty() ? null : names.get(0));
                    }
                }, failure -> workbench.dialogs().showError("Could not list feature sets",
                        failure));
    }

    /**
     * Answers the form's triplets from the chosen features into a new set.
     *
     * @param say a problem (true) or the outcome (false), on the UI thread
     * @param answered the new set's name, once stored
     */
    void answer(BiConsumer<String, Boolean> say, Consumer<String> answered) {
        if (busy.get()) {
            return;
        }
        if (featureSet.get() == null) {
            say.accept("The project holds no feature set to answer from.", true);
            return;
        }
        if (form.tripletSourceProperty().get() == TripletSource.SET
                && form.fromSetProperty().get() == null) {
            say.accept("Choose the judgement set whose triplets are answered.", true);
            return;
        }
        Request request = new Request(featureSet.get(), rule.get(), temperature.get(),
                form.tripletSourceProperty().get(), form.samplerProperty().get(),
                form.countProperty().get(), form.seedProperty().get(),
                form.fromSetProperty().get(), freeName(defaultSetName()));
        busy.set(true);
        Job job = workbench.startJob("Answer from " + request.featureSet());
        job.progress(Job.INDETERMINATE, "answering triplets");
        ProjectSession project = workbench.project();
        workbench.tasks().submit("answer from vectors", () -> run(project, request), count -> {
            busy.set(false);
            String text = String.format(Locale.ROOT, "%,d triplets answered by the %s of '%s'"
                    + " went to the set '%s'.", count, ruleText(request), request.featureSet(),
                    request.setName());
            job.finish(String.format(Locale.ROOT, "%,d triplets", count));
            say.accept(text, false);
            answered.accept(request.setName());
        }, failure -> {
            busy.set(false);
            job.fail(failure);
            say.accept("Answering from vectors failed: " + failure.getMessage(), true);
        });
    }

    /** Runs on a worker thread: the triplets, the answers, one new set. */
    static int run(ProjectSession project, Request request) throws StoreException {
        FeatureMatrix features = project.features(request.featureSet());
        if (features.rows() != project.items().size()) {
            throw new StoreException("feature set '" + request.featureSet() + "' has "
                    + features.rows() + " rows, the project " + project.items().size()
                    + " items");
        }
        VectorAnnotator annotator = new VectorAnnotator(features, request.featureSet(),
                request.rule(), request.temperature(), request.seed());
        List<Triplet> triplets = CollectRun.triplets(project, request.source(),
                request.sampler(), request.count(), request.seed(), request.fromSet());
        List<Judgement> answers = annotator.judgements(triplets);
        project.addJudgementSet(request.setName(), "answered by " + annotator.source(),
                answers);
        return answers.size();
    }

    /** "vectors · word2vec 300-d · dot", with " · T=0.5" when sampling. */
    String defaultSetName() {
        String name = "vectors · " + featureSet.get() + " · "
                + rule.get().name().toLowerCase(Locale.ROOT);
        return temperature.get() > 0 ? name + String.format(Locale.ROOT, " · T=%s",
                temperature.get()) : name;
    }

    private String freeName(String name) {
        String free = name;
        for (int copy = 2; takenNames.contains(free); copy++) {
            free = name + " (" + copy + ")";
        }
        return free;
    }

    private static String ruleText(Request request) {
        String similarity = request.rule() == VectorAnnotator.Rule.DOT ? "dot product"
                : "cosine";
        return request.temperature() > 0 ? String.format(Locale.ROOT,
                "softmax of the %s at T = %s", similarity, request.temperature())
                : "most similar pair by " + similarity;
    }

    ObservableList<String> featureSets() {
        return featureSets;
    }

    ObjectProperty<String> featureSetProperty() {
        return featureSet;
    }

    ObjectProperty<VectorAnnotator.Rule> ruleProperty() {
        return rule;
    }

    /** 0 for the most similar pair; &gt; 0 samples from softmax(similarity / T). */
    ObjectProperty<Double> temperatureProperty() {
        return temperature;
    }

    /** Whether an answer run is in progress. */
    BooleanProperty busyProperty() {
        return busy;
    }
}
