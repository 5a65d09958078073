package org.triad.collect;

import java.util.List;
import java.util.Set;

/** A {@link CollectionLog} that lives only as long as the program (tests, dry runs). */
public final class InMemoryCollectionLog implements CollectionLog {
    private final RecordBook book = new RecordBook();

    @Override
    public synchronized Set<String> recordedKeys() {
        return book.skippedKeys();
    }

    @Override
    public synchronized int retryFailed() {
        return book.retryFailed();
    }

    @Override
    public synchronized void record(CollectionRecord outcome) {
        book.put(outcome);
    }

    @Override
    public synchronized List<CollectionRecord> records() {
        return book.records();
    }
}
