package org.triad.app;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.triad.analysis.WeightHistogram;
import org.triad.model.Embedding;
import org.triad.model.Item;
import org.triad.model.ItemSet;
import org.triad.store.EmbeddingFiles;
import org.triad.store.EmbeddingInfo;

/**
 * State of the Dimensions view: one row per dimension of the selected embedding, with its
 * label, weight sum and highest-loading items; label edits (saved at once, undoable), label
 * import and the exports. The selected dimension, an item's profile and the scatter live in
 * the sub-models {@link #detail()}, {@link #profile()} and {@link #scatter()}. Loads in the
 * background; the newest selection wins.
 */
public final class DimensionsViewModel {
    /** Items listed per dimension when the view opens. */
    static final int TOP_ITEMS = 10;
    /** Fewest and most items the strip can show. */
    static final int MIN_TOP_ITEMS = 5;
    static final int MAX_TOP_ITEMS = 30;

    /**
     * One dimension for display.
     *
     * @param number 1-based column number
     * @param label the dimension's label, empty when unlabelled
     * @param sum sum of its weights over all items (L1)
     * @param max its largest weight
     * @param topItems the {@link #MAX_TOP_ITEMS} items that load highest on it, highest first
     */
    public record DimensionRow(int number, String label, double sum, double max,
            List<Item> topItems) {
        /** The label, or "Dimension N" when there is none. */
        public String title() {
            return label.isEmpty() ? "Dimension " + number : label;
        }
    }

    /** A loaded embedding with everything the rows need. */
    private record Loaded(EmbeddingInfo info, Embedding embedding, List<DimensionRow> rows,
            Map<String, Path> images) {
    }

    private final Workbench workbench;
    private final ObservableList<DimensionRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Embedding> embedding = new ReadOnlyObjectWrapper<>();
    private final IntegerProperty topCount = new SimpleIntegerProperty(TOP_ITEMS);
    private final Deque<List<String>> undo = new ArrayDeque<>();
    private final DimensionDetailModel detail;
    private final ItemProfileModel profile;
    private final ScatterModel scatter;
    private Map<String, Path> images = Map.of();
    private EmbeddingInfo shown;
    private long generation;

    /** Follows the workbench's selected embedding. */
    public DimensionsViewModel(Workbench workbench) {
        this.workbench = workbench;
        ItemSet items = workbench.project().items();
        detail = new DimensionDetailModel(items, workbench.dialogs(), workbench.tasks());
        profile = new ItemProfileModel(items);
        scatter = new ScatterModel(items, profile);
        embedding.addListener((o, old, now) -> {
            detail.setEmbedding(now);
            profile.setEmbedding(now);
            scatter.setEmbedding(now);
        });
        workbench.selectedEmbeddingProperty().addListener((o, old, now) -> show(now));
        show(workbench.selectedEmbeddingProperty().get());
    }

    private void show(EmbeddingInfo info) {
        long request = ++generation;
        undo.clear();
        canUndo.set(false);
        if (info == null) {
            shown = null;
            rows.clear();
            embedding.set(null);
            summary.set("No embedding selected.");
            return;
        }
        loading.set(true);
        summary.set("Loading " + info.name() + "…");
        ProjectSession project = workbench.project();
        workbench.tasks().submit("dimensions", () -> {
            Embedding loaded = project.embedding(info.id());
            List<DimensionRow> built = rowsOf(loaded, project.items());
            return new Loaded(info, loaded, built, imagesOf(built, project));
        }, result -> {
            if (request == generation) {
                apply(result);
            }
        }, failure -> {
            if (request == generation) {
                loading.set(false);
                summary.set("Could not load " + info.name() + ".");
                workbench.dialogs().showError("Could not load the embedding", failure);
            }
        });
    }

    private void apply(Loaded result) {
        loading.set(false);
        shown = result.info();
        images = result.images();
        rows.setAll(result.rows());
        embedding.set(result.embedding());
        summary.set(String.format(Locale.ROOT, "%d dimensions · %,d items",
                result.rows().size(), result.embedding().itemCount()));
    }

    /** Builds the rows of an embedding whose rows follow {@code items}. */
    static List<DimensionRow> rowsOf(Embedding embedding, ItemSet items) {
        List<DimensionRow> result = new ArrayList<>(embedding.dims());
        for (int dim = 0; dim < embedding.dims(); dim++) {
            result.add(rowOf(embedding, items, dim));
        }
        return result;
    }

    private static DimensionRow rowOf(Embedding embedding, ItemSet items, int dim) {
        double sum = 0;
        double max = 0;
        for (float weight : embedding.column(dim)) {
            sum += weight;
            max = Math.max(max, weight);
        }
        List<Item> top = embedding.topItems(dim, MAX_TOP_ITEMS).stream().map(items::get)
                .toList();
        String label = embedding.labels().isEmpty() ? "" : embedding.labels().get(dim);
        return new DimensionRow(dim + 1, label, sum, max, top);
    }

    /** Image files of the items that any strip can show; items without one are left out. */
    private static Map<String, Path> imagesOf(List<DimensionRow> rows, ProjectSession project)
            throws Exception {
        Map<String, Path> found = new HashMap<>();
        for (DimensionRow row : rows) {
            for (Item item : row.topItems()) {
                if (!item.image().isEmpty() && !found.containsKey(item.id())) {
                    project.resolveImage(item).ifPresent(path -> found.put(item.id(), path));
                }
            }
        }
        return Map.copyOf(found);
    }

