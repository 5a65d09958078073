package org.triad.collect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The outcomes of a {@link CollectionLog} in memory: one per triplet key, in recording order.
 * A failure that is to be asked again ({@link #retryFailed}) stays until its new outcome
 * replaces it in place. Not thread-safe: the logs hold it under their own lock.
 */
final class RecordBook {
    private final List<CollectionRecord> outcomes = new ArrayList<>();
    private final Map<String, Integer> positions = new HashMap<>();
    private final Set<String> retrying = new HashSet<>();

    /**
     * Keys a run skips, as an unmodifiable copy: every recorded one except failures that are
     * to be asked again.
     */
    Set<String> skippedKeys() {
        Set<String> keys = new HashSet<>(positions.keySet());
        keys.removeAll(retrying);
        return Set.copyOf(keys);
    }

    /** Whether the key's outcome replaces a failure being asked again. */
    boolean replacesFailure(String key) {
        return retrying.contains(key);
    }

    /** Refuses a key that is recorded and not being asked again. */
    void checkNew(String key) {
        if (positions.containsKey(key) && !retrying.contains(key)) {
            throw new IllegalStateException("triplet " + key + " recorded twice");
        }
    }

    /** Adds an outcome, or replaces the failure it was asked again for. */
    void put(CollectionRecord outcome) {
        checkNew(outcome.key());
        Integer at = positions.get(outcome.key());
        if (at != null) {
            outcomes.set(at, outcome);
            retrying.remove(outcome.key());
        } else {
            positions.put(outcome.key(), outcomes.size());
            outcomes.add(outcome);
        }
    }

    /**
     * Adds an outcome read back from storage: a later outcome of a key replaces an earlier
     * failure (a failure asked again); any other repeat is ignored.
     */
    void putRead(CollectionRecord outcome) {
        Integer at = positions.get(outcome.key());
        if (at == null) {
            positions.put(outcome.key(), outcomes.size());
            outcomes.add(outcome);
        } else if (outcomes.get(at).status() == CollectionRecord.Status.FAILED) {
            outcomes.set(at, outcome);
        }
    }

    /** Marks every failed outcome to be asked again; returns how many. */
    int retryFailed() {
        int count = 0;
        for (CollectionRecord outcome : outcomes) {
            if (outcome.status() == CollectionRecord.Status.FAILED
                    && retrying.add(outcome.key())) {
                count++;
            }
        }
        return count;
    }

    List<CollectionRecord> records() {
        return new ArrayList<>(outcomes);
    }
}
