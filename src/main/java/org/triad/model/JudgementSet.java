package org.triad.model;

import java.util.Arrays;
import java.util.List;

/**
 * Judgements grouped for training or testing, packed for speed: judgement {@code t} keeps the
 * pair ({@code keptA(t)}, {@code keptB(t)}) together and names {@code odd(t)} as the odd one
 * out. Indices are 0-based rows of an item set of {@code itemCount} items. Immutable.
 */
public final class JudgementSet {
    private final String name;
    private final int itemCount;
    private final int[] packed;

    /**
     * @param name display name, e.g. "human"
     * @param itemCount size of the item set the indices refer to
     * @param packed 3 ints per judgement: kept, kept, odd; copied
     * @throws IllegalArgumentException on an index out of range or a repeated item
     */
    public JudgementSet(String name, int itemCount, int[] packed) {
        if (packed.length % 3 != 0) {
            throw new IllegalArgumentException("packed length " + packed.length
                    + " is not a multiple of 3");
        }
        this.name = name;
        this.itemCount = itemCount;
        this.packed = packed.clone();
        for (int t = 0; t < size(); t++) {
            check(t);
        }
    }

    /** Packs a list of judgements. */
    public static JudgementSet of(String name, int itemCount, List<Judgement> judgements) {
        int[] packed = new int[judgements.size() * 3];
        for (int t = 0; t < judgements.size(); t++) {
            Judgement judgement = judgements.get(t);
            packed[3 * t] = judgement.keptA();
            packed[3 * t + 1] = judgement.keptB();
            packed[3 * t + 2] = judgement.odd();
        }
        return new JudgementSet(name, itemCount, packed);
    }

    /**
     * The judgements of several sets, in the given order, as one set.
     *
     * @param newName name of the combined set
     * @param sets at least one set; all must index the same number of items
     * @throws IllegalArgumentException when the sets index different item counts
     */
    public static JudgementSet concat(String newName, List<JudgementSet> sets) {
        int itemCount = sets.get(0).itemCount;
        int total = 0;
        for (JudgementSet set : sets) {
            if (set.itemCount != itemCount) {
                throw new IllegalArgumentException("'" + set.name + "' indexes " + set.itemCount
                        + " items, '" + sets.get(0).name + "' " + itemCount);
            }
            total += set.packed.length;
        }
        int[] packed = new int[total];
        int offset = 0;
        for (JudgementSet set : sets) {
            System.arraycopy(set.packed, 0, packed, offset, set.packed.length);
            offset += set.packed.length;
        }
        return new JudgementSet(newName, itemCount, packed);
    }

    private void check(int t) {
        int a = packed[3 * t];
        int b = packed[3 * t + 1];
        int c = packed[3 * t + 2];
        if (a < 0 || b < 0 || c < 0 || a >= itemCount || b >= itemCount || c >= itemCount) {
            throw new IllegalArgumentException("judgement " + t + " has an index outside 0.."
                    + (itemCount - 1));
        }
        if (a == b || a == c || b == c) {
            throw new IllegalArgumentException("judgement " + t + " repeats an item");
        }
    }

    /** Display name. */
    public String name() {
        return name;
    }

    /** Number of items in the item set the indices refer to. */
    public int itemCount() {
        return itemCount;
    }

    /** Number of judgements. */
    public int size() {
        return packed.length / 3;
    }

    /** First item of the kept pair of judgement t. */
    public int keptA(int t) {
        return packed[3 * t];
    }

    /** Second item of the kept pair of judgement t. */
    public int keptB(int t) {
        return packed[3 * t + 1];
    }

    /** Odd one out of judgement t. */
    public int odd(int t) {
        return packed[3 * t + 2];
    }

    /** A copy of the packed array (kept, kept, odd per judgement). */
    public int[] toPackedArray() {
        return packed.clone();
    }

    /** The judgements at the given positions, in that order, as a new set. */
    public JudgementSet select(String newName, int[] positions) {
        int[] out = new int[positions.length * 3];
        for (int s = 0; s < positions.length; s++) {
            System.arraycopy(packed, 3 * positions[s], out, 3 * s, 3);
        }
        return new JudgementSet(newName, itemCount, out);
    }

    @Override
    public String toString() {
        return "JudgementSet[" + name + ", " + size() + " judgements, " + itemCount + " items]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JudgementSet set && set.itemCount == itemCount
                && set.name.equals(name) && Arrays.equals(set.packed, packed);
    }

    @Override
    public int hashCode() {
        return 31 * name.hashCode() + Arrays.hashCode(packed);
    }
}
