package org.triad.collect;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.triad.model.JudgementSet;
import org.triad.model.Triplet;
import org.triad.store.ImportException;
import org.triad.store.TripletFileReader;

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

    /**
     * The triplets of a SPoSE file ({@code i j k} per line, 0-based), in file order; the
     * answers in it are ignored, since the list is to be answered again.
     *
     * @param itemCount the project's item count, which every index must be below
     */
    public static List<Triplet> read(Path file, int itemCount) throws ImportException {
        JudgementSet set = TripletFileReader.readPacked(file, itemCount);
        List<Triplet> triplets = new ArrayList<>(set.size());
        for (int t = 0; t < set.size(); t++) {
            triplets.add(new Triplet(set.keptA(t), set.keptB(t), set.odd(t)));
        }
        return triplets;
    }
}
