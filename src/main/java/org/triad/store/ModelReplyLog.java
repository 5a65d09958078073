package org.triad.store;

import java.util.List;

/**
 * The replies of language models stored in a project (docs/FORMATS.md, "Model replies"). Each
 * {@link #record} is one transaction that stores the raw reply and, when it was parsed, the
 * judgement it gives in the named set (source: the model id), and returns once committed.
 * Calls are serialised on the {@link ProjectStore}, so a log may be used from any thread.
 */
public final class ModelReplyLog {
    private final ProjectStore store;

    ModelReplyLog(ProjectStore store) {
        this.store = store;
    }

    /**
     * Stores one reply in the judgement set {@code setName}, created when missing.
     *
     * @throws StoreException when an item is not one of the project's, or the set already has
     *     a reply of that model with that task key; nothing is stored then
     */
    public void record(String setName, ModelReply reply) throws StoreException {
        synchronized (store) {
            store.write("record the reply to " + reply.taskKey() + " in set '" + setName + "'",
                    c -> {
                        long setId = JudgementTable.setIdOrCreate(c, setName,
                                "collected from language models");
                        ModelReplyTable.insert(c, setId, reply);
                        return null;
                    });
        }
    }

    /**
     * Replaces the failed reply with the same model and task key by a new one (a failure
     * asked again), in one transaction; a parsed new reply also becomes a judgement.
     *
     * @throws StoreException when the set holds no such failed reply; nothing changes then
     */
    public void replaceFailed(String setName, ModelReply reply) throws StoreException {
        synchronized (store) {
            store.write("replace the failed reply to " + reply.taskKey() + " in set '"
                    + setName + "'", c -> {
                        long setId = JudgementTable.setId(c, setName);
                        if (setId < 0 || ModelReplyTable.deleteFailed(c, setId, reply) != 1) {
                            throw new java.sql.SQLException("no failed reply to "
                                    + reply.taskKey() + " of " + reply.model());
                        }
                        ModelReplyTable.insert(c, setId, reply);
                        return null;
                    });
        }
    }

    /**
     * The replies stored in a set, in recording order.
     *
     * @param model only this model's replies; every model's when null
     * @return empty when there is no such set
     */
    public List<ModelReply> replies(String setName, String model) throws StoreException {
        synchronized (store) {
            return store.read("read the model replies of set '" + setName + "'", c -> {
                long setId = JudgementTable.setId(c, setName);
                return setId < 0 ? List.<ModelReply>of() : ModelReplyTable.read(c, setId, model);
            });
        }
    }
}
