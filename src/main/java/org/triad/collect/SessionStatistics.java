package org.triad.collect;

/**
 * Running figures of an annotation session.
 *
 * @param judged live judgements of the session (all sittings)
 * @param skipped live skips
 * @param target judgements the session aims at
 * @param perMinute judgements per minute in the current sitting, from its start to its last
 *     trial; 0 before the first
 * @param medianResponseMillis median response time of the live judgements; NaN when none
 */
public record SessionStatistics(int judged, int skipped, int target, double perMinute,
        double medianResponseMillis) {

    /** Share of the target reached, in [0, 1]. */
    public double progress() {
        return Math.min(1.0, (double) judged / target);
    }
}
