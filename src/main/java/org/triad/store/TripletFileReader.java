package org.triad.store;

import java.nio.file.Path;
import java.util.List;
import org.triad.model.Judgement;

/** Reads SPoSE triplet text files: {@code i j k [participant]}, 0-based, k the odd one out. */
public final class TripletFileReader {
    private TripletFileReader() {
    }

    /** Reads every line or rejects the file with the first bad line's number and reason. */
    public static List<Judgement> read(Path file, int itemCount, String source)
            throws ImportException {
        throw new UnsupportedOperationException("stub");
    }
}
