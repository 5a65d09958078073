package org.triad.analysis;

/**
 * The pair values two RSMs are compared on: the off-diagonal upper triangle of their shared
 * items, in the first RSM's row order, without the pairs that are NaN in either. For plots of
 * one RSM against the other.
 *
 * @param first value in the first RSM, per used pair
 * @param second value in the second RSM, per used pair, same length as {@code first}
 * @param skipped shared pairs left out because either value is NaN
 * @param alignment how the item ids were matched
 */
public record ComparedPairs(double[] first, double[] second, long skipped,
        RsmAlignment alignment) {

    /** Number of pairs with a value in both RSMs. */
    public int used() {
        return first.length;
    }
}
