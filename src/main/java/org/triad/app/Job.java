package org.triad.app;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.triad.model.CancellationToken;
import org.triad.model.ProgressListener;

/**
 * One long job in the {@link Jobs} registry: its title, state, progress, a message, when it
 * started and ended, and how it is cancelled. Lives on the UI thread: a worker reports through
 * {@link TaskRunner#publish}, e.g. with {@link #listener(TaskRunner)}.
 */
public final class Job {
    /** Where a job is in its life. */
    public enum State {
        RUNNING("Running"), FINISHED("Finished"), FAILED("Failed"), CANCELLED("Cancelled");

        private final String title;

        State(String title) {
            this.title = title;
        }

        /** The state in words, e.g. "Cancelled". */
        public String title() {
            return title;
        }
    }

    /** Progress of a job that cannot say how far it is. */
    public static final double INDETERMINATE = -1;

    private final long id;
    private final String title;
    private final CancellationToken token;
    private final LongSupplier nanos;
    private final Runnable onEnd;
    private final long started;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.RUNNING);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(INDETERMINATE);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private long ended = -1;
    private int updates;
    private double firstProgress;
    private long firstAt;
    private long lastAt;
    /** The owner's own estimate of the time left, in ns at {@link #estimatedAt}; -1: none. */
    private long estimatedLeft = -1;
    private long estimatedAt;

    Job(long id, String title, CancellationToken token, LongSupplier nanos, Runnable onEnd) {
        this.id = id;
        this.title = title;
        this.token = token;
        this.nanos = nanos;
        this.onEnd = onEnd;
        this.started = nanos.getAsLong();
    }

    /** Number of the job in its registry, 1 for the first. */
    public long id() {
        return id;
    }

    /** What the job does, e.g. "Training human-a+human-b". */
    public String title() {
        return title;
    }

    /** The token the job's work checks; null for a job that cannot be cancelled. */
    public CancellationToken token() {
        return token;
    }

    /** Whether {@link #cancel()} can stop it. */
    public boolean cancellable() {
        return token != null;
    }

    /** Asks the job to stop; it stays running until its owner reports the end. */
    public void cancel() {
        if (token != null && state.get() == State.RUNNING && !token.isCancelled()) {
            token.cancel();
            message.set("Cancelling…");
        }
    }

    /** Whether cancelling was asked for. */
    public boolean cancelRequested() {
        return token != null && token.isCancelled();
    }

    /**
     * Reports how far the job is.
     *
     * @param fraction share done in [0, 1], or {@link #INDETERMINATE}
     * @param text what it does now, or null to keep the message
     */
    public void progress(double fraction, String text) {
        if (state.get() != State.RUNNING) {
            return;
        }
        if (fraction >= 0) {
            double clamped = Math.min(1, fraction);
            long now = nanos.getAsLong();
            if (updates == 0) {
                firstProgress = clamped;
                firstAt = now;
            }
            updates++;
            lastAt = now;
            progress.set(clamped);
        } else {
            progress.set(INDETERMINATE);
        }
        if (text != null && !cancelRequested()) {
            message.set(text);
        }
    }

    /**
     * Reports how far the job is with the owner's own estimate of the time left, which the
     * ETA then shows instead of one from the rate of progress (e.g. training, whose progress
     * moves back when the validation loss improves).
     *
     * @param left time left from now
     */
    public void progress(double fraction, String text, Duration left) {
        progress(fraction, text);
        if (state.get() == State.RUNNING) {
            estimatedLeft = Math.max(0, left.toNanos());
            estimatedAt = nanos.getAsLong();
        }
    }

    /**
     * A listener for the job's worker thread: publishes progress at most once per percent.
     *
     * @param tasks publishes on the UI thread
     */
    public ProgressListener listener(TaskRunner tasks) {
        return ThrottledProgress.of(tasks, () -> 0, 0,
                percent -> progress(percent / 100.0, null));
    }

    /** Ends the job: cancelled if cancelling was asked for, else finished. */
    public void finish(String text) {
        end(cancelRequested() ? State.CANCELLED : State.FINISHED, text);
    }

    /** Ends the job as cancelled, e.g. when a newer request replaced it. */
    public void cancelled(String text) {
        end(State.CANCELLED, text);
    }

    /** Ends the job as failed with the failure's message. */
    public void fail(Throwable failure) {
        String text = failure.getMessage() != null ? failure.getMessage()
                : failure.getClass().getSimpleName();
        end(State.FAILED, text);
    }

    private void end(State outcome, String text) {
        if (state.get() != State.RUNNING) {
            return;
        }
        ended = nanos.getAsLong();
        if (text != null) {
            message.set(text);
        }
        if (outcome == State.FINISHED) {
            progress.set(1);
        }
        state.set(outcome);
        onEnd.run();
    }

    /** Running, finished, failed or cancelled. */
    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** Share done in [0, 1], or {@link #INDETERMINATE}. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What the job does now, or how it ended. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Whether the job still runs. */
    public boolean isRunning() {
        return state.get() == State.RUNNING;
    }

    /** Time since the start, or from start to end once ended. */
    public Duration elapsed() {
        return Duration.ofNanos((ended >= 0 ? ended : nanos.getAsLong()) - started);
    }

    /**
     * Time left: the owner's latest estimate, else from the rate between the first and the
     * latest progress report; empty until two reports have come, while progress does not
     * move, and once ended.
     */
    public Optional<Duration> remaining() {
        if (isRunning() && estimatedLeft >= 0) {
            long left = estimatedLeft - (nanos.getAsLong() - estimatedAt);
            return Optional.of(Duration.ofNanos(Math.max(0, left)));
        }
        double done = progress.get();
        if (!isRunning() || updates < 2 || done < 0 || lastAt <= firstAt
                || done <= firstProgress) {
            return Optional.empty();
        }
        double rate = (done - firstProgress) / (lastAt - firstAt);
        long left = (long) ((1 - done) / rate) - (nanos.getAsLong() - lastAt);
        return Optional.of(Duration.ofNanos(Math.max(0, left)));
    }

    /** "ETA 1:05", "estimating…" until two reports, or "" for a job without progress. */
    public String etaText() {
        if (!isRunning()) {
            return "";
        }
        return remaining().map(left -> "ETA " + clock(left))
                .orElse(progress.get() < 0 && updates == 0 ? "" : "estimating…");
    }

    /** "0:07", "12:40", "1:02:03". */
    static String clock(Duration duration) {
        long seconds = Math.max(0, duration.toSeconds());
        long hours = seconds / 3600;
        return hours > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", hours,
                seconds % 3600 / 60, seconds % 60)
                : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }
}
