package org.triad.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.triad.analysis.CategoryAccuracy;
import org.triad.analysis.Evaluation;
import org.triad.analysis.NoiseCeiling;
import org.triad.analysis.SourceAgreement;
import org.triad.analysis.TrainingOverlap;
import org.triad.model.Embedding;
import org.triad.model.ItemSet;
import org.triad.model.JudgementSet;
import org.triad.store.EmbeddingInfo;
import org.triad.store.JudgementSetInfo;
import org.triad.training.RunManifest;

/**
 * State of the Evaluate view: a model's accuracy on a judgement set with its 95 % interval,
 * against chance and the noise ceiling, split by category; and how often the sources of
 * judgements agree on the triplets they share. Computed in the background; the newest
 * request wins. A trained model's manifest names the sets it was trained on: the view then
 * starts on a held-out set and says so when the chosen set is, or overlaps, the training data.
 */
public final class EvaluationViewModel {
    /** Bootstrap resamples of the accuracy interval. */
    static final int RESAMPLES = 1000;
    /** Seed of the bootstrap, fixed so that the same inputs give the same interval. */
    static final long SEED = 20_250_101L;
    /** Chance accuracy of a three-way choice. */
    static final double CHANCE = 1.0 / 3.0;

    /**
     * The numbers of one evaluation.
     *
     * @param accuracy share of judgements predicted, with its bootstrap interval
     * @param ceiling the set's noise ceiling (may be unavailable)
     * @param categories accuracy per category under the chosen rule
     * @param trainingSets the sets the model was trained on; empty when unknown
     * @param overlap the evaluated judgements whose triplets are in those sets
     */
    public record Result(Evaluation.Accuracy accuracy, NoiseCeiling ceiling,
            List<CategoryAccuracy.Row> categories, List<String> trainingSets,
            TrainingOverlap overlap) {

        /** Whether any evaluated judgement is a triplet the model was trained on. */
        public boolean inSample() {
            return overlap.sharedJudgements() > 0;
        }
    }

    /**
     * Agreement between two judgement sets for the table.
     *
     * @param first one set
     * @param second the other
     * @param agreement their agreement on shared triplets
     */
    public record AgreementRow(String first, String second, SourceAgreement agreement) {
    }

    private final Workbench workbench;
    private final ObjectProperty<EmbeddingInfo> embedding = new SimpleObjectProperty<>();
    private final ObjectProperty<String> judgementSet = new SimpleObjectProperty<>();
    private final ObjectProperty<CategoryAccuracy.Rule> rule = new SimpleObjectProperty<>(
            CategoryAccuracy.Rule.ANY_ITEM);
    private final ObservableList<String> setNames = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Result> result = new ReadOnlyObjectWrapper<>();
    private final ObservableList<CategoryAccuracy.Row> categories =
            FXCollections.observableArrayList();
    private final ObservableList<AgreementRow> agreements = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper sampleNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper duplicatesNote = new ReadOnlyStringWrapper("");
    /** Sets the selected model was trained on, read from its manifest; empty when unknown. */
    private List<String> trainingSets = List.of();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private long generation;

    /** Starts with the workbench's selected embedding; evaluates whenever a choice changes. */
    public EvaluationViewModel(Workbench workbench) {
        this.workbench = workbench;
        embedding.addListener((o, old, now) -> readTrainingSets(now));
        judgementSet.addListener((o, old, now) -> {
            if (now != null) {
                workbench.evaluatedSetProperty().set(now);
            }
            evaluate();
        });
        rule.addListener((o, old, now) -> evaluate());
        workbench.selectedEmbeddingProperty().addListener((o, old, now) -> follow(now));
        follow(workbench.selectedEmbeddingProperty().get());
    }

    /** Takes the workbench's selection while this view has none of its own that still exists. */
    private void follow(EmbeddingInfo selected) {
        if (embedding.get() == null || !workbench.embeddings().contains(embedding.get())) {
            embedding.set(selected);
        }
    }

    /** Lists the judgement sets and measures the agreement between every two of them. */
    public void load() {
        ProjectSession project = workbench.project();
        workbench.tasks().submit("judgement sets", () -> agreementsOf(project),
                rows -> {
                    agreements.setAll(rows);
                    duplicatesNote.set(duplicatesNote(rows));
                    chooseDefaultSet();
                }, failure -> workbench.dialogs().showError("Could not read the judgement sets",
                        failure));
        workbench.tasks().submit("list sets", project::judgementSets, sets -> {
            setNames.setAll(sets.stream().map(JudgementSetInfo::name).toList());
            chooseDefaultSet();
        }, failure -> workbench.dialogs().showError("Could not list the judgement sets",
                failure));
    }

