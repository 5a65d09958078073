package org.triad.store;

import java.time.Instant;

/**
 * A stored annotation session.
 *
 * @param id its row id
 * @param spec how it was set up
 * @param started when it began
 * @param ended when it was last ended; null while open (or after a crash)
 * @param judged its live judgements (undone ones not counted)
 * @param skipped its live skips
 */
public record AnnotationSessionInfo(long id, AnnotationSessionSpec spec, Instant started,
        Instant ended, int judged, int skipped) {

    /** Live trials: the number the next trial gets. */
    public int trials() {
        return judged + skipped;
    }
}
