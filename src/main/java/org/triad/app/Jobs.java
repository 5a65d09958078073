package org.triad.app;

import java.util.List;
import java.util.function.LongSupplier;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.binding.StringBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.triad.model.CancellationToken;

/**
 * The registry of long jobs that the jobs panel lists: running ones, and finished, failed or
 * cancelled ones until {@link #clearFinished()}. Lives on the UI thread.
 *
 * <p>A view model (or the Collect view) registers a job when it starts work:
 * <pre>{@code
 * Job job = workbench.jobs().start("Collect from gpt-4o", token);
 * ProgressListener listener = job.listener(workbench.tasks()); // for the worker thread
 * tasks.submit(..., result -> job.finish("1,000 judgements"), failure -> job.fail(failure));
 * }</pre>
 * The panel's Cancel button cancels the token; the owner then ends the job, and
 * {@link Job#finish} records it as cancelled.
 */
public final class Jobs {
    /** Ended jobs kept at most; the oldest go first. */
    static final int KEEP_ENDED = 50;

    private final ObservableList<Job> all = FXCollections.observableArrayList(
            job -> new Observable[] {job.stateProperty(), job.messageProperty()});
    private final LongSupplier nanos;
    private final IntegerBinding running;
    private final StringBinding summary;
    private long count;

    /** A registry that times jobs with {@link System#nanoTime()}. */
    public Jobs() {
        this(System::nanoTime);
    }

    /** A registry with its own clock, for tests. */
    Jobs(LongSupplier nanos) {
        this.nanos = nanos;
        running = Bindings.createIntegerBinding(
                () -> (int) all.stream().filter(Job::isRunning).count(), all);
        summary = Bindings.createStringBinding(() -> summary(running.get()), running);
    }

    /**
     * Registers a running job, newest first in {@link #all()}.
     *
     * @param title what it does, e.g. "Training human-a"
     * @param token cancels it, or null for a job that cannot be cancelled
     */
    public Job start(String title, CancellationToken token) {
        return start(title, token, () -> { });
    }

    /** As {@link #start(String, CancellationToken)}, and runs {@code onEnd} when it ends. */
    public Job start(String title, CancellationToken token, Runnable onEnd) {
        Job[] job = new Job[1];
        job[0] = new Job(++count, title, token, nanos, () -> {
            onEnd.run();
            trim();
        });
        all.add(0, job[0]);
        return job[0];
    }

    private void trim() {
        List<Job> old = all.stream().filter(job -> !job.isRunning()).skip(KEEP_ENDED).toList();
        all.removeAll(old);
    }

    /** Every listed job, newest first. */
    public ObservableList<Job> all() {
        return all;
    }

    /** The jobs that still run, newest first. */
    public List<Job> running() {
        return all.stream().filter(Job::isRunning).toList();
    }

    /** The ended jobs still listed, newest first. */
    public List<Job> ended() {
        return all.stream().filter(job -> !job.isRunning()).toList();
    }

    /** Forgets the ended jobs. */
    public void clearFinished() {
        all.removeIf(job -> !job.isRunning());
    }

    /** Cancels every running job that can be cancelled. */
    public void cancelAll() {
        running().forEach(Job::cancel);
    }

    /** How many jobs run. */
    public IntegerBinding runningCount() {
        return running;
    }

    /** "Ready", "1 job running" or "3 jobs running". */
    public StringBinding summary() {
        return summary;
    }

    private static String summary(int running) {
        return running == 0 ? "Ready" : running == 1 ? "1 job running" : running + " jobs running";
    }
}