    /**
     * Reads which sets the model was trained on, then moves to a held-out set if the chosen one
     * is among them, and evaluates.
     */
    private void readTrainingSets(EmbeddingInfo info) {
        trainingSets = List.of();
        if (info == null) {
            evaluate();
            return;
        }
        ProjectSession project = workbench.project();
        List<String> known = List.copyOf(setNames);
        workbench.tasks().submit("read manifest", () -> RunManifest.trainingSets(
                project.manifest(info.id()), known.isEmpty() ? names(project) : known),
                sets -> {
                    if (info.equals(embedding.get())) {
                        trainingSets = sets;
                        if (!moveToHeldOut()) {
                            evaluate();
                        }
                    }
                }, failure -> {
                    if (info.equals(embedding.get())) {
                        evaluate();
                    }
                });
    }

    private static List<String> names(ProjectSession project) throws Exception {
        return project.judgementSets().stream().map(JudgementSetInfo::name).toList();
    }

    /** Picks the set shown last, else the first held-out set, when none is chosen yet. */
    private void chooseDefaultSet() {
        if (judgementSet.get() == null && !setNames.isEmpty()) {
            String last = workbench.evaluatedSetProperty().get();
            judgementSet.set(last != null && setNames.contains(last) ? last : heldOutSet());
        }
    }

    /**
     * Switches from a training set to a held-out one; the set's listener evaluates.
     *
     * @return whether the set changed
     */
    private boolean moveToHeldOut() {
        String chosen = judgementSet.get();
        if (chosen == null || !trainingSets.contains(chosen)) {
            return false;
        }
        String heldOut = heldOutSet();
        if (heldOut.equals(chosen)) {
            return false;
        }
        judgementSet.set(heldOut);
        return true;
    }

    /** The first set the model was not trained on, else the first set. */
    private String heldOutSet() {
        return setNames.stream().filter(name -> !trainingSets.contains(name)).findFirst()
                .orElse(setNames.get(0));
    }

    private static List<AgreementRow> agreementsOf(ProjectSession project) throws Exception {
        Map<String, JudgementSet> sets = new LinkedHashMap<>();
        for (JudgementSetInfo info : project.judgementSets()) {
            sets.put(info.name(), project.judgementSet(info.name()));
        }
        List<String> names = new ArrayList<>(sets.keySet());
        List<AgreementRow> rows = new ArrayList<>();
        for (int a = 0; a < names.size(); a++) {
            for (int b = a + 1; b < names.size(); b++) {
                SourceAgreement agreement = SourceAgreement.between(sets.get(names.get(a)),
                        sets.get(names.get(b)));
                if (agreement.sharedTriplets() > 0) {
                    rows.add(new AgreementRow(names.get(a), names.get(b), agreement));
                }
            }
        }
        return rows;
    }

    /**
     * A warning naming the pairs of sets whose shared triplets are nearly all identical rows:
     * copies of the same judgements, whose "agreement" says nothing about consistency.
     */
    static String duplicatesNote(List<AgreementRow> rows) {
        List<String> pairs = rows.stream().filter(row -> row.agreement().likelyDuplicates())
                .map(row -> String.format(Locale.ROOT, "%s and %s (%,d of %,d shared triplets)",
                        row.first(), row.second(), row.agreement().identicalRows(),
                        row.agreement().sharedTriplets()))
                .toList();
        return pairs.isEmpty() ? "" : "Identical rows in " + String.join(", ", pairs)
                + ": most likely the same judgements copied into both sets, not repeats by "
                + "different people, so their agreement is not a measure of consistency.";
    }

