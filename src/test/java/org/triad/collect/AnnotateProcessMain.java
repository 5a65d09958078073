package org.triad.collect;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.SplittableRandom;
import org.triad.collect.SamplerSettings.Kind;
import org.triad.store.ProjectStore;

/**
 * An annotating Triad for {@link AnnotationKillTest}: opens the project named by the first
 * argument, starts a uniform session and judges triplets through {@link AnnotationSession},
 * printing "accepted N" after each committed judgement. With "step" as the second argument it
 * waits for a line on stdin after each report; with "run" it goes on until killed.
 */
public final class AnnotateProcessMain {
    private AnnotateProcessMain() {
    }

    /** @param args the project file, then "step" or "run" */
    public static void main(String[] args) throws Exception {
        boolean step = "step".equals(args[1]);
        BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in,
                StandardCharsets.UTF_8));
        try (ProjectStore store = ProjectStore.open(Path.of(args[0]))) {
            SessionPlan plan = new SessionPlan("robot", "manual",
                    SamplerSettings.of(Kind.UNIFORM, 5), 1_000_000, List.of());
            AnnotationSession session = AnnotationSession.start(store.annotations(),
                    store.items(), plan, null, Clock.systemUTC());
            System.out.println("session " + session.id());
            System.out.flush();
            SplittableRandom random = new SplittableRandom(6);
            for (int accepted = 1; ; accepted++) {
                session.choose(random.nextInt(3), 400 + random.nextInt(600));
                System.out.println("accepted " + accepted);
                System.out.flush();
                if (step && stdin.readLine() == null) {
                    return;
                }
            }
        }
    }
}
