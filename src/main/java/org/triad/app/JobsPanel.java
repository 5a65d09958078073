package org.triad.app;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The jobs panel, opened from the status bar: every running job with its progress, elapsed
 * time, ETA, message and a Cancel button, and the ended ones with their outcome until
 * "Clear finished". Times tick once a second while the panel is shown.
 */
final class JobsPanel {
    private static final double MAX_ROWS_HEIGHT = 380;

    private final Jobs jobs;
    private final VBox card = new VBox(10);
    private final VBox rows = new VBox(8);
    private final Map<Job, Row> shown = new HashMap<>();
    private final Timeline ticker = new Timeline(new KeyFrame(Duration.seconds(1),
            event -> tick()));

    JobsPanel(Jobs jobs) {
        this.jobs = jobs;
        Label title = new Label("Jobs");
        title.getStyleClass().add("section-title");
        Label summary = new Label();
        summary.setId("jobsSummary");
        summary.getStyleClass().add("muted");
        summary.textProperty().bind(jobs.summary());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button clear = new Button("Clear finished");
        clear.setId("clearJobs");
        clear.disableProperty().bind(Bindings.createBooleanBinding(
                () -> jobs.ended().isEmpty(), jobs.all()));
        clear.setOnAction(event -> jobs.clearFinished());
        Button close = new Button("Close");
        close.setId("closeJobs");
        close.setOnAction(event -> hide());
        HBox header = new HBox(10, title, summary, spacer, clear, close);
        header.setAlignment(Pos.CENTER_LEFT);
        Label empty = new Label("No jobs yet. Training, RSMs, comparisons, bootstraps, "
                + "evaluations and imports appear here.");
        empty.getStyleClass().add("muted");
        empty.setWrapText(true);
        empty.visibleProperty().bind(Bindings.isEmpty(jobs.all()));
        empty.managedProperty().bind(empty.visibleProperty());
        ScrollPane scroll = new ScrollPane(rows);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("jobs-scroll");
        // As tall as the rows, up to a few jobs; then it scrolls.
        scroll.prefViewportHeightProperty().bind(Bindings.min(rows.heightProperty(),
                MAX_ROWS_HEIGHT));
        scroll.visibleProperty().bind(Bindings.isNotEmpty(jobs.all()));
        scroll.managedProperty().bind(scroll.visibleProperty());
        card.getChildren().addAll(header, empty, scroll);
        card.setId("jobsPanel");
        card.getStyleClass().add("jobs-card");
        card.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        ticker.setCycleCount(Timeline.INDEFINITE);
        jobs.all().addListener((ListChangeListener<Job>) change -> rebuild());
        card.setVisible(false);
        rebuild();
    }

    Node node() {
        return card;
    }

    boolean isShown() {
        return card.isVisible();
    }

    void toggle() {
        if (isShown()) {
            hide();
        } else {
            show();
        }
    }

    void show() {
        card.setVisible(true);
        tick();
        ticker.play();
    }

    void hide() {
        card.setVisible(false);
        ticker.stop();
    }

    private void rebuild() {
        List<Job> all = jobs.all();
        shown.keySet().retainAll(all);
        rows.getChildren().setAll(all.stream()
                .map(job -> shown.computeIfAbsent(job, Row::new).node).toList());
        tick();
    }

    private void tick() {
        shown.values().forEach(Row::times);
    }

    /** One job: title and state, progress bar, message, times and Cancel. */
    private static final class Row {
        private final Job job;
        private final VBox node = new VBox(4);
        private final Label times = new Label();

        Row(Job job) {
            this.job = job;
            Label title = new Label(job.title());
            title.getStyleClass().add("job-title");
            title.setMinWidth(0);
            Label state = new Label();
            state.setMinWidth(Region.USE_PREF_SIZE);
            state.setId("jobState-" + job.id());
            state.textProperty().bind(job.stateProperty().map(Job.State::title));
            job.stateProperty().addListener((o, old, now) -> styleState(state));
            styleState(state);
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox top = new HBox(8, title, spacer, state);
            top.setAlignment(Pos.CENTER_LEFT);
            ProgressBar bar = new ProgressBar();
            bar.progressProperty().bind(job.progressProperty());
            bar.setMaxWidth(Double.MAX_VALUE);
            bar.visibleProperty().bind(job.stateProperty().isEqualTo(Job.State.RUNNING));
            bar.managedProperty().bind(bar.visibleProperty());
            Label message = new Label();
            message.setId("jobMessage-" + job.id());
            message.getStyleClass().add("muted");
            message.setWrapText(true);
            message.textProperty().bind(job.messageProperty());
            times.setId("jobTimes-" + job.id());
            times.getStyleClass().add("muted");
            job.progressProperty().addListener((o, old, now) -> times());
            job.stateProperty().addListener((o, old, now) -> times());
            HBox bottom = new HBox(8, times, grow(), cancel());
            bottom.setAlignment(Pos.CENTER_LEFT);
            node.getChildren().addAll(top, bar, message, bottom);
            node.setId("job-" + job.id());
            node.getStyleClass().add("job-row");
            times();
        }

        private static Region grow() {
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            return spacer;
        }

        private Button cancel() {
            Button cancel = new Button("Cancel");
            cancel.setId("cancelJob-" + job.id());
            cancel.visibleProperty().bind(job.stateProperty().isEqualTo(Job.State.RUNNING)
                    .and(Bindings.createBooleanBinding(job::cancellable)));
            cancel.managedProperty().bind(cancel.visibleProperty());
            cancel.disableProperty().bind(Bindings.createBooleanBinding(job::cancelRequested,
                    job.messageProperty()));
            cancel.setOnAction(event -> job.cancel());
            return cancel;
        }

        private void styleState(Label state) {
            state.getStyleClass().setAll("label", "job-state",
                    "job-" + job.stateProperty().get().name().toLowerCase(Locale.ROOT));
        }

        void times() {
            String elapsed = Job.clock(job.elapsed());
            if (!job.isRunning()) {
                times.setText("took " + elapsed);
                return;
            }
            String eta = job.etaText();
            times.setText(eta.isEmpty() ? elapsed + " elapsed" : elapsed + " elapsed · " + eta);
        }
    }
}
