package org.triad.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.triad.collect.Agreement;
import org.triad.collect.AnnotatorAgreement;
import org.triad.collect.SessionStatistics;

/** The words and numbers the Annotate view shows. */
final class AnnotateText {
    private AnnotateText() {
    }

    /** "12 judged · 1 skipped · 14.5 per minute · median 1.32 s". */
    static String statistics(SessionStatistics stats) {
        String median = Double.isNaN(stats.medianResponseMillis()) ? "–"
                : String.format(Locale.ROOT, "%.2f s", stats.medianResponseMillis() / 1000);
        return String.format(Locale.ROOT, "%d judged · %d skipped · %.1f per minute · median %s",
                stats.judged(), stats.skipped(), stats.perMinute(), median);
    }

    /**
     * One line per annotator with repeats ("ann: 83 % consistent on 12 repeats") and per pair
     * sharing triplets ("ann – bob: 71 % agree on 40 shared triplets").
     */
    static String agreement(AnnotatorAgreement summary) {
        List<String> lines = new ArrayList<>();
        summary.consistency().forEach((name, result) -> {
            if (result.triplets() > 0) {
                lines.add(name + ": " + percent(result) + " consistent on " + result.triplets()
                        + " repeated triplets");
            }
        });
        for (AnnotatorAgreement.PairAgreement pair : summary.pairs()) {
            lines.add(pair.first() + " – " + pair.second() + ": " + percent(pair.result())
                    + " agree on " + pair.result().triplets() + " shared triplets");
        }
        return lines.isEmpty() ? "No repeated or shared triplets yet." : String.join("\n", lines);
    }

    private static String percent(Agreement.Result result) {
        return String.format(Locale.ROOT, "%.0f %%", 100 * result.agreement());
    }
}
