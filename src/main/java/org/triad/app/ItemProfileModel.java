package org.triad.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.triad.analysis.NearestItems;
import org.triad.model.Embedding;
import org.triad.model.Item;
import org.triad.model.ItemSet;

/**
 * One item's profile: its weight on every dimension and the items nearest to it by dot
 * product. The item is picked from a search over labels, ids and categories. 1,854 dot
 * products of 66 weights take microseconds, so it runs on the calling thread.
 */
public final class ItemProfileModel {
    /** Nearest items listed. */
    static final int NEIGHBOURS = 10;
    /** Search matches listed. */
    static final int MATCHES = 200;

    /**
     * An item's weights.
     *
     * @param index row of the item
     * @param item the item
     * @param weights its weight per dimension
     * @param labels the dimensions' titles ("dim N" where unlabelled)
     */
    public record Profile(int index, Item item, float[] weights, List<String> labels) {
    }

    /**
     * A neighbour for the table.
     *
     * @param rank 1 for the nearest
     * @param item the neighbour
     * @param similarity its dot product with the profiled item
     */
    public record Neighbour(int rank, Item item, double similarity) {
    }

    private final ItemSet items;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<Item> matches = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Profile> profile = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Neighbour> neighbours = FXCollections.observableArrayList();
    private Embedding embedding;

    ItemProfileModel(ItemSet items) {
        this.items = items;
        query.addListener((o, old, now) -> search());
        search();
    }

    void setEmbedding(Embedding now) {
        embedding = now;
        Profile shown = profile.get();
        if (now == null) {
            profile.set(null);
            neighbours.clear();
        } else {
            select(shown == null ? 0 : shown.index());
        }
    }

    private void search() {
        String needle = query.get().strip().toLowerCase(Locale.ROOT);
        List<Item> found = new ArrayList<>();
        for (Item item : items.items()) {
            if (needle.isEmpty() || DimensionDetailModel.matches(item, needle)) {
                found.add(item);
                if (found.size() == MATCHES) {
                    break;
                }
            }
        }
        matches.setAll(found);
    }

    /** Profiles an item by its id; ignored when the id is unknown. */
    public void select(Item item) {
        items.indexOf(item.id()).ifPresent(this::select);
    }

    /** Profiles the item at a row. */
    public void select(int index) {
        if (embedding == null || index < 0 || index >= embedding.itemCount()) {
            return;
        }
        List<String> labels = new ArrayList<>(embedding.dims());
        for (int dim = 0; dim < embedding.dims(); dim++) {
            labels.add(embedding.label(dim));
        }
        profile.set(new Profile(index, items.get(index), embedding.row(index),
                List.copyOf(labels)));
        List<Neighbour> rows = new ArrayList<>();
        for (NearestItems.Neighbour near : NearestItems.byDotProduct(embedding, index,
                NEIGHBOURS)) {
            rows.add(new Neighbour(rows.size() + 1, items.get(near.item()), near.similarity()));
        }
        neighbours.setAll(rows);
    }

    /** The search text. */
    public StringProperty queryProperty() {
        return query;
    }

    /** Items matching the search, at most {@link #MATCHES}, in item-set order. */
    public ObservableList<Item> matches() {
        return matches;
    }

    /** The profiled item; null when no embedding is shown. */
    public ReadOnlyObjectProperty<Profile> profileProperty() {
        return profile.getReadOnlyProperty();
    }

    /** The {@link #NEIGHBOURS} items nearest to the profiled one. */
    public ObservableList<Neighbour> neighbours() {
        return neighbours;
    }
}
