package org.triad.app;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.triad.model.CancellationToken;
import org.triad.model.EpochReport;
import org.triad.model.JudgementSet;
import org.triad.model.Similarity;
import org.triad.store.JudgementSetInfo;
import org.triad.store.StoreException;
import org.triad.training.EngineChoice;
import org.triad.training.RunManifest;
import org.triad.training.SposeConfig;
import org.triad.training.TrainingResult;

/**
 * State and commands of the Train view: the settings of a SPoSE run, starting and cancelling
 * it, and its per-epoch history. A finished run is stored in the project and selected.
 */
public final class TrainViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(TrainViewModel.class);
    /** Tells apart runs with the same settings in the embedding choosers. */
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern(
            "yyyy-MM-dd HH:mm", Locale.ROOT);
    /** Judgement sets ticked by default: the bundled human THINGS judgements. */
    private static final List<String> DEFAULT_SETS = List.of("human-a", "human-b");
    private static final double DEFAULT_VALIDATION = 0.1;

    /** A judgement set that can be ticked for training. */
    public static final class SetChoice {
        private final JudgementSetInfo info;
        private final BooleanProperty selected = new SimpleBooleanProperty();

        SetChoice(JudgementSetInfo info, boolean selected) {
            this.info = info;
            this.selected.set(selected);
        }

        /** The set. */
        public JudgementSetInfo info() {
            return info;
        }

        /** Whether the run trains on it. */
        public BooleanProperty selectedProperty() {
            return selected;
        }
    }

    /** Inputs of one run, copied on the UI thread. */
    private record Request(List<String> sets, double validationFraction, SposeConfig config,
            EngineChoice engine) {
    }

    /** What a run produced; {@code id} is -1 when nothing was stored. */
    private record Outcome(TrainingResult result, long id, String name) {
    }

    private final Workbench workbench;
    /** Reports ticks as list updates, so that {@link #canStart} follows them. */
    private final ObservableList<SetChoice> sets = FXCollections.observableArrayList(
            choice -> new Observable[] {choice.selected});
    private final ObjectProperty<Double> validationFraction =
            new SimpleObjectProperty<>(DEFAULT_VALIDATION);
    private final ObjectProperty<Integer> dims = new SimpleObjectProperty<>();
    private final ObjectProperty<Double> lambda = new SimpleObjectProperty<>();
    private final ObjectProperty<Double> learningRate = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> batchSize = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> maxEpochs = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> patience = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> seed = new SimpleObjectProperty<>();
    private final ObjectProperty<EngineChoice> engine = new SimpleObjectProperty<>();
    private final ObjectProperty<Similarity> similarity = new SimpleObjectProperty<>();
    private final ObjectProperty<Double> temperature = new SimpleObjectProperty<>();
    private final StringProperty progressText = new SimpleStringProperty("");
    /** Settings of the run in progress, for its progress against the stopping rule. */
    private SposeConfig runConfig;
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty status = new SimpleStringProperty(
            "Tick the judgement sets to train on, adjust the settings, then start.");
    private final ObservableList<EpochReport> history = FXCollections.observableArrayList();
    private final BooleanBinding canStart;
    /** The current or last run; the jobs panel's Cancel reaches it through its token. */
    private Job job;

    /**
     * Settings start at the workbench's training defaults (SPoSE's for human THINGS data
     * unless the Preferences dialog changed them) and follow them while no run is in progress.
     */
    public TrainViewModel(Workbench workbench) {
        this.workbench = workbench;
        resetSettings();
        canStart = Bindings.createBooleanBinding(
                () -> !running.get() && sets.stream().anyMatch(s -> s.selected.get()),
                running, sets);
        workbench.trainingDefaultsProperty().addListener((o, old, now) -> {
            if (!running.get()) {
                resetSettings();
            }
        });
    }

    private void resetSettings() {
        TrainingDefaults defaults = workbench.trainingDefaultsProperty().get();
        validationFraction.set(defaults.validationFraction());
        dims.set(defaults.dims());
        lambda.set(defaults.lambda());
        learningRate.set(defaults.learningRate());
        batchSize.set(defaults.batchSize());
        maxEpochs.set(defaults.maxEpochs());
        patience.set(defaults.patience());
        seed.set(defaults.seed());
        engine.set(defaults.engine());
        similarity.set(SposeConfig.defaults().similarity());
        temperature.set(SposeConfig.defaults().temperature());
    }

    /**
     * Back to the training defaults with the human sets ticked, as the start page's guided workflow
     * promises; a running job keeps its settings, so nothing changes while one runs.
     */
    public void useDefaults() {
        if (running.get()) {
            return;
        }
        resetSettings();
        if (sets.stream().anyMatch(choice -> DEFAULT_SETS.contains(choice.info.name()))) {
            sets.forEach(choice -> choice.selected.set(DEFAULT_SETS.contains(choice.info.name())));
        }
    }

    /** Loads the project's judgement sets in the background. */
    public void load() {
        workbench.tasks().submit("list judgement sets", workbench.project()::judgementSets,
                this::showSets,
                failure -> workbench.dialogs().showError("Could not list judgement sets",
                        failure));
    }

    /**
     * Lists the sets. The first time, the human sets are ticked (else the first set); when
     * listed again after a change, the ticks stay as they were and a new set comes unticked.
     */
    private void showSets(List<JudgementSetInfo> infos) {
        Map<String, Boolean> ticked = new HashMap<>();
        sets.forEach(choice -> ticked.put(choice.info.name(), choice.selected.get()));
        boolean anyHuman = infos.stream().anyMatch(info -> DEFAULT_SETS.contains(info.name()));
        sets.setAll(infos.stream().map(info -> new SetChoice(info, ticked.isEmpty()
                ? anyHuman ? DEFAULT_SETS.contains(info.name()) : infos.get(0) == info
                : ticked.getOrDefault(info.name(), false))).toList());
    }

    /** Starts a run with the current settings on the ticked sets. */
    public void start() {
        if (!canStart.get()) {
            return;
        }
        Request request = request();
        LOG.info("Training started on {} with {}", request.sets(), request.config());
        job = workbench.startJob("Training " + String.join("+", request.sets()));
        Job runJob = job;
        runConfig = request.config();
        history.clear();
        progressText.set("");
        running.set(true);
        progress.set(-1);
        status.set("Loading judgements…");
        runJob.progress(Job.INDETERMINATE, "loading judgements");
        workbench.tasks().submit("train", () -> run(request, runJob),
                outcome -> finished(outcome, runJob),
                failure -> failed(failure, runJob));
    }

    /** Asks the run to stop after the current batch; it keeps and stores its best epoch. */
    public void cancel() {
        if (job != null && job.isRunning()) {
            job.cancel();
            status.set("Cancelling…");
        }
    }

    private Request request() {
        List<String> names = sets.stream().filter(s -> s.selected.get())
                .map(s -> s.info.name()).toList();
        SposeConfig config = new SposeConfig(dims.get(), lambda.get(), learningRate.get(),
                batchSize.get(), maxEpochs.get(), patience.get(), seed.get(),
                SposeConfig.defaults().threads(), similarity.get(), temperature.get());
        return new Request(names, validationFraction.get(), config, engine.get());
    }

    /** Runs on a worker thread: load, split, train, store. */
    private Outcome run(Request request, Job runJob) throws StoreException {
        CancellationToken runToken = runJob.token();
        JudgementSet all = combined(request.sets());
        JudgementSet[] parts = workbench.engine().split(all, request.validationFraction(),
                request.config().seed());
        workbench.tasks().publish(() -> status.set(String.format(Locale.ROOT,
                "Training on %,d judgements, validating on %,d…", parts[0].size(),
                parts[1].size())));
        Instant started = Instant.now();
        TrainingResult result = workbench.engine().train(request.config(), request.engine(),
                parts[0], parts[1], workbench.project().items().ids(),
                report -> workbench.tasks().publish(() -> epochFinished(report, runJob)),
                runToken);
        if (result.history().isEmpty() || result.embedding() == null) {
            return new Outcome(result, -1, "");
        }
        String manifest = RunManifest.toJson(request.config(), parts[0], parts[1], result,
                started, request.sets());
        String name = String.format(Locale.ROOT, "Trained %d-d (%s, seed %d, %s)%s",
                result.embedding().dims(), String.join("+", request.sets()),
                request.config().seed(), STAMP.format(LocalDateTime.now()),
                cancelledMark(result));
        long id = workbench.project().saveEmbedding(name, "trained", result.embedding(),
                manifest, result.history());
        return new Outcome(result, id, name);
    }

    /**
     * " · cancelled at epoch 7" for a cancelled run: it is stored (its best epoch so far), but
     * every embedding list must show that it did not run to its stopping rule.
     */
    static String cancelledMark(TrainingResult result) {
        return result.cancelled() ? String.format(Locale.ROOT, " · cancelled at epoch %d",
                result.history().size()) : "";
    }

    private JudgementSet combined(List<String> names) throws StoreException {
        if (names.size() == 1) {
            return workbench.project().judgementSet(names.get(0));
        }
        List<JudgementSet> parts = new ArrayList<>();
        for (String name : names) {
            parts.add(workbench.project().judgementSet(name));
        }
        return JudgementSet.concat(String.join("+", names), parts);
    }

    private void epochFinished(EpochReport report, Job runJob) {
        if (runJob != job) {
            return;
        }
        history.add(report);
        TrainingProgress where = TrainingProgress.of(history, runConfig.maxEpochs(),
                runConfig.patience());
        progress.set(where.fraction());
        status.set(epochText(report));
        progressText.set(where.describe(runConfig.patience(), runConfig.maxEpochs()));
        runJob.progress(progress.get(), String.format(Locale.ROOT, "epoch %d, stops by %d "
                + "unless validation improves", report.epoch(), where.stopBound()),
                Duration.ofMillis(Math.round(1000 * where.secondsLeft())));
    }

    /** "Epoch 7 · val. accuracy 58.2 % · 87 active dims · 3.4 s/epoch". */
    static String epochText(EpochReport report) {
        String accuracy = Double.isNaN(report.validationAccuracy()) ? "no validation"
                : String.format(Locale.ROOT, "val. accuracy %.1f %%",
                        100 * report.validationAccuracy());
        return String.format(Locale.ROOT, "Epoch %d · %s · %d active dims · %.1f s/epoch",
                report.epoch(), accuracy, report.activeDims(), report.seconds());
    }

    private void finished(Outcome outcome, Job runJob) {
        running.set(false);
        // A cancelled run's bar stays where it stopped; a finished one's is full.
        if (outcome.id() < 0) {
            progress.set(0);
        } else if (!outcome.result().cancelled()) {
            progress.set(1);
        }
        progressText.set("");
        workbench.setComputeBackend(outcome.result().engine());
        if (outcome.id() < 0) {
            status.set("Cancelled before the first epoch finished; nothing was stored.");
            runJob.cancelled("nothing stored");
            return;
        }
        TrainingResult result = outcome.result();
        status.set(String.format(Locale.ROOT, "%s after %d epochs: best epoch %d%s, %d dims, "
                + "%,.0f triplets/s. Stored as \"%s\".",
                result.cancelled() ? "Cancelled" : "Finished", result.history().size(),
                result.bestEpoch(), bestAccuracy(result), result.embedding().dims(),
                result.tripletsPerSecond(), outcome.name()));
        runJob.finish(String.format(Locale.ROOT, "%d epochs, best %d, %d dims",
                result.history().size(), result.bestEpoch(), result.embedding().dims()));
        LOG.info("Training finished: {} epochs, best {}, {} dims, stored as {}",
                result.history().size(), result.bestEpoch(), result.embedding().dims(),
                outcome.id());
        workbench.refreshEmbeddings(outcome.id());
    }

    /** " (val. accuracy 58.2 %)" for the kept epoch, or nothing without validation. */
    private static String bestAccuracy(TrainingResult result) {
        return result.history().stream()
                .filter(report -> report.epoch() == result.bestEpoch()
                        && !Double.isNaN(report.validationAccuracy()))
                .map(report -> String.format(Locale.ROOT, " (val. accuracy %.1f %%)",
                        100 * report.validationAccuracy()))
                .findFirst().orElse("");
    }

    private void failed(Throwable failure, Job runJob) {
        running.set(false);
        progress.set(0);
        runJob.fail(failure);
        status.set("Training failed: " + failure.getMessage());
        workbench.dialogs().showError("Training failed", failure);
    }

    /** The judgement sets of the project, each with a tick box. */
    public ObservableList<SetChoice> sets() {
        return sets;
    }

    /** Share of judgements held out for validation and early stopping, in [0, 1). */
    public ObjectProperty<Double> validationFractionProperty() {
        return validationFraction;
    }

    /** Initial number of dimensions. */
    public ObjectProperty<Integer> dimsProperty() {
        return dims;
    }

    /** L1 weight λ. */
    public ObjectProperty<Double> lambdaProperty() {
        return lambda;
    }

    /** Adam step size. */
    public ObjectProperty<Double> learningRateProperty() {
        return learningRate;
    }

    /** Judgements per step. */
    public ObjectProperty<Integer> batchSizeProperty() {
        return batchSize;
    }

    /** Upper bound on epochs. */
    public ObjectProperty<Integer> maxEpochsProperty() {
        return maxEpochs;
    }

    /** Epochs without a better validation loss before stopping. */
    public ObjectProperty<Integer> patienceProperty() {
        return patience;
    }

    /** Seed of the split, the initialisation and the shuffling. */
    public ObjectProperty<Integer> seedProperty() {
        return seed;
    }

    /** auto, cpu or nd4j, as {@code triad train --engine}. */
    public ObjectProperty<EngineChoice> engineProperty() {
        return engine;
    }

    /** Similarity in the softmax: dot product or negative squared Euclidean distance. */
    public ObjectProperty<Similarity> similarityProperty() {
        return similarity;
    }

    /** Softmax temperature τ &gt; 0: the logits are similarity / τ. */
    public ObjectProperty<Double> temperatureProperty() {
        return temperature;
    }

    /** Progress against the stopping rule with the least time left; empty when idle. */
    public StringProperty progressTextProperty() {
        return progressText;
    }

    /** Whether a run is in progress. */
    public BooleanProperty runningProperty() {
        return running;
    }

    /**
     * Share of the way to the epoch at which the run stops unless validation improves again
     * (it can move back when it does); -1 (indeterminate) until the first epoch.
     */
    public DoubleProperty progressProperty() {
        return progress;
    }

    /** One line about the run: epoch, validation accuracy, active dims, speed, or outcome. */
    public StringProperty statusProperty() {
        return status;
    }

    /** One report per finished epoch of the current run. */
    public ObservableList<EpochReport> history() {
        return history;
    }

    /** Whether Start can be pressed: no run in progress and at least one set ticked. */
    public BooleanBinding canStartProperty() {
        return canStart;
    }
}
