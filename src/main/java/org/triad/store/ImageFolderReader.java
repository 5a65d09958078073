package org.triad.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.triad.model.Item;
import org.triad.model.ItemSet;

/**
 * Reads an item set from a folder of images: one item per image file directly in the folder
 * (sub-folders are not searched), its file name without the extension as both id and label,
 * items sorted by file name. Files of other kinds are ignored and counted. The image paths of
 * the items are absolute; {@link ItemPreview#itemsFor} makes them relative to a project.
 */
public final class ImageFolderReader {
    /** Extensions read as images, lower case. */
    public static final Set<String> EXTENSIONS = Set.of("jpg", "jpeg", "png", "webp", "gif");

    private ImageFolderReader() {
    }

    /** The items of a folder and how many files in it were not images. */
    public record Result(ItemSet items, int ignoredFiles) {
    }

    /**
     * @param folder the folder that holds the images
     * @param categoriesOrNull a category membership file with one row per image in sorted
     *     order (see {@link ItemFileReader#read}), or null
     * @throws ImportException when the folder is missing or unreadable, holds no images, or
     *     two images share a name (such as {@code a.jpg} and {@code a.png})
     */
    public static Result read(Path folder, Path categoriesOrNull) throws ImportException {
        if (!Files.isDirectory(folder)) {
            throw new ImportException(folder, 0, "is not a folder");
        }
        List<Path> files = files(folder);
        List<Path> images = files.stream().filter(ImageFolderReader::isImage).toList();
        if (images.isEmpty()) {
            throw new ImportException(folder, 0, "holds no images (" + String.join(", ",
                    EXTENSIONS.stream().sorted().toList()) + ")"
                    + (files.isEmpty() ? "" : "; " + files.size() + " other files"));
        }
        List<List<String>> categories = categoriesOrNull == null ? null
                : CategoryFileReader.read(categoriesOrNull, images.size());
        Map<String, String> seen = new HashMap<>();
        List<Item> items = new ArrayList<>(images.size());
        for (int i = 0; i < images.size(); i++) {
            Path image = images.get(i);
            String name = image.getFileName().toString();
            String id = name.substring(0, name.lastIndexOf('.'));
            String previous = seen.putIfAbsent(id, name);
            if (previous != null) {
                throw new ImportException(folder, 0, "the images " + previous + " and " + name
                        + " would both be item '" + id + "'; item ids must be unique");
            }
            items.add(new Item(id, id, "", image.toAbsolutePath().normalize().toString(),
                    categories == null ? List.of() : categories.get(i)));
        }
        return new Result(new ItemSet(items), files.size() - images.size());
    }

    private static List<Path> files(Path folder) throws ImportException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().startsWith("."))
                    .sorted((a, b) -> a.getFileName().toString()
                            .compareTo(b.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new ImportException(folder, 0, "cannot be read: " + e.getMessage());
        }
    }

    private static boolean isImage(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
