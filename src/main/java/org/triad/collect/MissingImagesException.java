package org.triad.collect;

import java.io.IOException;
import java.util.List;

/**
 * A multimodal run was refused before anything was sent, because some items of its triplets
 * have no usable image. The message names them (the first ten) and why.
 */
public final class MissingImagesException extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient List<String> itemIds;

    MissingImagesException(String message, List<String> itemIds) {
        super(message);
        this.itemIds = List.copyOf(itemIds);
    }

    /** The ids of every item without a usable image. */
    public List<String> itemIds() {
        return itemIds;
    }
}
