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
import org.triad.model.Embedding;
import org.triad.model.ItemSet;
import org.triad.model.JudgementSet;
import org.triad.store.EmbeddingInfo;
import org.triad.store.JudgementSetInfo;

/**
 * State of the Evaluate view: a model's accuracy on a judgement set with its 95 % interval,
 * against chance and the noise ceiling, split by category; and how often the sources of
 * judgements agree on the triplets they share. Computed in the background; the newest
 * request wins.
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
     */
    public record Result(Evaluation.Accuracy accuracy, NoiseCeiling ceiling,
            List<CategoryAccuracy.Row> categories) {
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
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private long generation;

    /** Starts with the workbench's selected embedding; evaluates whenever a choice changes. */
    public EvaluationViewModel(Workbench workbench) {
        this.workbench = workbench;
        embedding.addListener((o, old, now) -> evaluate());
        judgementSet.addListener((o, old, now) -> evaluate());
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
                    if (judgementSet.get() == null && !setNames.isEmpty()) {
                        judgementSet.set(setNames.get(0));
                    }
                }, failure -> workbench.dialogs().showError("Could not read the judgement sets",
                        failure));
        workbench.tasks().submit("list sets", project::judgementSets, sets -> {
            setNames.setAll(sets.stream().map(JudgementSetInfo::name).toList());
            if (judgementSet.get() == null && !setNames.isEmpty()) {
                judgementSet.set(setNames.get(0));
            }
        }, failure -> workbench.dialogs().showError("Could not list the judgement sets",
                failure));
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

    /** Evaluates the chosen embedding on the chosen set. */
    public void evaluate() {
        EmbeddingInfo info = embedding.get();
        String setName = judgementSet.get();
        long request = ++generation;
        if (info == null || setName == null) {
            result.set(null);
            categories.clear();
            return;
        }
        busy.set(true);
        status.set("Evaluating " + info.name() + " on " + setName + "…");
        CategoryAccuracy.Rule how = rule.get();
        ProjectSession project = workbench.project();
        // The core's evaluation takes no token; a newer request only drops this one's result.
        Job job = workbench.jobs().start("Evaluate " + info.name() + " on " + setName, null);
        workbench.tasks().submit("evaluate", () -> compute(project, info, setName, how),
                computed -> {
                    job.finish(describe(computed, info, setName));
                    if (request == generation) {
                        busy.set(false);
                        result.set(computed);
                        categories.setAll(computed.categories());
                        status.set(describe(computed, info, setName));
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
            CategoryAccuracy.Rule how) throws Exception {
        Embedding x = project.embedding(info.id());
        JudgementSet set = project.judgementSet(setName);
        ItemSet items = project.items();
        return new Result(Evaluation.accuracyWithInterval(x, set, RESAMPLES, SEED),
                NoiseCeiling.of(set), CategoryAccuracy.of(x, set, items, how));
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

    /** Whether an evaluation runs. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
