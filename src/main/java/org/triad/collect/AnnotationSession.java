package org.triad.collect;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.triad.model.Embedding;
import org.triad.model.ItemSet;
import org.triad.model.Triplet;
import org.triad.store.AnnotationLog;
import org.triad.store.AnnotationSessionInfo;
import org.triad.store.AnnotationTrial;
import org.triad.store.StoreException;

/**
 * One person judging triplets: the triplet on screen, its choice, skip and undo, and running
 * statistics. Every choice and skip is committed through the {@link AnnotationLog} before the
 * next triplet becomes current, so a judgement the screen accepted survives the process being
 * killed; a failed write leaves the session where it was. The triplet after the current one is
 * drawn in advance, so advancing costs one small commit and no sampling.
 *
 * <p>Presentation order is random per trial (seeded): {@link #current()} is (left, middle,
 * right). Methods are synchronized; a session may be driven from a worker thread.
 */
public final class AnnotationSession {
    private final AnnotationLog log;
    private final long id;
    private final int target;
    private final TripletSampler sampler;
    private final SplittableRandom order;
    private final Clock clock;
    private final Deque<Triplet> ahead = new ArrayDeque<>();
    private final List<Long> responseTimes = new ArrayList<>();
    private final int sittingFirstTrial;
    private final Instant sittingStart;
    private Triplet current;
    private int trial;
    private int judged;
    private int skipped;
    private int judgedThisSitting;
    private Instant lastTrialTime;

    private AnnotationSession(AnnotationLog log, AnnotationSessionInfo info,
            List<AnnotationTrial> earlier, TripletSampler sampler, SplittableRandom order,
            Clock clock) {
        this.log = log;
        this.id = info.id();
        this.target = info.spec().target();
        this.sampler = sampler;
        this.order = order;
        this.clock = clock;
        for (AnnotationTrial t : earlier) {
            sampler.restore(t.shown());
            count(t, 1);
        }
        this.trial = earlier.size();
        this.sittingFirstTrial = trial;
        this.sittingStart = clock.instant();
        advance();
    }

    /**
     * Starts a new session and draws its first triplet.
     *
     * @param embedding the model for active sampling; may be null for other samplers
     * @throws StoreException when the session cannot be stored
     * @throws IllegalArgumentException when the subset has fewer than 3 items or active
     *     sampling has no embedding
     */
    public static AnnotationSession start(AnnotationLog log, ItemSet items, SessionPlan plan,
            Embedding embedding, Clock clock) throws StoreException {
        int[] pool = ItemSubset.of(items, plan.categories());
        TripletSampler sampler = plan.sampler().create(pool, embedding,
                sitting(plan.sampler().seed(), 0));
        AnnotationSessionInfo info = log.startSession(plan.toSpec(), clock.instant());
        return new AnnotationSession(log, info, List.of(), sampler,
                sitting(plan.sampler().seed(), 0).split(), clock);
    }

    /**
     * Continues a stored session where it stopped (after an end, a crash or a kill): its
     * trials are replayed into the sampler, and the new sitting draws from a stream of the
     * session's seed and its trial count, so it does not repeat the first sitting's triplets.
     */
    public static AnnotationSession resume(AnnotationLog log, ItemSet items, long sessionId,
            Embedding embedding, Clock clock) throws StoreException {
        AnnotationSessionInfo info = log.reopenSession(sessionId);
        SamplerSettings settings = SamplerSettings.fromJson(info.spec().sampler(),
                info.spec().samplerSettings());
        List<AnnotationTrial> earlier = log.trials(sessionId);
        int[] pool = ItemSubset.of(items, info.spec().categories());
        TripletSampler sampler = settings.create(pool, embedding,
                sitting(settings.seed(), earlier.size()));
        return new AnnotationSession(log, info, earlier, sampler,
                sitting(settings.seed(), earlier.size()).split(), clock);
    }

    /** The stream of a sitting that starts at trial {@code first}: the seed itself at 0. */
    private static SplittableRandom sitting(long seed, int first) {
        return new SplittableRandom(seed + 0x9E3779B97F4A7C15L * first);
    }

    /** The session's id in the project file. */
    public synchronized long id() {
        return id;
    }

    /**
     * The triplet on screen as (left, middle, right) item indices.
     *
     * @return null when the session is finished: the target is reached or the sampler ended
     */
    public synchronized Triplet current() {
        return current;
    }

    /** The triplet drawn to come after the current one, for preloading; null when none. */
    public synchronized Triplet upcoming() {
        return ahead.peek();
    }

