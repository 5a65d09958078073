package org.triad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.triad.model.CancellationToken;
import org.triad.model.Embedding;

/** The job registry on a hand-driven clock: states, ETA, cancelling and the ended list. */
class JobsTest {
    private static final long SECOND = 1_000_000_000L;
    private final AtomicLong now = new AtomicLong();
    private Jobs jobs;

    @BeforeEach
    void setUp() {
        jobs = new Jobs(now::get);
    }

    @Test
    void etaIsEstimatedFromTheRateBetweenTheFirstAndTheLatestReport() {
        Job job = jobs.start("RSM", new CancellationToken());
        assertEquals("", job.etaText(), "no progress reported yet");

        now.set(SECOND);
        job.progress(0.1, "10 %");
        assertEquals("estimating…", job.etaText());
        assertTrue(job.remaining().isEmpty());

        now.set(3 * SECOND);
        job.progress(0.3, "30 %");
        // 0.2 in 2 s: 0.1 per second, 0.7 left.
        assertEquals(Duration.ofSeconds(7), job.remaining().orElseThrow());
        assertEquals("ETA 0:07", job.etaText());

        now.set(4 * SECOND);
        assertEquals(Duration.ofSeconds(6), job.remaining().orElseThrow());
        assertEquals(Duration.ofSeconds(4), job.elapsed());
    }

    @Test
    void etaWaitsWhileProgressStandsStill() {
        Job job = jobs.start("Training", new CancellationToken());
        now.set(SECOND);
        job.progress(0.5, null);
        now.set(2 * SECOND);
        job.progress(0.5, null);

        assertEquals("estimating…", job.etaText());
    }

    @Test
    void anOwnersEstimateOfTheTimeLeftIsTheEta() {
        Job job = jobs.start("Training", new CancellationToken());
        now.set(SECOND);
        job.progress(0.5, "epoch 5", Duration.ofSeconds(20));
        assertEquals("ETA 0:20", job.etaText(), "from the first report on");

        now.set(4 * SECOND);
        // progress moved back (the loss improved), yet the owner's estimate stands
        job.progress(0.4, "epoch 6", Duration.ofSeconds(30));
        now.set(6 * SECOND);
        assertEquals(Duration.ofSeconds(28), job.remaining().orElseThrow());
        job.finish("done");
        assertEquals("", job.etaText());
    }

    @Test
    void longEtaShowsHours() {
        assertEquals("1:02:03", Job.clock(Duration.ofSeconds(3723)));
        assertEquals("12:40", Job.clock(Duration.ofSeconds(760)));
        assertEquals("0:00", Job.clock(Duration.ofMillis(-5)));
    }

    @Test
    void cancelReachesTheTokenAndTheEndIsRecordedAsCancelled() {
        CancellationToken token = new CancellationToken();
        Job job = jobs.start("Training", token);
        job.progress(0.2, "epoch 1 of 5");

        job.cancel();

        assertTrue(token.isCancelled());
        assertTrue(job.isRunning(), "the job runs until its owner reports the end");
        assertEquals("Cancelling…", job.messageProperty().get());
        job.progress(0.4, "epoch 2 of 5");
        assertEquals("Cancelling…", job.messageProperty().get());
        job.finish("2 epochs");
        assertEquals(Job.State.CANCELLED, job.stateProperty().get());
        assertEquals("2 epochs", job.messageProperty().get());
    }

    @Test
    void statesAndTheEndedList() {
        Job done = jobs.start("Evaluate", null);
        Job broken = jobs.start("Import", null);
        Job running = jobs.start("Train", new CancellationToken());
        assertEquals("3 jobs running", jobs.summary().get());

        now.set(5 * SECOND);
        done.finish("62.1 %");
        broken.fail(new IllegalArgumentException("line 3: only 2 columns"));
        now.set(9 * SECOND);

        assertEquals(Job.State.FINISHED, done.stateProperty().get());
        assertEquals(1.0, done.progressProperty().get());
        assertEquals(Duration.ofSeconds(5), done.elapsed(), "the clock stops at the end");
        assertEquals(Job.State.FAILED, broken.stateProperty().get());
        assertEquals("line 3: only 2 columns", broken.messageProperty().get());
        assertEquals(List.of(running), jobs.running());
        assertEquals(List.of(broken, done), jobs.ended(), "newest first");
        assertEquals("1 job running", jobs.summary().get());
        assertFalse(done.cancellable());
        done.cancel();
        broken.finish("late");
        assertEquals(Job.State.FAILED, broken.stateProperty().get(), "an end is final");

        jobs.clearFinished();
        assertEquals(List.of(running), jobs.all());
        running.cancelled("replaced by a newer request");
        assertEquals("Ready", jobs.summary().get());
    }

    @Test
    void onlyTheNewestEndedJobsAreKept() {
        for (int i = 0; i < Jobs.KEEP_ENDED + 5; i++) {
            jobs.start("job " + i, null).finish("");
        }

        assertEquals(Jobs.KEEP_ENDED, jobs.all().size());
        assertEquals("job " + (Jobs.KEEP_ENDED + 4), jobs.all().get(0).title());
    }

    @Test
    void workbenchJobsReleaseTheirTokenAndFillTheStatusLine() {
        FakeProject project = FakeProject.planted();
        Workbench workbench = new Workbench(project, new FakeEngine(PlantedData.embedding(
                project.items())), new InlineTaskRunner(), new RecordingDialogs());
        Job ended = workbench.startJob("Bootstrap");
        Job running = workbench.startJob("RSM: planted");
        running.progress(0.42, "42 %");
        workbench.setJobStatus("collect", "Collecting: 10 of 100");
        assertEquals("Bootstrap  ·  RSM: planted: 42 %  ·  Collecting: 10 of 100",
                workbench.jobStatusProperty().get());

        ended.finish("done");
        workbench.setJobStatus("collect", null);
        workbench.shutdown();

        assertFalse(ended.token().isCancelled(), "an ended job's token was released");
        assertTrue(running.token().isCancelled(), "closing the window cancels what runs");
        assertEquals("RSM: planted: Cancelling…", workbench.jobStatusProperty().get());
    }

    @Test
    void trainingRegistersAJobThatTheRegistryCanCancel() {
        FakeProject project = FakeProject.planted();
        Embedding planted = PlantedData.embedding(project.items());
        Workbench workbench = new Workbench(project, new FakeEngine(planted),
                new InlineTaskRunner(), new RecordingDialogs());
        TrainViewModel model = new TrainViewModel(workbench);
        model.load();
        model.maxEpochsProperty().set(10);
        model.history().addListener((ListChangeListener<Object>) change -> {
            if (model.history().size() == 3) {
                // What the jobs panel's Cancel button does.
                workbench.jobs().running().get(0).cancel();
            }
        });

        model.start();

        Job job = workbench.jobs().all().get(0);
        assertEquals("Training human-a+human-b", job.title());
        assertEquals(Job.State.CANCELLED, job.stateProperty().get());
        assertEquals(3, model.history().size(), "stopped after the epoch that was cancelled");
        assertTrue(model.statusProperty().get().startsWith("Cancelled after 3 epochs"),
                model.statusProperty().get());
        assertNull(workbench.jobs().running().stream().findAny().orElse(null));
    }
}
