package org.triad.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.triad.model.ProgressListener;
import org.triad.store.StoreException;

/**
 * Which project is open, and the commands that change it: open another, save a copy and
 * switch to it, open a newly created one. A project is opened in the background and replaces
 * the current one only once it is open, so a file that cannot be opened leaves the current
 * project open and untouched.
 */
final class ProjectsModel {
    /** Opens a project file in the background; tests give their own. */
    @FunctionalInterface
    interface Opener {
        /** Opens {@code file}, telling {@code listener} how far it got. */
        ProjectSession open(Path file, ProgressListener listener) throws Exception;
    }

    /** Background work that ends with an open project. */
    @FunctionalInterface
    private interface Step {
        ProjectSession call(ProgressListener listener) throws Exception;
    }

    private static final Logger LOG = LoggerFactory.getLogger(ProjectsModel.class);
    private static final String READY = "Ready";

    private final TaskRunner tasks;
    private final DialogService errors;
    private final ProjectDialogs dialogs;
    private final RecentProjects recent;
    private final Opener opener;
    private final Function<ProjectSession, Workbench> workbenches;
    private final ReadOnlyObjectWrapper<Workbench> workbench = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();
    // One read-only view, kept: the backing list holds a view's listeners only weakly, so a
    // view made per call could be collected and its listeners (the Open Recent menu) go quiet.
    private final ObservableList<Path> recentView =
            FXCollections.unmodifiableObservableList(recentFiles);

    /**
     * @param workbenches makes the workbench of a freshly opened project
     */
    ProjectsModel(TaskRunner tasks, DialogService errors, ProjectDialogs dialogs,
            RecentProjects recent, Opener opener,
            Function<ProjectSession, Workbench> workbenches) {
        this.tasks = tasks;
        this.errors = errors;
        this.dialogs = dialogs;
        this.recent = recent;
        this.opener = opener;
        this.workbenches = workbenches;
        recentFiles.setAll(recent.files());
    }

    /** Starts on a project opened elsewhere (the splash at start). */
    void start(Workbench first) {
        workbench.set(first);
        remember(first.project().file());
    }

    /** The workbench of the open project; a new one after each switch. */
    ReadOnlyObjectProperty<Workbench> workbenchProperty() {
        return workbench.getReadOnlyProperty();
    }

    /** True while a project is being opened or copied. */
    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What the current open or copy is doing. */
    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Progress of the current open, 0..1, or -1 when unknown. */
    ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The recently opened files, newest first. */
    ObservableList<Path> recentFiles() {
        return recentView;
    }

    /** Asks for a project file and opens it. */
    void open() {
        Workbench current = workbench.get();
        Path folder = current == null ? null : current.project().file().getParent();
        dialogs.chooseProjectToOpen(folder).ifPresent(this::open);
    }

    /** Opens a project file in place of the current project. */
    void open(Path file) {
        Path target = file.toAbsolutePath().normalize();
        if (busy.get() || isOpen(target)) {
            return;
        }
        if (!Files.exists(target)) {
            recent.remove(target);
            recentFiles.setAll(recent.files());
            errors.showError("Could not open " + target.getFileName(), new StoreException(
                    target + " does not exist; it was removed from the recent projects"));
            return;
        }
        if (!confirmLeaving("open " + target.getFileName())) {
            return;
        }
        run("Opening " + target.getFileName() + "…", "open project",
                listener -> opener.open(target, listener), "Could not open "
                + target.getFileName());
    }

    /** Asks for a file, writes a copy of the open project there and switches to the copy. */
    void saveAs() {
        Workbench current = workbench.get();
        if (current == null || busy.get()) {
            return;
        }
        Path source = current.project().file();
        dialogs.chooseCopyTarget(source).ifPresent(file -> {
            Path target = file.toAbsolutePath().normalize();
            if (target.equals(source.toAbsolutePath().normalize())) {
                errors.showError("Could not save a copy", new StoreException(target
                        + " is the open project; a copy needs another name"));
                return;
            }
            if (!confirmLeaving("switch to the copy")) {
                return;
            }
            run("Saving a copy as " + target.getFileName() + "…", "save a copy", listener -> {
                current.project().saveCopy(target);
                return opener.open(target, listener);
            }, "Could not save a copy as " + target.getFileName());
        });
    }

    /**
     * Asks for a SPoSE triplet file and a set name and imports the file into the open
     * project in the background; {@code onImported} runs after a successful import.
     */
    void importJudgements(Runnable onImported) {
        Workbench current = workbench.get();
        if (current == null || busy.get()) {
            return;
        }
        ProjectSession project = current.project();
        Optional<Path> file = dialogs.chooseJudgementFile(project.file().getParent());
        if (file.isEmpty()) {
            return;
        }
        Optional<String> name = dialogs.askText("Import judgements", "Name of the new"
                + " judgement set", ProjectLocation.displayName(file.get()))
                .map(String::strip).filter(text -> !text.isEmpty());
        if (name.isEmpty()) {
            return;
        }
        busy.set(true);
        message.set("Importing " + file.get().getFileName() + "…");
        progress.set(-1);
        tasks.submit("import judgements", () -> project.importJudgements(file.get(),
                name.get()), count -> {
                    busy.set(false);
                    dialogs.inform("Judgements imported", String.format(Locale.ROOT,
                            "%,d judgements from %s are the set '%s'.", count,
                            file.get().getFileName(), name.get()));
                    onImported.run();
                }, failure -> {
                    busy.set(false);
                    errors.showError("Could not import " + file.get().getFileName(), failure);
                });
    }

    /**
     * Asks before leaving a project while a job runs; true when no job runs or the user agrees
     * to cancel it.
     *
     * @param action what leaving does, e.g. "open other.triad"
     */
    boolean confirmLeaving(String action) {
        Workbench current = workbench.get();
        if (current == null || READY.equals(current.jobStatusProperty().get())) {
            return true;
        }
        return dialogs.confirm("A job is running", current.jobStatusProperty().get()
                + "\n\nCancel it and " + action + "?");
    }

    /** Cancels the jobs and closes the open project, as the program ends. */
    void closeCurrent() {
        Workbench current = workbench.get();
        if (current != null) {
            close(current);
        }
    }

    private boolean isOpen(Path target) {
        Workbench current = workbench.get();
        return current != null
                && current.project().file().toAbsolutePath().normalize().equals(target);
    }

    private void run(String what, String title, Step work, String failureTitle) {
        busy.set(true);
        message.set(what);
        progress.set(-1);
        ProgressListener listener = (done, total, text) -> tasks.publish(() -> {
            progress.set(total > 0 ? (double) done / total : -1);
            message.set(text);
        });
        tasks.submit(title, () -> work.call(listener), this::switchTo, failure -> {
            busy.set(false);
            errors.showError(failureTitle, failure);
        });
    }

    private void switchTo(ProjectSession session) {
        Workbench previous = workbench.get();
        if (previous != null) {
            close(previous);
        }
        workbench.set(workbenches.apply(session));
        remember(session.file());
        busy.set(false);
        LOG.info("Switched to project {}", session.file());
    }

    private void remember(Path file) {
        recent.add(file);
        recentFiles.setAll(recent.files());
    }

    private static void close(Workbench old) {
        old.shutdown();
        try {
            old.project().close();
        } catch (StoreException e) {
            LOG.warn("Project {} did not close cleanly: {}", old.project().file(),
                    e.getMessage());
        }
    }
}
