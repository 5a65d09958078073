package org.triad.collect;

import java.nio.file.Path;
import java.util.Optional;
import org.triad.model.Item;

/**
 * Finds the image file of an item, e.g. {@code ProjectStore::resolveImage} wrapped to turn its
 * {@code StoreException} into {@link ImageResolver.Refused}.
 */
@FunctionalInterface
public interface ImageResolver {
    /**
     * @return the file, or empty when the item has no image
     * @throws Refused when the item names an image that may not be read (e.g. outside the
     *     project's folder); the message says why
     */
    Optional<Path> find(Item item) throws Refused;

    /** An image path that may not be used. */
    final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        /** @param message why, naming the path */
        public Refused(String message) {
            super(message);
        }
    }
}
