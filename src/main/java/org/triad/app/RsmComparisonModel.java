package org.triad.app;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.triad.analysis.BootstrapInterval;
import org.triad.analysis.ComparedPairs;
import org.triad.analysis.ComparisonMethod;
import org.triad.analysis.ComparisonResult;
import org.triad.analysis.RsmComparison;
import org.triad.analysis.Rsms;
import org.triad.model.CancellationToken;
import org.triad.model.Rsm;
import org.triad.model.RsmKind;

/**
 * The comparison half of the RSM view: a second RSM drawn in the first one's ordering, the
 * four statistics between them (DESIGN.md §4), a density scatter of their pair values and a
 * bootstrap interval on demand. Everything is computed in the background; a change of either
 * RSM cancels what runs, and only the newest request is published.
 */
public final class RsmComparisonModel {
    /** Bins of the scatter's sides. */
    static final int SCATTER_BINS = 80;

    private final Workbench workbench;
    private final RsmLibrary library;
    private final ObservableValue<RsmPicture> first;
    private final RsmSourceSelection selection;
    private final BooleanProperty enabled = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<RsmPicture> picture = new ReadOnlyObjectWrapper<>();
    private final ObservableList<ComparisonResult> results = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<PairDensityPlot> scatter = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ObjectProperty<ComparisonMethod> bootstrapMethod =
            new SimpleObjectProperty<>(ComparisonMethod.PEARSON);
    private final IntegerProperty samples =
            new SimpleIntegerProperty(RsmComparison.DEFAULT_BOOTSTRAP_SAMPLES);
    private final ReadOnlyStringWrapper interval = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper bootstrapping = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper bootstrapProgress = new ReadOnlyDoubleWrapper();
    private boolean active;
    private long generation;
    private long bootstrapGeneration;
    private String shownKey;
    private CancellationToken token;
    private CancellationToken bootstrapToken;
    private Rsm compared;

    RsmComparisonModel(Workbench workbench, RsmLibrary library,
            ObservableValue<RsmPicture> first) {
        this.workbench = workbench;
        this.library = library;
        this.first = first;
        this.selection = new RsmSourceSelection(RsmKind.EMPIRICAL, new SimpleObjectProperty<>());
        selection.onChange(this::refresh);
        enabled.addListener((o, old, now) -> refresh());
        first.addListener((o, old, now) -> refresh());
    }

    void setActive(boolean shown) {
        active = shown;
        refresh();
    }

    private void refresh() {
        RsmPicture base = first.getValue();
        RsmSource wanted = selection.source();
        String key = !active || !enabled.get() || base == null ? "off"
                : wanted.isComplete() ? wanted.key() + "@" + System.identityHashCode(base)
                : "none";
        if (key.equals(shownKey)) {
            return;
        }
        shownKey = key;
        cancel();
        cancelBootstrap();
        long request = ++generation;
        clear();
        if (key.equals("off")) {
            status.set("");
        } else if (key.equals("none")) {
            status.set(wanted.kind() == RsmKind.EMPIRICAL ? "Pick judgement sets to compare with."
                    : "Pick an embedding to compare with.");
        } else {
            compute(base, wanted, request);
        }
    }

    private void clear() {
        busy.set(false);
        picture.set(null);
        results.clear();
        scatter.set(null);
        interval.set("");
        compared = null;
    }

    /** What one comparison produced, built off the UI thread. */
    private record Outcome(Rsm second, RsmPicture picture, List<ComparisonResult> results,
            PairDensityPlot scatter) {
    }

    private void compute(RsmPicture base, RsmSource wanted, long request) {
        Job job = workbench.startJob("Compare RSMs with " + wanted.label());
        CancellationToken runToken = job.token();
        token = runToken;
        busy.set(true);
        status.set("Comparing with " + wanted.label() + "…");
        workbench.tasks().submit("compare RSMs", () -> {
            RsmLibrary.Loaded loaded = library.rsm(wanted, ThrottledProgress.of(
                    workbench.tasks(), () -> generation, request, percent -> job
                            .progress(percent / 100.0, percent + " %")), runToken);
            return loaded == null ? null : outcome(base, loaded);
        }, result -> {
            job.finish(result == null || job.cancelRequested() ? "replaced or cancelled"
                    : "compared");
            if (request == generation) {
                show(result, wanted);
            }
        }, failure -> {
            job.fail(failure);
            if (request == generation) {
                busy.set(false);
                status.set("Cannot compare: " + failure.getMessage());
            }
        });
    }

    private static Outcome outcome(RsmPicture base, RsmLibrary.Loaded loaded) {
        Rsm second = loaded.rsm();
        List<ComparisonResult> all = RsmComparison.compareAll(base.rsm(), second);
        ComparedPairs pairs = RsmComparison.pairs(base.rsm(), second);
        PairDensityPlot plot = pairs.used() == 0 ? null : PairDensityPlot.of(pairs.first(),
                pairs.second(), SCATTER_BINS, SCATTER_BINS);
        Rsm aligned = Rsms.aligned(second, base.rsm().itemIds());
        RsmPicture drawn = RsmPicture.of(aligned, base.items(), base.order(),
                aligned == second ? loaded.counts() : null);
        return new Outcome(second, drawn, all, plot);
    }

