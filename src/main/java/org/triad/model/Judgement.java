package org.triad.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A triplet plus the item chosen as the odd one out.
 *
 * @param triplet the three items in presentation order where known
 * @param odd index of the odd one out; one of the triplet's items
 * @param source who or what chose (annotator name, model id, vector annotator)
 * @param participant participant number from an imported file, -1 when unknown
 * @param time when the choice was made, null when unknown
 * @param responseMillis response time in milliseconds, -1 when unknown
 */
public record Judgement(Triplet triplet, int odd, String source, int participant, Instant time,
        long responseMillis) {

    /** Checks that the odd one out belongs to the triplet. */
    public Judgement {
        Objects.requireNonNull(triplet, "triplet");
        if (!triplet.contains(odd)) {
            throw new IllegalArgumentException("odd one out " + odd + " is not in " + triplet);
        }
        source = source == null ? "" : source;
    }

    /** A judgement as SPoSE files store it: kept pair first, odd one out last. */
    public static Judgement ofSpose(int keptA, int keptB, int odd, String source) {
        return new Judgement(new Triplet(keptA, keptB, odd), odd, source, -1, null, -1);
    }

    /** First item of the pair kept together. */
    public int keptA() {
        return triplet.a() == odd ? triplet.b() : triplet.a();
    }

    /** Second item of the pair kept together. */
    public int keptB() {
        return triplet.c() == odd ? triplet.b() : triplet.c();
    }
}
