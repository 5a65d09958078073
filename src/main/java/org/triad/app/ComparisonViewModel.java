package org.triad.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.triad.analysis.ComparisonMethod;
import org.triad.analysis.ComparisonResult;
import org.triad.analysis.DimensionMatching;
import org.triad.analysis.RsmComparison;
import org.triad.analysis.Rsms;
import org.triad.model.CancellationToken;
import org.triad.model.Embedding;
import org.triad.model.ProgressListener;
import org.triad.model.Rsm;
import org.triad.model.RsmKind;
import org.triad.store.EmbeddingInfo;

/**
 * State of the Compare view: two embeddings, their dimensions matched one to one by the
 * correlation of their columns (Hungarian assignment), and the correlation of the two models'
 * RSMs. Computed in the background; a new request cancels the running one and only the newest
 * is published.
 */
public final class ComparisonViewModel {
    /** Matched pairs above this r count as the same dimension. */
    static final double SAME_DIMENSION = 0.8;
    private static final String JOB = "compare";

    /**
     * A matched pair for the table.
     *
     * @param firstDim 1-based dimension of the first embedding
     * @param firstLabel its label
     * @param secondDim 1-based dimension of the second embedding
     * @param secondLabel its label
     * @param correlation Pearson's r of the two columns
     */
    public record PairRow(int firstDim, String firstLabel, int secondDim, String secondLabel,
            double correlation) {
    }

    /** What a comparison produced, built off the UI thread. */
    private record Outcome(List<PairRow> rows, String summary, String unmatched, String rsm) {
    }

    private final Workbench workbench;
    private final ObjectProperty<EmbeddingInfo> first = new SimpleObjectProperty<>();
    private final ObjectProperty<EmbeddingInfo> second = new SimpleObjectProperty<>();
    private final ObjectProperty<DimensionMatching.Criterion> criterion =
            new SimpleObjectProperty<>(DimensionMatching.Criterion.CORRELATION);
    private final ObjectProperty<RsmKind> rsmKind = new SimpleObjectProperty<>(
            RsmKind.DOT_PRODUCT);
    private final ObservableList<PairRow> pairs = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(
            "Pick two embeddings and press Compare.");
    private final ReadOnlyStringWrapper unmatched = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper rsm = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private long generation;
    private CancellationToken token;

    /** Offers the workbench's embeddings; picks two different ones once they are listed. */
    public ComparisonViewModel(Workbench workbench) {
        this.workbench = workbench;
        workbench.embeddings().addListener((ListChangeListener<EmbeddingInfo>) c -> defaults());
        defaults();
    }

    private void defaults() {
        List<EmbeddingInfo> all = workbench.embeddings();
        if (first.get() == null && !all.isEmpty()) {
            first.set(all.get(0));
        }
        if (second.get() == null && all.size() > 1) {
            second.set(all.get(1));
        }
    }

    /** The RSM kinds a comparison can use. */
    public static List<RsmKind> rsmKinds() {
        return List.of(RsmKind.DOT_PRODUCT, RsmKind.CHOICE_PROBABILITY);
    }

    /** Compares the two chosen embeddings. */
    public void compare() {
        EmbeddingInfo a = first.get();
        EmbeddingInfo b = second.get();
        if (a == null || b == null) {
            return;
        }
        long request = ++generation;
        if (token != null) {
            token.cancel();
        }
        Job job = workbench.startJob("Compare " + a.name() + " with " + b.name());
        CancellationToken mine = job.token();
        token = mine;
        busy.set(true);
        progress.set(-1);
        summary.set("Comparing " + a.name() + " with " + b.name() + "…");
        DimensionMatching.Criterion how = criterion.get();
        RsmKind kind = rsmKind.get();
        ProgressListener listener = (done, total, message) -> workbench.tasks().publish(() -> {
            job.progress(total > 0 ? (double) done / total : Job.INDETERMINATE, message);
            if (request == generation) {
                progress.set(total > 0 ? (double) done / total : -1);
            }
        });
        workbench.tasks().submit(JOB, () -> outcome(a, b, how, kind, listener, mine),
                result -> finish(request, job, result, () -> show(result)),
                failure -> finish(request, job, failure, () -> {
                    summary.set("The comparison failed.");
                    workbench.dialogs().showError("Could not compare the models", failure);
                }));
    }

