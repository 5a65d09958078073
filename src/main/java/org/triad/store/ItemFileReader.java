package org.triad.store;

import java.nio.file.Path;
import org.triad.model.ItemSet;

/** Reads an item set from a TSV/CSV with a header (THINGS concepts.tsv) or a plain list. */
public final class ItemFileReader {
    private ItemFileReader() {
    }

    /** Reads items; categories are attached from a 27-category membership file when given. */
    public static ItemSet read(Path file, Path categoriesOrNull) throws ImportException {
        throw new UnsupportedOperationException("stub");
    }
}
