package org.triad.app;

import java.util.Locale;
import org.triad.collect.CollectionProgress;

/** The Collect view's numbers in words. */
final class CollectText {
    private CollectText() {
    }

    /** "40 of 100 triplets". */
    static String done(CollectionProgress p) {
        return String.format(Locale.ROOT, "%,d of %,d triplets", p.done(), p.total());
    }

    /** "3.2 triplets/s". */
    static String rate(CollectionProgress p) {
        return String.format(Locale.ROOT, "%.1f triplets/s", p.perSecond());
    }

    /** "ETA 1 min 5 s", or "ETA —" before the first triplet finishes. */
    static String eta(CollectionProgress p) {
        double seconds = p.done() >= p.total() ? 0 : p.etaSeconds();
        if (!Double.isFinite(seconds)) {
            return "ETA —";
        }
        long whole = Math.round(seconds);
        return whole < 60 ? "ETA " + whole + " s" : whole < 3600
                ? String.format(Locale.ROOT, "ETA %d min %d s", whole / 60, whole % 60)
                : String.format(Locale.ROOT, "ETA %d h %d min", whole / 3600, whole / 60 % 60);
    }

    /** "38 parsed · 1 unparseable · 1 failed · 2 retries". */
    static String outcomes(CollectionProgress p) {
        return String.format(Locale.ROOT, "%,d parsed · %,d unparseable · %,d failed · %,d"
                + " retries", p.parsed(), p.unparseable(), p.failed(), p.retries());
    }

    /** "1,600 + 40 tokens · ≈ 0.0012". */
    static String tokens(CollectionProgress p) {
        return String.format(Locale.ROOT, "%,d prompt + %,d completion tokens · cost ≈ %.4f",
                p.promptTokens(), p.completionTokens(), p.cost());
    }

    /** Where the judgements went, after a run. */
    static String finished(CollectRun.Outcome outcome) {
        CollectionProgress p = outcome.last();
        String how = outcome.cancelled() ? "Cancelled after" : "Finished:";
        String earlier = outcome.earlier() == 0 ? "" : String.format(Locale.ROOT,
                " (%,d of the %,d planned were asked before and skipped)", outcome.earlier(),
                outcome.planned());
        return String.format(Locale.ROOT, "%s %,d of %,d triplets asked%s. %,d parsed"
                + " judgements went to the set '%s'; every reply is in the project's"
                + " model_replies.", how, p.done(), p.total(), earlier, p.parsed(),
                outcome.setName());
    }

    /** At most {@code max} characters of a reply on one line. */
    static String clip(String text, int max) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() <= max ? "'" + line + "'" : "'" + line.substring(0, max - 1) + "…'";
    }
}
