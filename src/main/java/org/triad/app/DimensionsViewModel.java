package org.triad.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.triad.model.Embedding;
import org.triad.model.Item;
import org.triad.model.ItemSet;
import org.triad.store.EmbeddingInfo;

/**
 * State of the Dimensions view: one row per dimension of the selected embedding, with its
 * label, weight sum and highest-loading items. Loads in the background; the newest selection
 * wins.
 */
public final class DimensionsViewModel {
    /** Items listed per dimension. */
    static final int TOP_ITEMS = 10;

    /**
     * One dimension for display.
     *
     * @param number 1-based column number
     * @param label the dimension's label, empty when unlabelled
     * @param sum sum of its weights over all items (L1)
     * @param max its largest weight
     * @param topItems the items that load highest on it, highest first
     */
    public record DimensionRow(int number, String label, double sum, double max,
            List<Item> topItems) {
    }

    private final Workbench workbench;
    private final ObservableList<DimensionRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private long generation;

    /** Follows the workbench's selected embedding. */
    public DimensionsViewModel(Workbench workbench) {
        this.workbench = workbench;
        workbench.selectedEmbeddingProperty().addListener((o, old, now) -> show(now));
        show(workbench.selectedEmbeddingProperty().get());
    }

    private void show(EmbeddingInfo info) {
        long request = ++generation;
        if (info == null) {
            rows.clear();
            summary.set("No embedding selected.");
            return;
        }
        loading.set(true);
        summary.set("Loading " + info.name() + "…");
        ItemSet items = workbench.project().items();
        workbench.tasks().submit("dimensions", () -> rowsOf(
                workbench.project().embedding(info.id()), items),
                result -> {
                    if (request == generation) {
                        loading.set(false);
                        rows.setAll(result);
                        summary.set(String.format(Locale.ROOT, "%d dimensions · %,d items",
                                result.size(), items.size()));
                    }
                },
                failure -> {
                    if (request == generation) {
                        loading.set(false);
                        summary.set("Could not load " + info.name() + ".");
                        workbench.dialogs().showError("Could not load the embedding", failure);
                    }
                });
    }

    /** Builds the rows of an embedding whose rows follow {@code items}. */
    static List<DimensionRow> rowsOf(Embedding embedding, ItemSet items) {
        List<DimensionRow> result = new ArrayList<>(embedding.dims());
        for (int dim = 0; dim < embedding.dims(); dim++) {
            double sum = 0;
            double max = 0;
            for (float weight : embedding.column(dim)) {
                sum += weight;
                max = Math.max(max, weight);
            }
            List<Item> top = embedding.topItems(dim, TOP_ITEMS).stream().map(items::get)
                    .toList();
            String label = embedding.labels().isEmpty() ? "" : embedding.labels().get(dim);
            result.add(new DimensionRow(dim + 1, label, sum, max, top));
        }
        return result;
    }

    /** One row per dimension, in the embedding's column order. */
    public ObservableList<DimensionRow> rows() {
        return rows;
    }

    /** "49 dimensions · 1,854 items", or what is being loaded. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Whether an embedding is being loaded. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }
}