    /** The image file of an item shown in a strip, or null when it has none. */
    public Path image(Item item) {
        return images.get(item.id());
    }

    /**
     * Gives a dimension a new label and saves it in the project at once; the previous labels
     * can be restored with {@link #undoLabelEdit()}.
     *
     * @param dim 0-based column
     * @param label the new label; surrounding blanks are dropped
     */
    public void renameDimension(int dim, String label) {
        Embedding current = embedding.get();
        String clean = label.strip();
        if (current == null || clean.equals(rows.get(dim).label())) {
            return;
        }
        List<String> labels = new ArrayList<>(current.labels().isEmpty()
                ? Collections.nCopies(current.dims(), "") : current.labels());
        labels.set(dim, clean);
        saveLabels(List.copyOf(labels), true, "Could not save the label");
    }

    /** Restores the labels as they were before the last edit or import. */
    public void undoLabelEdit() {
        if (!undo.isEmpty() && embedding.get() != null) {
            saveLabels(undo.pop(), false, "Could not undo the label edit");
        }
    }

    /**
     * Reads one label per non-blank line and gives them to the dimensions in order.
     * A file with a number of labels other than the dimensions is refused with a message
     * that names both counts.
     */
    public void importLabels(Path file) {
        Embedding current = embedding.get();
        if (current == null) {
            return;
        }
        Job job = workbench.jobs().start("Import labels from " + file.getFileName(), null);
        workbench.tasks().submit("read labels", () -> EmbeddingFiles.readLabels(file,
                current.dims()), labels -> {
                    job.finish(labels.size() + " labels");
                    saveLabels(labels, true, "Could not save the labels");
                }, failure -> {
                    job.fail(failure);
                    workbench.dialogs().showError("Could not import the labels", failure);
                });
    }

    private void saveLabels(List<String> labels, boolean undoable, String errorTitle) {
        EmbeddingInfo info = shown;
        Embedding before = embedding.get();
        long request = generation;
        ProjectSession project = workbench.project();
        workbench.tasks().submit("save labels", () -> {
            project.updateDimensionLabels(info.id(), labels);
            return before.withLabels(labels);
        }, relabelled -> {
            if (request != generation) {
                return;
            }
            if (undoable) {
                undo.push(before.labels());
            }
            canUndo.set(!undo.isEmpty());
            for (int dim = 0; dim < relabelled.dims(); dim++) {
                DimensionRow row = rows.get(dim);
                String label = relabelled.labels().isEmpty() ? "" : relabelled.labels().get(dim);
                rows.set(dim, new DimensionRow(row.number(), label, row.sum(), row.max(),
                        row.topItems()));
            }
            embedding.set(relabelled);
        }, failure -> workbench.dialogs().showError(errorTitle, failure));
    }

    /** Writes the dimension table (number, label, sum, top items) as CSV, in the background. */
    public void exportTable(Path file) {
        List<DimensionRow> snapshot = List.copyOf(rows);
        int count = topCount.get();
        workbench.tasks().submit("export dimensions", () -> {
            DimensionReport.writeCsv(file, snapshot, count);
            return file;
        }, written -> summary.set("Saved " + written.getFileName()),
                failure -> workbench.dialogs().showError("Could not save the table", failure));
    }

    /**
     * Writes the one-page HTML report: the embedding's name and size, the dimension table and
     * the given pictures.
     *
     * @param scatterPng PNG of the scatter, or null
     * @param histogramPng PNG of the selected dimension's histogram, or null
     */
    public void exportReport(Path file, byte[] scatterPng, byte[] histogramPng) {
        if (shown == null) {
            return;
        }
        List<DimensionRow> shownRows = List.copyOf(rows);
        Embedding weights = embedding.get();
        String name = shown.name();
        int top = topCount.get();
        String scatterTitle = scatter.title();
        String histogramTitle = detail.titleProperty().get();
        workbench.tasks().submit("export report", () -> {
            List<WeightHistogram> histograms = shownRows.stream().map(row -> WeightHistogram.of(
                    weights.column(row.number() - 1), DimensionReport.BINS)).toList();
            new DimensionReport(name, shownRows, top, weights.itemCount(), scatterTitle,
                    scatterPng, histogramTitle, histogramPng, histograms).writeHtml(file);
            return file;
        }, written -> summary.set("Saved " + written.getFileName()),
                failure -> workbench.dialogs().showError("Could not save the report", failure));
    }

    /** One row per dimension, in the embedding's column order. */
    public ObservableList<DimensionRow> rows() {
        return rows;
    }

    /** How many top items each strip shows, {@link #MIN_TOP_ITEMS}–{@link #MAX_TOP_ITEMS}. */
    public IntegerProperty topCountProperty() {
        return topCount;
    }

    /** The embedding shown, with its current labels; null while none is. */
    public ReadOnlyObjectProperty<Embedding> embeddingProperty() {
        return embedding.getReadOnlyProperty();
    }

    /** Whether a label edit can be undone. */
    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    /** "49 dimensions · 1,854 items", or what is being loaded or was saved. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Whether an embedding is being loaded. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** The selected dimension: histogram and ranked items. */
    public DimensionDetailModel detail() {
        return detail;
    }

    /** One item's weights and nearest items. */
    public ItemProfileModel profile() {
        return profile;
    }

    /** Two dimensions against each other. */
    public ScatterModel scatter() {
        return scatter;
    }
}
