package org.triad.collect;

import java.util.Locale;

/**
 * A snapshot of a running collection.
 *
 * @param done triplets finished in this run (parsed, unparseable or failed)
 * @param total triplets this run set out to ask (those already in the log excluded)
 * @param parsed replies that named one item
 * @param unparseable replies that named none or several
 * @param failed triplets with no usable answer
 * @param retries retried requests so far
 * @param perSecond triplets finished per second since the start
 * @param etaSeconds estimated seconds left; NaN before the first triplet finishes
 * @param promptTokens prompt tokens counted by the server
 * @param completionTokens completion tokens counted by the server
 * @param cost estimated cost from the settings' prices
 */
public record CollectionProgress(long done, long total, long parsed, long unparseable,
        long failed, long retries, double perSecond, double etaSeconds, long promptTokens,
        long completionTokens, double cost) {

    /** A one-line summary for a terminal or a status bar. */
    public String describe() {
        String eta = Double.isFinite(etaSeconds) ? String.format(Locale.ROOT, "%.0f s",
                etaSeconds) : "–";
        return String.format(Locale.ROOT, "%d/%d (%d parsed, %d unparseable, %d failed, "
                + "%d retries), %.1f/s, ETA %s, %d+%d tokens, cost %.4f", done, total, parsed,
                unparseable, failed, retries, perSecond, eta, promptTokens, completionTokens,
                cost);
    }
}
