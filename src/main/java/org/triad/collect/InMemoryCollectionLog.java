package org.triad.collect;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A {@link CollectionLog} that lives only as long as the program (tests, dry runs). */
public final class InMemoryCollectionLog implements CollectionLog {
    private final List<CollectionRecord> outcomes = new ArrayList<>();
    private final Set<String> keys = new HashSet<>();

    @Override
    public synchronized Set<String> recordedKeys() {
        return Set.copyOf(keys);
    }

    @Override
    public synchronized void record(CollectionRecord outcome) {
        if (!keys.add(outcome.key())) {
            throw new IllegalStateException("triplet " + outcome.key() + " recorded twice");
        }
        outcomes.add(outcome);
    }

    @Override
    public synchronized List<CollectionRecord> records() {
        return new ArrayList<>(outcomes);
    }
}
