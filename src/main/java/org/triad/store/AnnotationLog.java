package org.triad.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.triad.model.Triplet;

/**
 * The annotation sessions of a project and their trials (docs/FORMATS.md, "Annotation").
 *
 * <p>Every method is one small transaction on the project's connection and returns only when
 * it is committed: a trial that {@link #record} accepted survives the process being killed
 * ({@code synchronous = NORMAL} with a WAL; see docs/FORMATS.md). Calls are serialised on the
 * {@link ProjectStore}, so a log may be used from any thread.
 */
public final class AnnotationLog {
    private static final Logger LOG = LoggerFactory.getLogger(AnnotationLog.class);

    private final ProjectStore store;

    AnnotationLog(ProjectStore store) {
        this.store = store;
    }

    /**
     * Starts a session; its choices join the judgement set {@code spec.setName()}, which is
     * created when missing.
     *
     * @param now the start time
     * @throws StoreException when a category is not one of the project's
     */
    public AnnotationSessionInfo startSession(AnnotationSessionSpec spec, Instant now)
            throws StoreException {
        List<String> known = store.categories();
        for (String category : spec.categories()) {
            if (!known.contains(category)) {
                throw new StoreException(store.file() + " has no item category '" + category
                        + "'");
            }
        }
        AnnotationSessionInfo info;
        synchronized (store) {
            info = store.write("start an annotation session for " + spec.annotator(), c -> {
                long setId = JudgementTable.setIdOrCreate(c, spec.setName(),
                        "annotated in Triad");
                long id = AnnotationTables.insertSession(c, setId, spec, now);
                return AnnotationTables.sessions(c, id).get(0);
            });
        }
        LOG.info("Annotation session {} started: {} with the {} sampler, target {}, set '{}'",
                info.id(), spec.annotator(), spec.sampler(), spec.target(), spec.setName());
        return info;
    }

    /** Marks a session as ended at {@code now}. */
    public void endSession(long sessionId, Instant now) throws StoreException {
        setEnded(sessionId, now, "end");
        LOG.info("Annotation session {} ended", sessionId);
    }

    /** Opens an ended session again, to continue it; its trials go on from where it stopped. */
    public AnnotationSessionInfo reopenSession(long sessionId) throws StoreException {
        setEnded(sessionId, null, "reopen");
        return session(sessionId);
    }

    private void setEnded(long sessionId, Instant ended, String what) throws StoreException {
        synchronized (store) {
            store.write(what + " annotation session " + sessionId, c -> {
                if (!AnnotationTables.setEnded(c, sessionId, ended)) {
                    throw missing(sessionId);
                }
                return null;
            });
        }
    }

    /** Every session, oldest first. */
    public List<AnnotationSessionInfo> sessions() throws StoreException {
        synchronized (store) {
            return store.read("list annotation sessions", c -> AnnotationTables.sessions(c, -1));
        }
    }

    /**
     * One session with its current counts.
     *
     * @throws StoreException when there is no session of that id
     */
    public AnnotationSessionInfo session(long sessionId) throws StoreException {
        synchronized (store) {
            return store.read("read annotation session " + sessionId,
                    c -> existing(c, sessionId));
        }
    }

    /**
     * Commits one trial: a choice becomes a judgement of the session's set (source: the
     * annotator), a skip a row of {@code annotation_skips}.
     *
     * @param trial its number must be the session's next ({@link AnnotationSessionInfo#trials})
     *     so that a trial is never recorded twice; its items must be rows of the item set
     * @throws StoreException on a wrong trial number, an unknown item or session; nothing is
     *     stored then
     */
    public void record(long sessionId, AnnotationTrial trial) throws StoreException {
        checkItems(trial.shown());
        synchronized (store) {
            store.write("record trial " + trial.trial() + " of session " + sessionId, c -> {
                AnnotationSessionInfo info = existing(c, sessionId);
                if (trial.trial() != info.trials()) {
                    throw new StoreException("trial " + trial.trial() + " of annotation session "
                            + sessionId + " is out of turn: the session has " + info.trials()
                            + " trials, so the next is trial " + info.trials());
                }
                long setId = JudgementTable.setId(c, info.spec().setName());
                AnnotationTables.insertTrial(c, sessionId, setId, info.spec().annotator(),
                        trial);
                return null;
            });
        }
    }

    private void checkItems(Triplet shown) throws StoreException {
        int n = store.items().size();
        if (Math.max(shown.a(), Math.max(shown.b(), shown.c())) >= n) {
            throw new StoreException("triplet " + shown + " refers to an item outside the "
                    + n + " items of " + store.file());
        }
    }

    /**
     * Takes back the session's last trial (a choice or a skip): it leaves {@code judgements}
     * or {@code annotation_skips} and is kept in {@code annotation_undos} with the time of the
     * undo.
     *
     * @return the trial taken back; empty when the session has none
     */
    public Optional<AnnotationTrial> undoLast(long sessionId, Instant now)
            throws StoreException {
        synchronized (store) {
            return store.write("undo the last trial of session " + sessionId, c -> {
                existing(c, sessionId);
                List<AnnotationTrial> trials = AnnotationTables.trials(c, sessionId);
                if (trials.isEmpty()) {
                    return Optional.empty();
                }
                AnnotationTrial last = trials.get(trials.size() - 1);
                AnnotationTables.undo(c, sessionId, last, now);
                return Optional.of(last);
            });
        }
    }

    /** The live trials of a session in trial order: choices and skips, not undone ones. */
    public List<AnnotationTrial> trials(long sessionId) throws StoreException {
        synchronized (store) {
            return store.read("read the trials of session " + sessionId, c -> {
                existing(c, sessionId);
                return AnnotationTables.trials(c, sessionId);
            });
        }
    }

    /** The number of trials of a session taken back by undo. */
    public int undoCount(long sessionId) throws StoreException {
        synchronized (store) {
            return store.read("count the undos of session " + sessionId,
                    c -> AnnotationTables.undoCount(c, sessionId));
        }
    }

    private AnnotationSessionInfo existing(Connection c, long sessionId)
            throws SQLException, StoreException {
        List<AnnotationSessionInfo> found = AnnotationTables.sessions(c, sessionId);
        if (found.isEmpty()) {
            throw missing(sessionId);
        }
        return found.get(0);
    }

    private StoreException missing(long sessionId) {
        return new StoreException(store.file() + " has no annotation session with id "
                + sessionId);
    }
}
