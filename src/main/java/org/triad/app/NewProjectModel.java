package org.triad.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.triad.model.ItemSet;
import org.triad.store.ImportException;
import org.triad.store.ItemPreview;
import org.triad.store.ProjectStore;
import org.triad.store.StoreException;

/**
 * The New project wizard's state: an item source (a table, a word list or a folder of images)
 * with an optional categories file, its preview as the store reads it, and the project file to
 * create. Nothing is created until {@link #create}; a rejected source creates nothing.
 */
final class NewProjectModel {
    /** Extension of project files. */
    static final String EXTENSION = ".triad";
    private static final Logger LOG = LoggerFactory.getLogger(NewProjectModel.class);

    private final TaskRunner tasks;
    private final StringProperty source = new SimpleStringProperty("");
    private final StringProperty categories = new SimpleStringProperty("");
    private final StringProperty target = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<ItemPreview> preview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    NewProjectModel(TaskRunner tasks) {
        this.tasks = tasks;
        source.addListener((o, old, now) -> preview.set(null));
        categories.addListener((o, old, now) -> preview.set(null));
    }

    /** The item file or image folder. */
    StringProperty sourceProperty() {
        return source;
    }

    /** The optional category membership file; blank for none. */
    StringProperty categoriesProperty() {
        return categories;
    }

    /** The project file to create. */
    StringProperty targetProperty() {
        return target;
    }

    /** The source as read; null until read, or when it was rejected or changed since. */
    ReadOnlyObjectProperty<ItemPreview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** Why the source or the creation failed (file, line, reason); empty when all is well. */
    ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** True while reading or creating. */
    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True when a preview exists, a file is named and nothing runs. */
    BooleanBinding canCreate() {
        return Bindings.createBooleanBinding(() -> preview.get() != null
                && !target.get().isBlank() && !busy.get(), preview, target, busy);
    }

    /** Reads the source (and categories) in the background and shows what was found. */
    void readSource() {
        if (source.get().isBlank()) {
            error.set("Choose an item file or a folder of images first.");
            return;
        }
        Path file = Path.of(source.get().strip());
        Path categoryFile = categories.get().isBlank() ? null : Path.of(categories.get().strip());
        busy.set(true);
        error.set("");
        tasks.submit("read items", () -> ItemPreview.read(file, categoryFile), read -> {
            busy.set(false);
            preview.set(read);
            if (target.get().isBlank()) {
                target.set(suggestedTarget(file).toString());
            }
        }, failure -> {
            busy.set(false);
            preview.set(null);
            error.set(failure.getMessage());
        });
    }

    /** {@code words.txt} → {@code words.triad} beside it; a folder → {@code <folder>.triad}. */
    static Path suggestedTarget(Path source) {
        Path absolute = source.toAbsolutePath().normalize();
        String name = absolute.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 && !Files.isDirectory(absolute) ? name.substring(0, dot) : name;
        return absolute.resolveSibling(stem + EXTENSION);
    }

    /**
     * Creates the project with the previewed items in the background; {@code onCreated} gets
     * its file. An existing file is never overwritten, and a failure leaves no file behind.
     */
    void create(Consumer<Path> onCreated) {
        ItemPreview read = preview.get();
        if (read == null || target.get().isBlank()) {
            return;
        }
        String name = target.get().strip();
        Path file = Path.of(name.endsWith(EXTENSION) ? name : name + EXTENSION)
                .toAbsolutePath().normalize();
        busy.set(true);
        error.set("");
        tasks.submit("create project", () -> createProject(read, file), created -> {
            busy.set(false);
            onCreated.accept(created);
        }, failure -> {
            busy.set(false);
            error.set(failure.getMessage());
        });
    }

    private static Path createProject(ItemPreview read, Path file)
            throws ImportException, StoreException, IOException {
        if (Files.exists(file)) {
            throw new StoreException(file + " already exists; choose another name (Open… opens"
                    + " it)");
        }
        ItemSet items = read.itemsFor(file);
        boolean done = false;
        try (ProjectStore store = ProjectStore.open(file)) {
            store.setItems(items);
            done = true;
        } finally {
            if (!done) {
                for (String suffix : new String[] {"", "-wal", "-shm", ".lock"}) {
                    Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
                }
            }
        }
        LOG.info("Created project {} with {} items from {}", file, items.size(), read.source());
        return file;
    }
}
