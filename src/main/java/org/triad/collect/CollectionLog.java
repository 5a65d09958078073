package org.triad.collect;

import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * The persistent record of a collection run: every outcome, written as soon as it is known, so
 * that a resumed run skips every triplet already asked. Implementations are thread-safe.
 */
public interface CollectionLog {

    /** Keys of the triplets already recorded, in any status. */
    Set<String> recordedKeys();

    /**
     * Stores one outcome before returning.
     *
     * @throws IOException when it cannot be stored; the run then stops
     */
    void record(CollectionRecord outcome) throws IOException;

    /** All outcomes recorded so far, in recording order. */
    List<CollectionRecord> records();
}
