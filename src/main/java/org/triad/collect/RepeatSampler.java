package org.triad.collect;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.triad.model.Triplet;

/**
 * Shows a set fraction of earlier triplets again, for per-annotator consistency and the noise
 * ceiling; the rest come from a base sampler. Each trial is a repeat with probability
 * {@code fraction} while some earlier triplet is eligible: one shown for the first time at least
 * {@link #MIN_GAP} trials back (so the answer is not simply remembered) and not yet repeated.
 * The session shows a repeat in a fresh random order.
 */
public final class RepeatSampler implements TripletSampler {
    /** Trials that must pass before a triplet may come back. */
    public static final int MIN_GAP = 5;

    private final TripletSampler base;
    private final double fraction;
    private final SplittableRandom random;
    private final Set<Long> seen = new HashSet<>();
    private final Deque<Shown> waiting = new ArrayDeque<>();
    private final List<Triplet> eligible = new ArrayList<>();
    private int trial;

    /** A first showing and its trial. */
    private record Shown(Triplet triplet, int trial) {
    }

    /**
     * @param base draws the triplets shown for the first time
     * @param fraction share of trials that are repeats, in [0, 0.5]
     * @param random the seeded source of the choices
     */
    public RepeatSampler(TripletSampler base, double fraction, SplittableRandom random) {
        if (!(fraction >= 0 && fraction <= 0.5)) {
            throw new IllegalArgumentException("repeat fraction " + fraction
                    + " is not in [0, 0.5]");
        }
        this.base = base;
        this.fraction = fraction;
        this.random = random;
    }

    @Override
    public Triplet next() {
        makeEligible();
        Triplet triplet;
        if (!eligible.isEmpty() && random.nextDouble() < fraction) {
            triplet = eligible.remove(random.nextInt(eligible.size()));
        } else {
            triplet = base.next();
            if (triplet != null && seen.add(Agreement.key(triplet))) {
                waiting.add(new Shown(triplet, trial));
            }
        }
        trial++;
        return triplet;
    }

    private void makeEligible() {
        while (!waiting.isEmpty() && waiting.peek().trial() + MIN_GAP <= trial) {
            eligible.add(waiting.poll().triplet());
        }
    }

    @Override
    public void restore(Triplet shown) {
        base.restore(shown);
        makeEligible();
        long key = Agreement.key(shown);
        if (seen.add(key)) {
            waiting.add(new Shown(shown, trial));
        } else {
            // A second showing uses up the triplet's one repeat.
            eligible.removeIf(t -> Agreement.key(t) == key);
            waiting.removeIf(s -> Agreement.key(s.triplet()) == key);
        }
        trial++;
    }
}
