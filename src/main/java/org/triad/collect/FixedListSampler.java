package org.triad.collect;

import java.util.List;
import org.triad.model.Triplet;

/** Shows a given list of triplets (an imported test set) in its order, then ends. */
public final class FixedListSampler implements TripletSampler {
    private final List<Triplet> triplets;
    private int position;

    /** @param triplets the triplets in the order to show them; copied */
    public FixedListSampler(List<Triplet> triplets) {
        this.triplets = List.copyOf(triplets);
    }

    @Override
    public Triplet next() {
        return position < triplets.size() ? triplets.get(position++) : null;
    }

    @Override
    public void restore(Triplet shown) {
        position++;
    }

    /** Number of triplets in the list. */
    public int size() {
        return triplets.size();
    }
}
