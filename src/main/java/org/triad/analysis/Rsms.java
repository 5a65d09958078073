package org.triad.analysis;

import org.triad.model.CancellationToken;
import org.triad.model.Embedding;
import org.triad.model.JudgementSet;
import org.triad.model.ProgressListener;
import org.triad.model.Rsm;

/** Builds RSMs from embeddings and judgements (DESIGN.md §4). */
public final class Rsms {
    private Rsms() {
    }

    /** The SPoSE choice-probability RSM, diagonal 1; null if cancelled. */
    public static Rsm choiceProbability(Embedding embedding, ProgressListener listener,
            CancellationToken token) {
        throw new UnsupportedOperationException("stub");
    }

    /** Dot products of rows. */
    public static Rsm dotProduct(Embedding embedding) {
        throw new UnsupportedOperationException("stub");
    }

    /** Empirical RSM: kept-together count over co-occurrence count, NaN where never shown. */
    public static Rsm empirical(JudgementSet judgements, java.util.List<String> itemIds) {
        throw new UnsupportedOperationException("stub");
    }
}
