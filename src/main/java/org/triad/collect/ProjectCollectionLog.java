package org.triad.collect;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.triad.store.ModelReply;
import org.triad.store.ModelReplyLog;
import org.triad.store.ProjectStore;
import org.triad.store.StoreException;

/**
 * A {@link CollectionLog} kept in a project file: every outcome is a row of
 * {@code model_replies} of one judgement set, and a parsed one also a judgement of that set
 * (source: the model id), both in one transaction. Opening it on a set that already holds
 * replies of the model resumes the run. The endpoint's API key is never stored.
 */
public final class ProjectCollectionLog implements CollectionLog {
    private final ModelReplyLog replies;
    private final String setName;
    private final String model;
    private final String baseUrl;
    private final double temperature;
    private final RecordBook book = new RecordBook();

    /**
     * Opens the log of one model's replies in a set (created at the first reply).
     *
     * @throws StoreException when the stored replies cannot be read
     */
    public ProjectCollectionLog(ProjectStore store, String setName, ModelEndpoint endpoint)
            throws StoreException {
        this(store.modelReplies(), setName, endpoint);
    }

    /**
     * Opens the log of one model's replies in a set of the project that {@code replies}
     * belongs to (the app reaches the project only through its session).
     *
     * @throws StoreException when the stored replies cannot be read
     */
    public ProjectCollectionLog(ModelReplyLog replies, String setName, ModelEndpoint endpoint)
            throws StoreException {
        this.replies = replies;
        this.setName = setName;
        this.model = endpoint.model();
        this.baseUrl = endpoint.baseUrl().toString();
        this.temperature = endpoint.temperature();
        for (ModelReply reply : replies.replies(setName, model)) {
            book.putRead(toRecord(reply));
        }
    }

    @Override
    public synchronized Set<String> recordedKeys() {
        return book.skippedKeys();
    }

    /** Each failure's row is replaced by the new outcome's, in one transaction. */
    @Override
    public synchronized int retryFailed() {
        return book.retryFailed();
    }

    @Override
    public synchronized void record(CollectionRecord outcome) throws IOException {
        book.checkNew(outcome.key());
        try {
            if (book.replacesFailure(outcome.key())) {
                replies.replaceFailed(setName, toReply(outcome));
            } else {
                replies.record(setName, toReply(outcome));
            }
        } catch (StoreException e) {
            throw new IOException(e.getMessage(), e);
        }
        book.put(outcome);
    }

    @Override
    public synchronized List<CollectionRecord> records() {
        return book.records();
    }

    private ModelReply toReply(CollectionRecord outcome) {
        String recordedModel = outcome.model().isEmpty() ? model : outcome.model();
        return new ModelReply(outcome.key(), outcome.shown(), rotation(outcome.key()),
                recordedModel, baseUrl, outcome.templateHash(), temperature,
                outcome.status().name().toLowerCase(Locale.ROOT), outcome.odd(),
                outcome.reply(), outcome.reason(), outcome.attempts(), outcome.promptTokens(),
                outcome.completionTokens(), outcome.latencyMillis(),
                Instant.ofEpochMilli(outcome.epochMillis()));
    }

    private static CollectionRecord toRecord(ModelReply reply) {
        return new CollectionRecord(reply.taskKey(), reply.shown(),
                CollectionRecord.Status.valueOf(reply.status().toUpperCase(Locale.ROOT)),
                reply.odd(), reply.reply(), reply.reason(), reply.attempts(),
                reply.promptTokens(), reply.completionTokens(), reply.templateHash(),
                reply.model(), reply.time().toEpochMilli(), reply.latencyMillis());
    }

    /** The rotation of a {@link CollectionTask} key ({@code …/r1} → 1); 0 without one. */
    static int rotation(String key) {
        int at = key.lastIndexOf("/r");
        if (at < 0) {
            return 0;
        }
        try {
            return Integer.parseInt(key.substring(at + 2));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
