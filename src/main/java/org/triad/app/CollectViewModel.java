package org.triad.app;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
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
import org.triad.app.CollectForm.TripletSource;
import org.triad.collect.MissingImagesException;
import org.triad.collect.CollectionProgress;
import org.triad.collect.CollectionRecord;
import org.triad.collect.PromptTemplate;
import org.triad.model.CancellationToken;
import org.triad.model.Item;
import org.triad.model.ItemSet;
import org.triad.store.JudgementSetInfo;

/**
 * State and commands of the Collect view: the form, endpoint profiles, the template's check
 * and preview, and a run with live progress. A run goes through the workbench's task runner
 * with a token that closing the window cancels; its outcomes are in the project as they come.
 */
final class CollectViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(CollectViewModel.class);
    /** Failure reasons listed at most. */
    static final int REASONS = 5;
    /** Progress reaches the screen at most this often, besides every whole percent. */
    private static final long PUBLISH_NANOS = 200_000_000L;

    private final Workbench workbench;
    private final EndpointProfiles profileStore;
    private final CollectForm form;
    private final VectorAnswerModel vectors;
    private final ObservableList<EndpointProfiles.Profile> profiles =
            FXCollections.observableArrayList();
    private final ObservableList<String> setNames = FXCollections.observableArrayList();
    private final ObjectProperty<String> peopleSet = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper templateProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper templateHash = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper stored = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<CollectionProgress> snapshot =
            new ReadOnlyObjectWrapper<>();
    private final ObservableList<String> reasons = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(
            "Fill in the endpoint and what to ask, then start.");
    private final BooleanProperty statusError = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper comparison = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper lastSet = new ReadOnlyStringWrapper();
    /** The current or last run, listed in the jobs panel, whose Cancel reaches it. */
    private Job job;
    private long storedRequest;
    private String runningText = "";

    /**
     * @param environment where key variables are looked up
     * @param profileStore the saved endpoint profiles
     */
    CollectViewModel(Workbench workbench, Map<String, String> environment,
            EndpointProfiles profileStore) {
        this.workbench = workbench;
        this.profileStore = profileStore;
        this.form = new CollectForm(environment);
        this.vectors = new VectorAnswerModel(workbench, form, setNames);
        form.templateProperty().addListener((o, old, now) -> checkTemplate());
        form.imagesProperty().addListener((o, old, now) -> checkTemplate());
        form.wordCardsProperty().addListener((o, old, now) -> checkTemplate());
        form.setNameProperty().addListener((o, old, now) -> lookUpStored());
        form.modelProperty().addListener((o, old, now) -> lookUpStored());
        form.fromSetProperty().addListener((o, old, now) -> {
            if (form.tripletSourceProperty().get() == TripletSource.SET && now != null) {
                peopleSet.set(now);
            }
        });
        checkTemplate();
        profiles.setAll(profileStore.list());
        // The Preferences dialog deletes profiles too.
        profileStore.revisionProperty().addListener((o, old, now) -> {
            List<EndpointProfiles.Profile> saved = profileStore.list();
            if (!saved.equals(profiles)) {
                profiles.setAll(saved);
            }
        });
    }

    /** Lists the judgement sets in the background. */
    void load() {
        workbench.tasks().submit("list judgement sets", workbench.project()::judgementSets,
                this::showSets, failure -> workbench.dialogs().showError(
                        "Could not list judgement sets", failure));
        vectors.load();
    }

    /**
     * Answers the triplets of "What to ask" from a feature set instead of a model; the new set
     * is then compared with the people's set, as after a model's run.
     */
    void answerFromVectors() {
        if (running.get()) {
            return;
        }
        vectors.answer(this::say, set -> {
            // The progress numbers were the last model run's; they do not describe this set.
            snapshot.set(null);
            reasons.clear();
            lastSet.set(set);
            workbench.judgementSetsChanged();
            load();
            if (peopleSet.get() != null) {
                compareWithPeople();
            }
        });
    }

    /** The vector annotator's settings. */
    VectorAnswerModel vectors() {
        return vectors;
    }

    private void showSets(List<JudgementSetInfo> infos) {
        // Replacing the list clears the choosers bound to it: keep their choices.
        String asked = form.fromSetProperty().get();
        String people = peopleSet.get();
        setNames.setAll(infos.stream().map(JudgementSetInfo::name).toList());
        form.fromSetProperty().set(setNames.contains(asked) ? asked : null);
        peopleSet.set(people);
        if (peopleSet.get() == null || !setNames.contains(peopleSet.get())) {
            peopleSet.set(setNames.stream().filter(n -> n.toLowerCase(Locale.ROOT)
                    .contains("human")).findFirst().orElse(null));
        }
    }

    private void checkTemplate() {
        PromptTemplate template = form.template();
        String problem = template.problem();
        templateProblem.set(problem == null ? "" : problem);
        templateHash.set("Template " + template.hash());
        ItemSet items = workbench.project().items();
        if (items.size() < 3) {
            preview.set("The project needs at least 3 items for a preview.");
            return;
        }
        List<Item> shown = List.of(items.get(0), items.get(items.size() / 2),
                items.get(items.size() - 1));
        preview.set(template.render(shown) + (template.multimodal() ? imageLines(shown) : ""));
    }

    /** What follows the text of a multimodal prompt, e.g. "[A: image of aardvark]". */
    private String imageLines(List<Item> shown) {
        StringBuilder lines = new StringBuilder("\n");
        for (int position = 0; position < shown.size(); position++) {
            lines.append(String.format(Locale.ROOT, "%n[%s: image of %s%s]",
                    PromptTemplate.LETTERS.get(position), shown.get(position).label(),
                    form.wordCardsProperty().get() ? ", or its words if it has none" : ""));
        }
        return lines.toString();
    }

    /** Puts the default template back. */
    void resetTemplate() {
        form.templateProperty().set(form.defaultTemplate().text());
    }

    private void lookUpStored() {
        long request = ++storedRequest;
        String setName = form.setNameProperty().get();
        String model = form.modelProperty().get();
        ProjectSession project = workbench.project();
        workbench.tasks().submit("look up stored replies", () -> CollectRun.stored(project,
                setName, model), text -> {
                    if (request == storedRequest) {
                        stored.set(text);
                    }
                }, failure -> LOG.warn("Could not read the stored replies: {}",
                        failure.getMessage()));
    }

    /** Saves the form (without the key) as a profile of that name. */
    void saveProfile(String name) {
        if (name == null || name.isBlank()) {
            say("Name the profile first.", true);
            return;
        }
        profileStore.save(form.profile(name));
        profiles.setAll(profileStore.list());
        say("Saved the profile '" + name.strip() + "' (the API key is not saved).", false);
    }

    /** Fills the form from a profile. */
    void useProfile(EndpointProfiles.Profile profile) {
        if (profile != null && !running.get()) {
            form.apply(profile);
        }
    }

    /** Deletes the profile of that name. */
    void deleteProfile(String name) {
        profileStore.delete(name);
        profiles.setAll(profileStore.list());
    }

    /** Starts a run with the form's settings; a problem is said, not thrown. */
    void start() {
        if (running.get()) {
            return;
        }
        String problem = form.problem();
        if (problem != null) {
            say(problem, true);
            return;
        }
        CollectRun.Request request = request();
        LOG.info("Collection started: {} into '{}'", request.endpoint().describe(),
                request.setName());
        job = workbench.startJob("Collect from " + request.endpoint().model() + " into '"
                + request.setName() + "'");
        Job runJob = job;
        CancellationToken runToken = runJob.token();
        running.set(true);
        snapshot.set(null);
        reasons.clear();
        comparison.set("");
        runningText = "Collecting from " + request.endpoint().model() + " into '"
                + request.setName() + "'… Cancel stops after the requests in flight.";
        say("Checking the endpoint…", false);
        runJob.progress(Job.INDETERMINATE, "checking the endpoint");
        ProjectSession project = workbench.project();
        AtomicReference<CollectionProgress> latest = new AtomicReference<>();
        workbench.tasks().submit("collect", () -> CollectRun.run(project, request,
                throttled(latest, runJob), this::failedOutcome, runToken),
                outcome -> finished(outcome, runJob), failure -> failed(failure, runJob));
    }

    private CollectRun.Request request() {
        return new CollectRun.Request(form.endpoint(), form.template(), form.settings(),
                form.tripletSourceProperty().get(), form.samplerProperty().get(),
                form.countProperty().get(), form.seedProperty().get(),
                form.fromSetProperty().get(), form.rotationsProperty().get(),
                form.setNameProperty().get().strip(), form.imagesProperty().get(),
                form.wordCardsProperty().get(), form.retryFailedProperty().get());
    }

    /**
     * Publishes a snapshot when the whole percent changes or a fifth of a second has passed,
     * so that thousands of quick replies do not flood the UI thread.
     */
    private java.util.function.Consumer<CollectionProgress> throttled(
            AtomicReference<CollectionProgress> latest, Job runJob) {
        AtomicLong lastNanos = new AtomicLong(System.nanoTime() - PUBLISH_NANOS);
        AtomicLong lastPercent = new AtomicLong(-1);
        return progress -> {
            latest.set(progress);
            long percent = progress.total() == 0 ? 100 : 100 * progress.done() / progress.total();
            long now = System.nanoTime();
            long before = lastNanos.get();
            boolean due = lastPercent.getAndSet(percent) != percent
                    || now - before >= PUBLISH_NANOS;
            if (due && lastNanos.compareAndSet(before, now)) {
                workbench.tasks().publish(() -> progressed(latest.get(), runJob));
            }
        };
    }

    private void progressed(CollectionProgress progress, Job runJob) {
        if (runJob != job || !running.get()) {
            return;
        }
        snapshot.set(progress);
        if (!runJob.cancelRequested()) {
            say(runningText, false);
        }
        runJob.progress(progress.total() == 0 ? 1 : progress.done() / (double) progress.total(),
                String.format(Locale.ROOT, "%,d of %,d triplets", progress.done(),
                        progress.total()));
    }

    private void failedOutcome(CollectionRecord outcome) {
        String reason = outcome.status() == CollectionRecord.Status.FAILED
                ? "failed: " + outcome.reason() : "unparseable: " + CollectText.clip(
                        outcome.reply(), 60);
        workbench.tasks().publish(() -> {
            reasons.add(0, reason);
            if (reasons.size() > REASONS) {
                reasons.remove(REASONS, reasons.size());
            }
        });
    }

    /** Stops asking; the requests in flight are still recorded. */
    void cancel() {
        if (job != null && running.get()) {
            job.cancel();
            say("Cancelling: waiting for the requests in flight…", false);
        }
    }

    private void finished(CollectRun.Outcome outcome, Job runJob) {
        running.set(false);
        String summary = outcome.last().describe();
        if (outcome.cancelled()) {
            runJob.cancelled(summary);
        } else {
            runJob.finish(summary);
        }
        snapshot.set(outcome.last());
        lastSet.set(outcome.setName());
        say(CollectText.finished(outcome), false);
        LOG.info("Collection into '{}' {}: {}", outcome.setName(),
                outcome.cancelled() ? "cancelled" : "finished", outcome.last().describe());
        workbench.judgementSetsChanged();
        load();
        lookUpStored();
    }

    private void failed(Throwable failure, Job runJob) {
        running.set(false);
        runJob.fail(failure);
        if (failure instanceof CollectRun.EndpointProblem
                || failure instanceof MissingImagesException) {
            say(failure.getMessage() + " Nothing was asked.", true);
            return;
        }
        workbench.judgementSetsChanged();
        say("Collecting failed: " + failure.getMessage(), true);
        workbench.dialogs().showError("Collecting failed", failure);
    }

    /** Measures how the last run's set agrees with the chosen people's set. */
    void compareWithPeople() {
        String modelSet = lastSet.get();
        String people = peopleSet.get();
        if (modelSet == null || people == null) {
            comparison.set("Choose the people's judgement set to compare with.");
            return;
        }
        ProjectSession project = workbench.project();
        workbench.tasks().submit("compare with people", () -> CollectRun.compare(project,
                modelSet, people), comparison::set, failure -> workbench.dialogs().showError(
                        "Could not compare with people", failure));
    }

    private void say(String text, boolean error) {
        status.set(text);
        statusError.set(error);
    }

    CollectForm form() {
        return form;
    }

    ObservableList<EndpointProfiles.Profile> profiles() {
        return profiles;
    }

    ObservableList<String> setNames() {
        return setNames;
    }

    ObjectProperty<String> peopleSetProperty() {
        return peopleSet;
    }

    ReadOnlyStringProperty templateProblemProperty() {
        return templateProblem.getReadOnlyProperty();
    }

    ReadOnlyStringProperty templateHashProperty() {
        return templateHash.getReadOnlyProperty();
    }

    ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** What the target set already holds from the model; empty when nothing. */
    ReadOnlyStringProperty storedProperty() {
        return stored.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The latest progress of the current or last run; null before the first. */
    ReadOnlyObjectProperty<CollectionProgress> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    /** The latest failure and unparseable reasons, newest first. */
    ObservableList<String> reasons() {
        return reasons;
    }

    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Whether the status says what is wrong. */
    BooleanProperty statusErrorProperty() {
        return statusError;
    }

    ReadOnlyStringProperty comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    /** The set the last run wrote to; null before the first run ends. */
    ReadOnlyStringProperty lastSetProperty() {
        return lastSet.getReadOnlyProperty();
    }
}