    private void show(Outcome outcome, RsmSource wanted) {
        busy.set(false);
        if (outcome == null) {
            shownKey = null;
            status.set("Cancelled.");
            return;
        }
        compared = outcome.second();
        picture.set(outcome.picture());
        scatter.set(outcome.scatter());
        results.setAll(outcome.results());
        ComparisonResult any = outcome.results().get(0);
        String text = String.format(Locale.ROOT, "%s · %,d shared items · %,d pairs used, %,d "
                + "skipped (no data in one or both)", wanted.label(), any.sharedItems(),
                any.pairsUsed(), any.pairsSkipped());
        status.set(any.warning().isEmpty() ? text : text + "\n⚠ " + any.warning());
    }

    private void cancel() {
        if (token != null) {
            token.cancel();
            token = null;
        }
    }

    /** Starts a bootstrap interval over items of the chosen statistic, in the background. */
    public void startBootstrap() {
        RsmPicture base = first.getValue();
        if (compared == null || base == null || bootstrapping.get()) {
            return;
        }
        long request = ++bootstrapGeneration;
        Rsm second = compared;
        ComparisonMethod method = bootstrapMethod.get();
        int replicates = Math.max(1, samples.get());
        Job job = workbench.startJob("Bootstrap " + method.displayName() + " ("
                + replicates + " replicates)");
        CancellationToken runToken = job.token();
        bootstrapToken = runToken;
        bootstrapping.set(true);
        bootstrapProgress.set(0);
        interval.set("Bootstrapping " + method.displayName() + "…");
        workbench.tasks().submit("bootstrap", () -> RsmComparison.bootstrap(base.rsm(), second,
                method, replicates, 0.95, 1L, ThrottledProgress.of(workbench.tasks(),
                        () -> bootstrapGeneration, request, percent -> {
                            bootstrapProgress.set(percent / 100.0);
                            job.progress(percent / 100.0, percent + " %");
                        }), runToken),
                result -> {
                    job.finish(result == null ? "cancelled" : describe(result));
                    if (request == bootstrapGeneration) {
                        bootstrapping.set(false);
                        interval.set(describe(result));
                    }
                }, failure -> {
                    job.fail(failure);
                    if (request == bootstrapGeneration) {
                        bootstrapping.set(false);
                        interval.set("Bootstrap failed: " + failure.getMessage());
                    }
                });
    }

    private static String describe(BootstrapInterval result) {
        if (result == null) {
            return "Bootstrap cancelled.";
        }
        return String.format(Locale.ROOT, "%s %s, 95 %% CI [%s, %s] · %,d of %,d replicates "
                + "defined · seed %d", result.method().displayName(),
                RsmPicture.format(result.estimate()), RsmPicture.format(result.lower()),
                RsmPicture.format(result.upper()), result.validSamples(), result.samples(),
                result.seed());
    }

    /** Stops a running bootstrap; its interval is dropped. */
    public void cancelBootstrap() {
        if (bootstrapToken != null) {
            bootstrapToken.cancel();
            bootstrapToken = null;
        }
        if (bootstrapping.get()) {
            bootstrapGeneration++;
            bootstrapping.set(false);
            interval.set("Bootstrap cancelled.");
        }
    }

    /** Whether the second RSM is shown and compared. */
    public BooleanProperty enabledProperty() {
        return enabled;
    }

    /** Kind and source of the second RSM. */
    RsmSourceSelection selection() {
        return selection;
    }

    /** The second RSM drawn in the first one's ordering; null when off. */
    public ReadOnlyObjectProperty<RsmPicture> pictureProperty() {
        return picture.getReadOnlyProperty();
    }

    /** One result per statistic, in {@link ComparisonMethod} order; empty when off. */
    public ObservableList<ComparisonResult> results() {
        return results;
    }

    /** The density scatter of the pair values (first RSM across, second up), or null. */
    public ReadOnlyObjectProperty<PairDensityPlot> scatterProperty() {
        return scatter.getReadOnlyProperty();
    }

    /** What is compared, the pairs used and skipped, and any item-set warning. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Whether the second RSM is being computed. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The statistic the bootstrap resamples. */
    public ObjectProperty<ComparisonMethod> bootstrapMethodProperty() {
        return bootstrapMethod;
    }

    /** Bootstrap replicates. */
    public IntegerProperty samplesProperty() {
        return samples;
    }

    /** The last interval, or what the bootstrap is doing. */
    public ReadOnlyStringProperty intervalProperty() {
        return interval.getReadOnlyProperty();
    }

    /** Whether a bootstrap runs. */
    public ReadOnlyBooleanProperty bootstrappingProperty() {
        return bootstrapping.getReadOnlyProperty();
    }

    /** Share of the bootstrap done. */
    public ReadOnlyDoubleProperty bootstrapProgressProperty() {
        return bootstrapProgress.getReadOnlyProperty();
    }
}