    /** The number of the current trial (0-based, counting skips). */
    public synchronized int trial() {
        return trial;
    }

    /** Whether there is nothing left to judge. */
    public synchronized boolean finished() {
        return current == null;
    }

    /**
     * Records the item at a position of the current triplet as the odd one out, commits it, and
     * makes the next triplet current.
     *
     * @param position 0 left, 1 middle, 2 right
     * @param responseMillis from the triplet appearing to the choice; −1 when unknown
     * @return the trial as stored
     * @throws StoreException when it could not be stored; the triplet stays current
     */
    public synchronized AnnotationTrial choose(int position, long responseMillis)
            throws StoreException {
        Triplet shown = requireCurrent();
        int odd = switch (position) {
            case 0 -> shown.a();
            case 1 -> shown.b();
            case 2 -> shown.c();
            default -> throw new IllegalArgumentException("position " + position
                    + " is not 0, 1 or 2");
        };
        return commit(new AnnotationTrial(trial, shown, odd, clock.instant(), responseMillis));
    }

    /** Records the current triplet as skipped, commits it, and moves on. */
    public synchronized AnnotationTrial skip(long responseMillis) throws StoreException {
        Triplet shown = requireCurrent();
        return commit(new AnnotationTrial(trial, shown, AnnotationTrial.SKIPPED, clock.instant(),
                responseMillis));
    }

    private AnnotationTrial commit(AnnotationTrial stored) throws StoreException {
        log.record(id, stored);
        count(stored, 1);
        judgedThisSitting += stored.skipped() ? 0 : 1;
        lastTrialTime = stored.time();
        trial++;
        advance();
        return stored;
    }

    /**
     * Takes back the last trial of the session (a choice or a skip, also one of an earlier
     * sitting) and shows its triplet again in the same order; the triplet that was current
     * comes next.
     *
     * @return the trial taken back; empty when there is none
     */
    public synchronized Optional<AnnotationTrial> undo() throws StoreException {
        Optional<AnnotationTrial> undone = log.undoLast(id, clock.instant());
        undone.ifPresent(t -> {
            count(t, -1);
            judgedThisSitting -= !t.skipped() && t.trial() >= sittingFirstTrial ? 1 : 0;
            if (current != null) {
                ahead.push(current);
            }
            current = t.shown();
            trial = t.trial();
        });
        return undone;
    }

    /** Running figures for the screen. */
    public synchronized SessionStatistics statistics() {
        double minutes = lastTrialTime == null ? 0
                : (lastTrialTime.toEpochMilli() - sittingStart.toEpochMilli()) / 60_000.0;
        double rate = minutes > 0 ? judgedThisSitting / minutes : 0;
        return new SessionStatistics(judged, skipped, target, rate, median());
    }

    private double median() {
        long[] sorted = responseTimes.stream().mapToLong(Long::longValue).filter(ms -> ms >= 0)
                .toArray();
        if (sorted.length == 0) {
            return Double.NaN;
        }
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }

    /** Ends the session in the project file; it can be continued with {@link #resume}. */
    public synchronized void end() throws StoreException {
        log.endSession(id, clock.instant());
    }

    private Triplet requireCurrent() {
        if (current == null) {
            throw new IllegalStateException("annotation session " + id + " is finished");
        }
        return current;
    }

    /** Adds ({@code sign} 1) or removes (−1) a trial from the running counts. */
    private void count(AnnotationTrial t, int sign) {
        if (t.skipped()) {
            skipped += sign;
        } else {
            judged += sign;
            if (sign > 0) {
                responseTimes.add(t.responseMillis());
            } else {
                responseTimes.remove(responseTimes.size() - 1);
            }
        }
    }

    /**
     * Makes the next triplet current (or none at the target), then draws the one after; the
     * triplet current until now has been recorded.
     */
    private void advance() {
        if (judged >= target) {
            current = null;
            return;
        }
        current = ahead.isEmpty() ? draw() : ahead.pop();
        if (current != null && ahead.isEmpty()) {
            Triplet next = draw();
            if (next != null) {
                ahead.add(next);
            }
        }
    }

    /** A triplet of the sampler in a random presentation order; null when it has ended. */
    private Triplet draw() {
        Triplet t = sampler.next();
        if (t == null) {
            return null;
        }
        int[] items = {t.a(), t.b(), t.c()};
        for (int i = 2; i > 0; i--) {
            int j = order.nextInt(i + 1);
            int swap = items[i];
            items[i] = items[j];
            items[j] = swap;
        }
        return new Triplet(items[0], items[1], items[2]);
    }
}
