package org.triad.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import javafx.beans.property.BooleanProperty;
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
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.triad.collect.AnnotationSession;
import org.triad.collect.AnnotatorAgreement;
import org.triad.collect.FixedListSampler;
import org.triad.collect.SamplerSettings;
import org.triad.collect.SamplerSettings.Kind;
import org.triad.collect.SessionExport;
import org.triad.collect.SessionPlan;
import org.triad.collect.SessionStatistics;
import org.triad.model.Embedding;
import org.triad.model.Item;
import org.triad.model.Triplet;
import org.triad.store.AnnotationSessionInfo;
import org.triad.store.EmbeddingInfo;

/**
 * State and commands of the Annotate view. The session's store writes run on the task runner;
 * while one is pending further key presses are ignored, so a held key never records twice, and
 * the next triplet (drawn in advance by the session) is published as soon as the write is
 * committed.
 */
final class AnnotateViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(AnnotateViewModel.class);

    private final Workbench workbench;
    private final Clock clock;
    private final LongSupplier ticker;
    private final AnnotateSetup setup;
    private final BooleanProperty participantMode = new SimpleBooleanProperty();
    private final ObservableList<AnnotationSessionInfo> sessions =
            FXCollections.observableArrayList();
    private final ObjectProperty<AnnotationSessionInfo> selectedSession =
            new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<List<Item>> cards = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<List<Item>> upcoming =
            new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper statistics = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(
            "Enter your name, choose how triplets are drawn, and start.");
    private final ReadOnlyStringWrapper agreement = new ReadOnlyStringWrapper("");
    private final List<Double> latencies = new ArrayList<>();
    private AnnotationSession session;
    private long shownNanos;
    private long pressNanos;

    /** What the screen shows after a session step, taken on the worker thread. */
    private record Step(Triplet current, Triplet upcoming, int trial, SessionStatistics stats) {
        static Step of(AnnotationSession session) {
            return new Step(session.current(), session.upcoming(), session.trial(),
                    session.statistics());
        }
    }

    /** The stored sessions and the agreement of their annotators. */
    private record Loaded(List<AnnotationSessionInfo> sessions, AnnotatorAgreement agreement) {
    }

    /** A session just started or continued, with its first screen. */
    private record Opened(AnnotationSession session, Step step) {
    }

    /** Work on the session that may fail in the store. */
    @FunctionalInterface
    private interface SessionWork {
        void run(AnnotationSession session) throws Exception;
    }

    AnnotateViewModel(Workbench workbench, Clock clock, LongSupplier ticker) {
        this.workbench = workbench;
        this.clock = clock;
        this.ticker = ticker;
        this.setup = new AnnotateSetup(workbench.project().items(), clock);
        ObjectProperty<EmbeddingInfo> embedding = setup.embeddingProperty();
        embedding.set(workbench.selectedEmbeddingProperty().get());
        workbench.selectedEmbeddingProperty().addListener((o, old, now) -> {
            if (embedding.get() == null) {
                embedding.set(now);
            }
        });
    }

    /** Lists the stored sessions and the annotators' agreement, in the background. */
    void load() {
        workbench.tasks().submit("list annotation sessions", () -> {
            var log = workbench.project().annotations();
            return new Loaded(log.sessions(), AnnotatorAgreement.of(log));
        }, loaded -> {
            List<AnnotationSessionInfo> list = loaded.sessions();
            sessions.setAll(list);
            selectedSession.set(list.isEmpty() ? null : list.get(list.size() - 1));
            agreement.set(AnnotateText.agreement(loaded.agreement()));
        }, failure -> workbench.dialogs().showError("Could not list annotation sessions",
                failure));
    }

    /** The settings of the next new session. */
    AnnotateSetup setup() {
        return setup;
    }

    /** Starts a new session with the setup. */
    void start() {
        if (running.get() || busy.get()) {
            return;
        }
        String problem = setup.problem();
        if (problem != null) {
            status.set(problem);
            return;
        }
        SessionPlan plan = setup.plan();
        open("start the session", () -> AnnotationSession.start(
                workbench.project().annotations(), workbench.project().items(), plan,
                modelFor(plan.sampler()), clock));
    }

    /** Continues the selected stored session where it stopped. */
    void resume() {
        AnnotationSessionInfo info = selectedSession.get();
        if (info == null || running.get() || busy.get()) {
            return;
        }
        SamplerSettings settings = SamplerSettings.fromJson(info.spec().sampler(),
                info.spec().samplerSettings());
        setup.annotatorProperty().set(info.spec().annotator());
        open("continue the session", () -> AnnotationSession.resume(
                workbench.project().annotations(), workbench.project().items(), info.id(),
                modelFor(settings), clock));
    }

    private Embedding modelFor(SamplerSettings settings) throws Exception {
        return settings.kind() == Kind.ACTIVE ? workbench.project().embedding(
                settings.embeddingId()) : null;
    }

    private void open(String what, TaskRunner.Work<AnnotationSession> opening) {
        busy.set(true);
        workbench.tasks().submit(what, () -> {
            AnnotationSession opened = opening.call();
            return new Opened(opened, Step.of(opened));
        }, opened -> {
            session = opened.session();
            running.set(true);
            busy.set(false);
            show(opened.step());
        }, failure -> {
            busy.set(false);
            workbench.dialogs().showError("Could not " + what, failure);
        });
    }

    /**
     * Records the item at a position as the odd one out.
     *
     * @param position 0 left, 1 middle, 2 right
     */
    void choose(int position) {
        if (ready()) {
            long millis = responseMillis();
            step("record the judgement", s -> s.choose(position, millis));
        }
    }

    /** Records the current triplet as skipped. */
    void skip() {
        if (ready()) {
            long millis = responseMillis();
            step("record the skip", s -> s.skip(millis));
        }
    }

    /** Takes back the last trial and shows its triplet again. */
    void undo() {
        if (running.get() && !busy.get()) {
            pressNanos = ticker.getAsLong();
            step("undo", AnnotationSession::undo);
        }
    }

    private boolean ready() {
        if (!running.get() || busy.get() || cards.get().isEmpty()) {
            return false;
        }
        pressNanos = ticker.getAsLong();
        return true;
    }

    private long responseMillis() {
        return Math.max(0, (pressNanos - shownNanos) / 1_000_000);
    }

    private void step(String what, SessionWork work) {
        busy.set(true);
        AnnotationSession current = session;
        workbench.tasks().submit(what, () -> {
            work.run(current);
            return Step.of(current);
        }, next -> {
            busy.set(false);
            workbench.judgementSetsChanged();
            show(next);
            double latency = (ticker.getAsLong() - pressNanos) / 1e6;
            latencies.add(latency);
            LOG.debug("Key to next triplet: {} ms", latency);
        }, failure -> {
            busy.set(false);
            workbench.dialogs().showError("Could not " + what, failure);
        });
    }

    private void show(Step step) {
        cards.set(items(step.current()));
        upcoming.set(items(step.upcoming()));
        shownNanos = ticker.getAsLong();
        SessionStatistics stats = step.stats();
        progress.set(stats.progress());
        statistics.set(AnnotateText.statistics(stats));
        status.set(step.current() == null ? "All done: " + stats.judged()
                + " judgements. Thank you!" : "Trial " + (step.trial() + 1) + " · "
                + stats.judged() + " of " + stats.target() + " judged");
    }

    private List<Item> items(Triplet triplet) {
        if (triplet == null) {
            return List.of();
        }
        var items = workbench.project().items();
        return List.of(items.get(triplet.a()), items.get(triplet.b()), items.get(triplet.c()));
    }

    /** Ends the session; it can be continued later. */
    void end() {
        if (!running.get() || busy.get()) {
            return;
        }
        AnnotationSession ending = session;
        busy.set(true);
        workbench.tasks().submit("end the session", () -> {
            ending.end();
            return ending.statistics();
        }, stats -> {
            busy.set(false);
            running.set(false);
            participantMode.set(false);
            session = null;
            cards.set(List.of());
            upcoming.set(List.of());
            status.set("Session ended after " + stats.judged() + " judgements; it can be"
                    + " continued.");
            load();
        }, failure -> {
            busy.set(false);
            workbench.dialogs().showError("Could not end the session", failure);
        });
    }

    /** Writes the selected session as CSV ({@code .csv}) or SPoSE text (anything else). */
    void export(Path file) {
        AnnotationSessionInfo info = selectedSession.get();
        if (info == null) {
            return;
        }
        workbench.tasks().submit("export session " + info.id(), () -> {
            var log = workbench.project().annotations();
            var trials = log.trials(info.id());
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
                SessionExport.writeCsv(log.session(info.id()), trials,
                        workbench.project().items(), file);
            } else {
                SessionExport.writeSpose(trials, file);
            }
            return trials.size();
        }, count -> status.set("Exported " + count + " trials to " + file.getFileName()),
                failure -> workbench.dialogs().showError("Could not export the session",
                        failure));
    }

    /** Key-to-next-triplet times so far, in milliseconds (for the benchmark log). */
    List<Double> latencies() {
        return List.copyOf(latencies);
    }

    /** Reads the triplets of a SPoSE file as the fixed list to show. */
    void chooseFixedList(Path file) {
        int n = workbench.project().items().size();
        Job job = workbench.jobs().start("Import triplet list " + file.getFileName(), null);
        workbench.tasks().submit("read " + file.getFileName(),
                () -> FixedListSampler.read(file, n), list -> {
                    job.finish(list.size() + " triplets");
                    setup.fixedListProperty().set(list);
                    status.set(list.size() + " triplets from " + file.getFileName()
                            + " will be shown in order.");
                }, failure -> {
                    job.fail(failure);
                    workbench.dialogs().showError("Could not read the triplet list", failure);
                });
    }

    BooleanProperty participantModeProperty() {
        return participantMode;
    }

    ObservableList<AnnotationSessionInfo> sessions() {
        return sessions;
    }

    ObjectProperty<AnnotationSessionInfo> selectedSessionProperty() {
        return selectedSession;
    }

    ReadOnlyObjectProperty<List<Item>> cardsProperty() {
        return cards.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<List<Item>> upcomingProperty() {
        return upcoming.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    ReadOnlyStringProperty statisticsProperty() {
        return statistics.getReadOnlyProperty();
    }

    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    ReadOnlyStringProperty agreementProperty() {
        return agreement.getReadOnlyProperty();
    }
}
