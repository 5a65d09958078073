package org.triad.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import org.triad.model.Item;
import org.triad.model.ItemSet;

/** State of the Items view: every item of the project, filtered by a search text. */
public final class ItemsViewModel {
    /**
     * One table row.
     *
     * @param index 0-based row of the item set
     * @param item the item
     */
    public record ItemRow(int index, Item item) {
        /** The categories joined for display. */
        public String categories() {
            return String.join(", ", item.categories());
        }

        boolean matches(String needle) {
            return item.id().toLowerCase(Locale.ROOT).contains(needle)
                    || item.label().toLowerCase(Locale.ROOT).contains(needle)
                    || item.definition().toLowerCase(Locale.ROOT).contains(needle)
                    || categories().toLowerCase(Locale.ROOT).contains(needle);
        }
    }

    private final FilteredList<ItemRow> rows;
    private final StringProperty query = new SimpleStringProperty("");
    private final StringBinding countText;

    /** Shows the items of a project. */
    public ItemsViewModel(ItemSet items) {
        List<ItemRow> all = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            all.add(new ItemRow(i, items.get(i)));
        }
        rows = new FilteredList<>(FXCollections.observableList(all));
        query.addListener((observable, old, text) -> applyFilter(text));
        countText = Bindings.createStringBinding(() -> countText(rows.size(), all.size()),
                rows, query);
    }

    private void applyFilter(String text) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        rows.setPredicate(needle.isEmpty() ? null : row -> row.matches(needle));
    }

    private static String countText(int shown, int total) {
        String all = String.format(Locale.ROOT, "%,d items", total);
        return shown == total ? all : String.format(Locale.ROOT, "%,d of %s", shown, all);
    }

    /** The rows that match the search text, in item-set order. */
    public FilteredList<ItemRow> rows() {
        return rows;
    }

    /** The search text; matches id, word, definition and categories, ignoring case. */
    public StringProperty queryProperty() {
        return query;
    }

    /** "1,854 items", or "12 of 1,854 items" while a search is active. */
    public StringBinding countTextProperty() {
        return countText;
    }
}
