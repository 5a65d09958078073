package org.triad.collect;

import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * The persistent record of a collection run: every outcome, written as soon as it is known, so
 * that a resumed run skips every triplet already asked. Implementations are thread-safe.
 */
public interface CollectionLog {

    /**
     * Keys of the triplets a run skips: every recorded one, in any status, except failures
     * marked by {@link #retryFailed}.
     */
    Set<String> recordedKeys();

    /**
     * Asks the failed triplets again in the next run: their keys leave {@link #recordedKeys},
     * and the new outcome of each replaces its failure (a parsed or unparseable one is never
     * asked again).
     *
     * @return how many failures will be asked again
     */
    int retryFailed();

    /**
     * Stores one outcome before returning.
     *
     * @throws IOException when it cannot be stored; the run then stops
     */
    void record(CollectionRecord outcome) throws IOException;

    /** All outcomes recorded so far, one per key, in recording order. */
    List<CollectionRecord> records();
}
