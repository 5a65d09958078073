package org.triad.store;

import java.time.Instant;
import java.util.Objects;
import org.triad.model.Judgement;
import org.triad.model.Triplet;

/**
 * One triplet answered (or skipped) in an annotation session.
 *
 * @param trial 0-based position in the session; the live trials of a session are numbered
 *     0..n−1 without gaps, because undo only ever takes back the last one
 * @param shown the three items as shown: a left, b middle, c right
 * @param odd the item chosen as odd one out, or {@link #SKIPPED}
 * @param time when the choice (or skip) was made
 * @param responseMillis from the triplet appearing to the choice, −1 when unknown
 */
public record AnnotationTrial(int trial, Triplet shown, int odd, Instant time,
        long responseMillis) {
    /** The {@code odd} of a skipped triplet. */
    public static final int SKIPPED = -1;

    /** Checks that a choice belongs to the triplet. */
    public AnnotationTrial {
        Objects.requireNonNull(shown, "shown");
        Objects.requireNonNull(time, "time");
        if (trial < 0) {
            throw new IllegalArgumentException("trial " + trial + " is negative");
        }
        if (odd != SKIPPED && !shown.contains(odd)) {
            throw new IllegalArgumentException("odd one out " + odd + " is not in " + shown);
        }
    }

    /** Whether the triplet was skipped rather than answered. */
    public boolean skipped() {
        return odd == SKIPPED;
    }

    /** The trial as a judgement by {@code annotator}; only for answered trials. */
    public Judgement toJudgement(String annotator) {
        if (skipped()) {
            throw new IllegalStateException("trial " + trial + " was skipped");
        }
        return new Judgement(shown, odd, annotator, -1, time, responseMillis);
    }
}
