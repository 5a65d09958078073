package org.triad.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;
import org.triad.model.Item;

/**
 * Turns paths stored in a project file into files, only inside the project's folder. A project
 * file may come from anyone, so what it names is treated as untrusted input.
 */
final class ProjectPaths {
    /** A URI scheme ({@code http:}, {@code file:}) or a Windows drive ({@code C:}). */
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    private ProjectPaths() {
    }

    /**
     * @param folder the folder that holds the project file
     * @return the image file, or empty when the item has none
     * @throws StoreException when the path is absolute, a URI or a drive path, or leads out
     *     of the folder by {@code ..} or by a symbolic link
     */
    static Optional<Path> resolveImage(Path folder, Item item) throws StoreException {
        String image = item.image().strip();
        if (image.isEmpty()) {
            return Optional.empty();
        }
        String relative = image.replace('\\', '/');
        if (relative.startsWith("/") || SCHEME.matcher(relative).find()) {
            throw refused(item, "is absolute; image paths must be relative to the project's"
                    + " folder " + folder);
        }
        Path base = folder.toAbsolutePath().normalize();
        Path resolved;
        try {
            resolved = base.resolve(relative).normalize();
        } catch (InvalidPathException e) {
            throw refused(item, "is not a valid path: " + e.getReason());
        }
        if (!resolved.startsWith(base) || resolved.equals(base)) {
            throw refused(item, "leads outside the project's folder " + base);
        }
        checkLinks(item, base, resolved);
        return Optional.of(resolved);
    }

    /**
     * A link inside the folder may point anywhere; compare where the deepest part of the path
     * that exists really leads. A dangling link is refused too: writing through it would
     * create its target, wherever that is.
     */
    private static void checkLinks(Item item, Path base, Path resolved) throws StoreException {
        Path existing = resolved;
        while (!Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        try {
            if (!Files.exists(existing)
                    || !existing.toRealPath().startsWith(base.toRealPath())) {
                throw refused(item, "leads outside the project's folder " + base
                        + " through a symbolic link");
            }
        } catch (IOException e) {
            throw refused(item, "cannot be resolved: " + e.getMessage());
        }
    }

    private static StoreException refused(Item item, String reason) {
        return new StoreException("the image path '" + item.image() + "' of item '" + item.id()
                + "' " + reason);
    }
}
