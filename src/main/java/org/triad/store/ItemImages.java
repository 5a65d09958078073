package org.triad.store;

import java.nio.file.Path;
import java.util.Optional;
import org.triad.model.Item;

/**
 * Finds items' image files relative to a folder, with the same safety rules as a project's
 * images (see {@link ProjectStore#resolveImage}); used for item files read outside a project.
 */
public final class ItemImages {
    private ItemImages() {
    }

    /**
     * @param folder the folder the item's image path is relative to
     * @return the image file, or empty when the item names none
     * @throws StoreException when the path is absolute, a URI, or leads out of the folder
     */
    public static Optional<Path> resolve(Path folder, Item item) throws StoreException {
        return ProjectPaths.resolveImage(folder, item);
    }
}
