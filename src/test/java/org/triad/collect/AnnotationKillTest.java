package org.triad.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.triad.store.AnnotationTrial;
import org.triad.store.ProjectStore;

/**
 * Kills an annotating process with SIGKILL ({@link Process#destroyForcibly()}) and checks that
 * every judgement it reported as accepted is in the project file, and nothing else.
 */
class AnnotationKillTest {
    private static final Logger LOG = LoggerFactory.getLogger(AnnotationKillTest.class);
    private static final int ACCEPTED = 25;

    @TempDir
    Path folder;
    private Path file;

    @BeforeEach
    void createProject() throws Exception {
        file = folder.resolve("p.triad");
        try (ProjectStore store = ProjectStore.open(file)) {
            store.setItems(TestItems.of(50));
        }
    }

    @Test
    void killedAfterNAcceptedJudgementsTheFileHoldsExactlyN() throws Exception {
        Process child = annotator("step");
        BufferedReader out = reader(child);
        long session = Long.parseLong(out.readLine().substring("session ".length()));
        try (OutputStream stdin = child.getOutputStream()) {
            for (int n = 1; n <= ACCEPTED; n++) {
                assertEquals("accepted " + n, out.readLine());
                if (n < ACCEPTED) {
                    stdin.write('\n');
                    stdin.flush();
                }
            }
            child.destroyForcibly();
            assertTrue(child.waitFor(60, TimeUnit.SECONDS));
        }
        assertEquals(ACCEPTED, judgementsAfterReopening(session));
    }

    @Test
    void killedWhileRunningFreelyNoReportedJudgementIsLost() throws Exception {
        Process child = annotator("run");
        BufferedReader out = reader(child);
        long session = Long.parseLong(out.readLine().substring("session ".length()));
        int reported = 0;
        while (reported < 200) {
            reported = Integer.parseInt(out.readLine().substring("accepted ".length()));
        }
        // Through the handle: Process.destroyForcibly also closes the pipe still to be read.
        child.toHandle().destroyForcibly();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            reported = Integer.parseInt(line.substring("accepted ".length()));
        }
        assertTrue(child.waitFor(60, TimeUnit.SECONDS));
        int stored = judgementsAfterReopening(session);
        LOG.info("Killed while annotating after {} reported judgements; {} on reopening",
                reported, stored);
        // The kill may land between a commit and its report, never inside a commit.
        assertTrue(stored == reported || stored == reported + 1, stored + " vs " + reported);
    }

    /** Counts the session's judgements, checks the file, and continues the session once. */
    private int judgementsAfterReopening(long session) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = c.createStatement();
                ResultSet rows = statement.executeQuery("PRAGMA integrity_check")) {
            rows.next();
            assertEquals("ok", rows.getString(1));
        }
        try (ProjectStore store = ProjectStore.open(file)) {
            List<AnnotationTrial> trials = store.annotations().trials(session);
            for (int t = 0; t < trials.size(); t++) {
                assertEquals(t, trials.get(t).trial());
            }
            AnnotationSession again = AnnotationSession.resume(store.annotations(),
                    store.items(), session, null, Clock.systemUTC());
            assertEquals(trials.size(), again.trial());
            again.choose(0, 500);
            assertEquals(trials.size() + 1, store.judgementSet("manual").size());
            return trials.size();
        }
    }

    private Process annotator(String mode) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx128m", "-Dtriad.log.level=WARN",
                "-cp", System.getProperty("java.class.path"),
                AnnotateProcessMain.class.getName(), file.toString(), mode);
        builder.redirectError(ProcessBuilder.Redirect.INHERIT);
        return builder.start();
    }

    private static BufferedReader reader(Process process) {
        return new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
    }
}
