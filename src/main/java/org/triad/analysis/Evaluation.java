package org.triad.analysis;

import org.triad.model.Embedding;
import org.triad.model.JudgementSet;

/** Held-out evaluation of an embedding on judgements. */
public final class Evaluation {
    private Evaluation() {
    }

    /** Share of judgements whose kept pair is the most similar pair; ties count as misses. */
    public static double accuracy(Embedding embedding, JudgementSet judgements) {
        throw new UnsupportedOperationException("stub");
    }
}
