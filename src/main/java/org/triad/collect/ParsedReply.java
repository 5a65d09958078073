package org.triad.collect;

/**
 * What a model's reply names as the odd one out.
 *
 * @param position presentation position 0, 1 or 2 of the chosen item; -1 when unparseable
 * @param how how it was read ("letter", "word", "word+definition") or why it could not be
 */
public record ParsedReply(int position, String how) {

    /** Whether the reply named exactly one item. */
    public boolean parsed() {
        return position >= 0;
    }

    static ParsedReply unparseable(String why) {
        return new ParsedReply(-1, why);
    }
}
