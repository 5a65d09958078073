package org.triad.analysis;

import java.util.List;

/**
 * One statistic comparing two RSMs, with what it was computed on.
 *
 * @param method the statistic
 * @param value its value in [−1, 1]; NaN when undefined on these pairs (e.g. one RSM is
 *        constant over them, or fewer than two pairs remain)
 * @param pairsUsed shared off-diagonal pairs i &lt; j where neither RSM is NaN
 * @param pairsSkipped shared off-diagonal pairs left out because either RSM is NaN there;
 *        pairsUsed + pairsSkipped = m(m−1)/2 for m shared items
 * @param itemsInFirst rows of the first RSM
 * @param itemsInSecond rows of the second RSM
 * @param sharedItems items present in both, the m the statistic is computed on
 * @param onlyInFirst ids only in the first RSM
 * @param onlyInSecond ids only in the second RSM
 * @param warning empty when the item sets match and at least two pairs were used; otherwise
 *        a sentence for the user (which ids are missing, or that the value is undefined)
 */
public record ComparisonResult(ComparisonMethod method, double value, long pairsUsed,
        long pairsSkipped, int itemsInFirst, int itemsInSecond, int sharedItems,
        List<String> onlyInFirst, List<String> onlyInSecond, String warning) {

    /** Copies the lists so that the result is immutable. */
    public ComparisonResult {
        onlyInFirst = List.copyOf(onlyInFirst);
        onlyInSecond = List.copyOf(onlyInSecond);
    }

    /** Whether the statistic was computed on exactly the items of both RSMs. */
    public boolean itemSetsMatch() {
        return onlyInFirst.isEmpty() && onlyInSecond.isEmpty();
    }
}
