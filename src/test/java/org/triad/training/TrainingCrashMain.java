package org.triad.training;

import java.nio.file.Path;
import org.triad.model.CancellationToken;
import org.triad.model.JudgementSet;
import org.triad.testdata.Golden;
import org.triad.testdata.Synthetic;

/**
 * The child of {@link TrainingCrashTest}: trains {@link #config()} on {@link #parts()} with a
 * checkpoint after every epoch into the folder given as the argument, printing {@code half N}
 * and {@code last N} at the middle and the last batch of epoch N and {@code epoch N} once its
 * checkpoint is on disk, until the test kills it with SIGKILL.
 */
public final class TrainingCrashMain {
    /** Items of the synthetic data. */
    static final int ITEMS = 60;

    private TrainingCrashMain() {
    }

    /** Settings of the killed run, its resumption and the uninterrupted reference run. */
    static SposeConfig config() {
        return new SposeConfig(8, 0.008, 0.02, 256, 12, 50, 7L, 1);
    }

    /** Training and validation judgements, the same in every JVM. */
    static JudgementSet[] parts() {
        return SposeTrainer.split(Synthetic.judgements(ITEMS, 4, 60_000, 11L), 0.1, 3L);
    }

    /** @param args the checkpoint folder */
    public static void main(String[] args) {
        JudgementSet[] parts = parts();
        new SposeTrainer(config()).withCheckpoints(Path.of(args[0]), 1).train(parts[0],
                parts[1], Golden.ids(ITEMS), report -> say("epoch " + report.epoch()),
                (done, total, message) -> {
                    if (done == total / 2 || done == total) {
                        say((done == total ? "last " : "half ") + message.substring(6));
                    }
                }, CancellationToken.none());
        say("done");
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
