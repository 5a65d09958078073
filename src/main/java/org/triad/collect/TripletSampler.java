package org.triad.collect;

import org.triad.model.Triplet;

/**
 * Draws the triplets of an annotation session. A sampler is seeded and single-threaded; the
 * session randomises the order in which a drawn triplet is shown.
 */
public interface TripletSampler {
    /**
     * The next triplet to show, as three item indices in no particular order; the sampler
     * counts it as shown.
     *
     * @return null when the sampler has nothing more to show (the end of a fixed list)
     */
    Triplet next();

    /**
     * Tells the sampler about a triplet shown in an earlier sitting of the session, in trial
     * order, so that a continued session goes on where it stopped (coverage counts, repeat
     * candidates, position in a list).
     */
    void restore(Triplet shown);
}
