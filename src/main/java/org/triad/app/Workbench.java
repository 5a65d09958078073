package org.triad.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.triad.model.CancellationToken;
import org.triad.store.EmbeddingInfo;

/**
 * State the views share: the open project, the embedding that Dimensions and RSM show, the
 * compute backend, the long jobs and the defaults of a training run. Lives on the UI thread;
 * background results reach it through {@link TaskRunner#publish}.
 */
public final class Workbench {
    /** Embedding kinds the Dimensions and RSM views offer; word vectors are not SPoSE models. */
    private static final Set<String> VIEWABLE_KINDS = Set.of("reference", "trained");

    private final ProjectSession project;
    private final ComputeEngine engine;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final ObservableList<EmbeddingInfo> embeddings = FXCollections.observableArrayList();
    private final ObjectProperty<EmbeddingInfo> selectedEmbedding = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper computeBackend = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper jobStatus = new ReadOnlyStringWrapper("Ready");
    private final Map<String, String> statusLines = new LinkedHashMap<>();
    private final Set<CancellationToken> tokens = ConcurrentHashMap.newKeySet();
    private final Jobs jobs = new Jobs();
    private final StringProperty evaluatedSet = new SimpleStringProperty();
    private final ReadOnlyIntegerWrapper judgementSetsRevision = new ReadOnlyIntegerWrapper();
    private final ObjectProperty<TrainingDefaults> trainingDefaults =
            new SimpleObjectProperty<>(TrainingDefaults.builtIn());

    /** Shares one project, engine, task runner and dialog service among the views. */
    public Workbench(ProjectSession project, ComputeEngine engine, TaskRunner tasks,
            DialogService dialogs) {
        this.project = project;
        this.engine = engine;
        this.tasks = tasks;
        this.dialogs = dialogs;
        computeBackend.set(engine.description());
        jobs.all().addListener((ListChangeListener<Job>) change -> showJobStatus());
    }

    /** The open project. */
    public ProjectSession project() {
        return project;
    }

    /** The computations the views start. */
    public ComputeEngine engine() {
        return engine;
    }

    /** Where background work runs. */
    public TaskRunner tasks() {
        return tasks;
    }

    /** How view models report failures. */
    public DialogService dialogs() {
        return dialogs;
    }

    /** Stored embeddings that the Dimensions and RSM views can show, oldest first. */
    public ObservableList<EmbeddingInfo> embeddings() {
        return embeddings;
    }

    /** The embedding shown by the Dimensions and RSM views. */
    public ObjectProperty<EmbeddingInfo> selectedEmbeddingProperty() {
        return selectedEmbedding;
    }

    /** The compute backend in words, e.g. "cpu (plain Java, 8 threads)". */
    public ReadOnlyStringProperty computeBackendProperty() {
        return computeBackend.getReadOnlyProperty();
    }

    /** Records which engine the last run used. */
    public void setComputeBackend(String description) {
        computeBackend.set(description);
    }

    /** The long jobs, running and ended, that the jobs panel lists. */
    public Jobs jobs() {
        return jobs;
    }

    /**
     * Registers a running job with a fresh token that {@link #shutdown()} also cancels and
     * that is released when the job ends.
     *
     * @param title what it does, e.g. "RSM: choice probability"
     */
    public Job startJob(String title) {
        CancellationToken token = newToken();
        return jobs.start(title, token, () -> release(token));
    }

    /**
     * The judgement set the Evaluate view shows, kept here so that a rebuilt view (after an
     * import) shows the same one; null before the first evaluation.
     */
    public StringProperty evaluatedSetProperty() {
        return evaluatedSet;
    }

    /**
     * Counts the changes to the project's judgement sets made in this window (a judgement by
     * hand, a collection run), so that the views listing the sets can read them again.
     */
    public ReadOnlyIntegerProperty judgementSetsRevisionProperty() {
        return judgementSetsRevision.getReadOnlyProperty();
    }

    /** Tells the views that a judgement set was created or changed. */
    public void judgementSetsChanged() {
        judgementSetsRevision.set(judgementSetsRevision.get() + 1);
    }

    /** The settings a new training run starts from (the Preferences dialog sets them). */
    public ObjectProperty<TrainingDefaults> trainingDefaultsProperty() {
        return trainingDefaults;
    }

    /**
     * "Ready" or the status of each running job, e.g. "Training: epoch 4 of 50": the jobs of
     * {@link #jobs()} as "title: message", then those set with {@link #setJobStatus}.
     */
    public ReadOnlyStringProperty jobStatusProperty() {
        return jobStatus.getReadOnlyProperty();
    }

    /** Sets the status of one job; null removes it. */
    public void setJobStatus(String job, String status) {
        if (status == null) {
            statusLines.remove(job);
        } else {
            statusLines.put(job, status);
        }
        showJobStatus();
    }

    private void showJobStatus() {
        List<String> lines = new ArrayList<>();
        List<Job> running = jobs.running();
        // Oldest first, so that a line keeps its place while newer jobs come and go.
        for (int i = running.size() - 1; i >= 0; i--) {
            String message = running.get(i).messageProperty().get();
            String title = running.get(i).title();
            lines.add(message.isEmpty() ? title : title + ": " + message);
        }
        lines.addAll(statusLines.values());
        jobStatus.set(lines.isEmpty() ? "Ready" : String.join("  ·  ", lines));
    }

    /** A token that {@link #shutdown()} cancels; hand it back with {@link #release}. */
    public CancellationToken newToken() {
        CancellationToken token = new CancellationToken();
        tokens.add(token);
        return token;
    }

    /** Forgets a token whose job has ended. */
    public void release(CancellationToken token) {
        tokens.remove(token);
    }

    /** Cancels every running job, e.g. when the window closes. */
    public void shutdown() {
        jobs.cancelAll();
        tokens.forEach(CancellationToken::cancel);
    }

    /**
     * Reloads the list of embeddings in the background and then selects {@code selectId}, or
     * keeps the current selection, or picks a default.
     *
     * @param selectId id to select, or -1
     */
    public void refreshEmbeddings(long selectId) {
        tasks.submit("list embeddings", project::embeddings,
                list -> applyEmbeddings(list, selectId),
                failure -> dialogs.showError("Could not list the embeddings", failure));
    }

    private void applyEmbeddings(List<EmbeddingInfo> all, long selectId) {
        List<EmbeddingInfo> viewable = all.stream()
                .filter(info -> VIEWABLE_KINDS.contains(info.kind())).toList();
        long keep = selectId >= 0 ? selectId
                : selectedEmbedding.get() == null ? -1 : selectedEmbedding.get().id();
        embeddings.setAll(viewable);
        EmbeddingInfo choice = viewable.stream().filter(info -> info.id() == keep).findFirst()
                .orElse(defaultChoice(viewable));
        selectedEmbedding.set(choice);
    }

    /** The newest trained embedding, else the first reference, else nothing. */
    private static EmbeddingInfo defaultChoice(List<EmbeddingInfo> viewable) {
        EmbeddingInfo choice = null;
        for (EmbeddingInfo info : viewable) {
            if ("trained".equals(info.kind()) || choice == null) {
                choice = info;
            }
        }
        return choice;
    }
}