    private void finish(long request, Job job, Object outcome, Runnable update) {
        if (outcome instanceof Throwable failure) {
            job.fail(failure);
        } else {
            job.finish(outcome == null ? "cancelled" : "compared");
        }
        if (request == generation) {
            busy.set(false);
            if (outcome == null) {
                summary.set("Cancelled.");
            }
            update.run();
        }
    }

    private void show(Outcome result) {
        if (result == null) {
            return;
        }
        pairs.setAll(result.rows());
        summary.set(result.summary());
        unmatched.set(result.unmatched());
        rsm.set(result.rsm());
    }

    private Outcome outcome(EmbeddingInfo a, EmbeddingInfo b, DimensionMatching.Criterion how,
            RsmKind kind, ProgressListener listener, CancellationToken mine) throws Exception {
        Embedding x = workbench.project().embedding(a.id());
        Embedding y = workbench.project().embedding(b.id());
        DimensionMatching.Result matching = DimensionMatching.match(x, y, how);
        List<PairRow> rows = new ArrayList<>();
        for (DimensionMatching.Pair pair : matching.pairs()) {
            rows.add(new PairRow(pair.first() + 1, x.label(pair.first()), pair.second() + 1,
                    y.label(pair.second()), pair.correlation()));
        }
        String summaryText = String.format(Locale.ROOT, "%d of %d matched pairs have r > %.1f"
                + " · mean r %.3f · maximising Σ%s over %,d shared items",
                matching.countAbove(SAME_DIMENSION), matching.pairs().size(), SAME_DIMENSION,
                matching.meanCorrelation(), how.symbol(), matching.sharedItems());
        String unmatchedText = unmatchedText(a, x, matching.unmatchedFirst())
                + unmatchedText(b, y, matching.unmatchedSecond());
        Rsm rx = rsmOf(x, kind, listener, mine);
        Rsm ry = rx == null ? null : rsmOf(y, kind, listener, mine);
        if (ry == null) {
            return null;
        }
        ComparisonResult pearson = RsmComparison.compare(rx, ry, ComparisonMethod.PEARSON);
        ComparisonResult spearman = RsmComparison.compare(rx, ry, ComparisonMethod.SPEARMAN);
        String rsmText = String.format(Locale.ROOT, "RSMs (%s): Pearson r = %.3f · "
                + "Spearman ρ = %.3f over %,d item pairs", kind.displayName(), pearson.value(),
                spearman.value(), pearson.pairsUsed());
        return new Outcome(rows, summaryText, unmatchedText.isEmpty()
                ? "Every dimension has a partner." : unmatchedText.strip(), rsmText);
    }

    private static String unmatchedText(EmbeddingInfo info, Embedding x, List<Integer> dims) {
        if (dims.isEmpty()) {
            return "";
        }
        return "Unmatched in " + info.name() + " (" + dims.size() + "): " + dims.stream()
                .map(d -> (d + 1) + " " + x.label(d)).collect(Collectors.joining(", ")) + "\n";
    }

    private Rsm rsmOf(Embedding x, RsmKind kind, ProgressListener listener,
            CancellationToken mine) {
        return kind == RsmKind.CHOICE_PROBABILITY
                ? workbench.engine().choiceProbability(x, listener, mine) : Rsms.dotProduct(x);
    }

    /** The first embedding. */
    public ObjectProperty<EmbeddingInfo> firstProperty() {
        return first;
    }

    /** The second embedding. */
    public ObjectProperty<EmbeddingInfo> secondProperty() {
        return second;
    }

    /** Whether to maximise Σr or Σ|r|. */
    public ObjectProperty<DimensionMatching.Criterion> criterionProperty() {
        return criterion;
    }

    /** Which RSM of each model is compared. */
    public ObjectProperty<RsmKind> rsmKindProperty() {
        return rsmKind;
    }

    /** Matched pairs in the first embedding's dimension order. */
    public ObservableList<PairRow> pairs() {
        return pairs;
    }

    /** "31 of 49 matched pairs have r > 0.8 · …" or what is happening. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The dimensions left without a partner, by embedding. */
    public ReadOnlyStringProperty unmatchedProperty() {
        return unmatched.getReadOnlyProperty();
    }

    /** The correlation of the two RSMs in words. */
    public ReadOnlyStringProperty rsmProperty() {
        return rsm.getReadOnlyProperty();
    }

    /** Whether a comparison runs. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Progress of the RSMs in [0, 1]; −1 while unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }
}
