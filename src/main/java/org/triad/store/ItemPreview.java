package org.triad.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.triad.model.Item;
import org.triad.model.ItemSet;

/**
 * An item source read in full before a project is made of it: what kind of source it is,
 * which columns were taken for what, and every item. The New project wizard shows it, so that
 * the wizard never parses files itself.
 *
 * @param source the file or folder read
 * @param layout the detected format and columns
 * @param items every item, in the order the project will hold them
 * @param ignoredFiles files of an image folder that are not images; 0 for files
 */
public record ItemPreview(Path source, Layout layout, ItemSet items, int ignoredFiles) {
    /** The kinds of item source. */
    public enum Format {
        TSV_TABLE("tab-separated table with a header"),
        CSV_TABLE("comma-separated table with a header"),
        PLAIN_LIST("plain list, one label per line (the label is the id)"),
        IMAGE_FOLDER("folder of images (file name = id and label)");

        private final String description;

        Format(String description) {
            this.description = description;
        }

        /** The format in words. */
        public String description() {
            return description;
        }
    }

    /** What a column of a table is read as. */
    public enum Role {
        ID, LABEL, DEFINITION, IMAGE, IGNORED
    }

    /** One header field of a table and what it is read as. */
    public record Column(String header, Role role) {
    }

    /** A source's format and, for tables, its columns in file order. */
    public record Layout(Format format, List<Column> columns) {
        /** Copies the columns. */
        public Layout {
            columns = List.copyOf(columns);
        }
    }

    /**
     * Reads an item source: a folder of images ({@link ImageFolderReader}), else a table with a
     * header or a plain list ({@link ItemFileReader}).
     *
     * @param categoriesOrNull a category membership file, one row per item, or null
     * @throws ImportException naming the file, the line and the reason of the first problem
     */
    public static ItemPreview read(Path source, Path categoriesOrNull) throws ImportException {
        if (!Files.exists(source)) {
            throw new ImportException(source, 0, "does not exist");
        }
        if (Files.isDirectory(source)) {
            ImageFolderReader.Result folder = ImageFolderReader.read(source, categoriesOrNull);
            return new ItemPreview(source, new Layout(Format.IMAGE_FOLDER, List.of()),
                    folder.items(), folder.ignoredFiles());
        }
        Layout layout = ItemFileReader.describe(source);
        return new ItemPreview(source, layout, ItemFileReader.read(source, categoriesOrNull), 0);
    }

    /** The first {@code count} items (fewer when the source holds fewer). */
    public List<Item> firstItems(int count) {
        return items.items().subList(0, Math.min(count, items.size()));
    }

    /**
     * The items as a project file at {@code projectFile} stores them: the absolute image paths
     * of an image folder become relative to the project's folder, with {@code /}, as
     * {@link ProjectStore#resolveImage} expects. Items of a file keep their image column.
     *
     * @throws ImportException when the images are not inside the project's folder (a project
     *     never reads files outside its folder)
     */
    public ItemSet itemsFor(Path projectFile) throws ImportException {
        if (layout.format() != Format.IMAGE_FOLDER) {
            return items;
        }
        Path base = projectFile.toAbsolutePath().normalize().getParent();
        Path folder = source.toAbsolutePath().normalize();
        if (!folder.startsWith(base)) {
            throw new ImportException(source, 0, "is not inside the project's folder " + base
                    + "; image paths are stored relative to the project, so save the project"
                    + " in " + folder.getParent() + " or a folder above it");
        }
        List<Item> rebased = new ArrayList<>(items.size());
        for (Item item : items.items()) {
            String relative = base.relativize(Path.of(item.image())).toString()
                    .replace('\\', '/');
            rebased.add(new Item(item.id(), item.label(), item.definition(), relative,
                    item.categories()));
        }
        return new ItemSet(rebased);
    }
}