    /** Evaluates the chosen embedding on the chosen set. */
    public void evaluate() {
        EmbeddingInfo info = embedding.get();
        String setName = judgementSet.get();
        long request = ++generation;
        if (info == null || setName == null) {
            result.set(null);
            categories.clear();
            sampleNote.set("");
            return;
        }
        busy.set(true);
        status.set("Evaluating " + info.name() + " on " + setName + "…");
        CategoryAccuracy.Rule how = rule.get();
        ProjectSession project = workbench.project();
        List<String> training = trainingSets;
        // The core's evaluation takes no token; a newer request only drops this one's result.
        Job job = workbench.jobs().start("Evaluate " + info.name() + " on " + setName, null);
        workbench.tasks().submit("evaluate", () -> compute(project, info, setName, how,
                        training),
                computed -> {
                    job.finish(describe(computed, info, setName));
                    if (request == generation) {
                        busy.set(false);
                        result.set(computed);
                        categories.setAll(computed.categories());
                        status.set(describe(computed, info, setName));
                        sampleNote.set(sampleNote(computed, setName));
                    }
                }, failure -> {
                    job.fail(failure);
                    if (request == generation) {
                        busy.set(false);
                        status.set("The evaluation failed.");
                        workbench.dialogs().showError("Could not evaluate", failure);
                    }
                });
    }

    private static Result compute(ProjectSession project, EmbeddingInfo info, String setName,
            CategoryAccuracy.Rule how, List<String> training) throws Exception {
        Embedding x = project.embedding(info.id());
        JudgementSet set = project.judgementSet(setName);
        ItemSet items = project.items();
        List<JudgementSet> seen = new ArrayList<>();
        for (String name : training) {
            seen.add(name.equals(setName) ? set : project.judgementSet(name));
        }
        return new Result(Evaluation.accuracyWithInterval(x, set, RESAMPLES, SEED),
                NoiseCeiling.of(set), CategoryAccuracy.of(x, set, items, how), training,
                TrainingOverlap.of(set, seen));
    }

    /**
     * Whether the accuracy is held out: a warning when the set is, or overlaps, the training
     * data; a plain note when the training sets are known and disjoint; else nothing.
     */
    static String sampleNote(Result computed, String setName) {
        String trained = String.join(" + ", computed.trainingSets());
        TrainingOverlap overlap = computed.overlap();
        if (computed.trainingSets().contains(setName)) {
            return "In-sample: the model was trained on " + trained + ", which includes "
                    + setName + ". This accuracy is not a held-out estimate; pick another set.";
        }
        if (computed.inSample()) {
            return String.format(Locale.ROOT, "Partly in-sample: %,d of %,d judgements (%s) are "
                    + "triplets the model was trained on (%s).", overlap.sharedJudgements(),
                    overlap.judgements(), percent(overlap.share()), trained);
        }
        return computed.trainingSets().isEmpty() ? ""
                : "Held out: the model was trained on " + trained + "; none of these triplets "
                        + "is among them.";
    }

    private static String describe(Result computed, EmbeddingInfo info, String setName) {
        return String.format(Locale.ROOT, "%s on %s: %,d judgements", info.name(), setName,
                computed.accuracy().count());
    }

    /** "63.2 %" of a share, or "—" when undefined. */
    static String percent(double share) {
        return Double.isFinite(share) ? String.format(Locale.ROOT, "%.1f %%", 100 * share) : "—";
    }

    /** The embedding evaluated. */
    public ObjectProperty<EmbeddingInfo> embeddingProperty() {
        return embedding;
    }

    /** The judgement set evaluated on. */
    public ObjectProperty<String> judgementSetProperty() {
        return judgementSet;
    }

    /** Which judgements count for a category. */
    public ObjectProperty<CategoryAccuracy.Rule> ruleProperty() {
        return rule;
    }

    /** Names of the project's judgement sets. */
    public ObservableList<String> setNames() {
        return setNames;
    }

    /** The last evaluation; null before the first. */
    public ReadOnlyObjectProperty<Result> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** Accuracy per category of the last evaluation. */
    public ObservableList<CategoryAccuracy.Row> categories() {
        return categories;
    }

    /** Agreement of every two sets that share triplets. */
    public ObservableList<AgreementRow> agreements() {
        return agreements;
    }

    /** What was evaluated, or what is happening. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /**
     * Whether the last accuracy is held out, in words; empty when the training data are not
     * known (imported and published embeddings).
     */
    public ReadOnlyStringProperty sampleNoteProperty() {
        return sampleNote.getReadOnlyProperty();
    }

    /** A warning about sets that share copied judgements; empty when none do. */
    public ReadOnlyStringProperty duplicatesNoteProperty() {
        return duplicatesNote.getReadOnlyProperty();
    }

    /** Whether an evaluation runs. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
