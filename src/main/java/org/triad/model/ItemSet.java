package org.triad.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/** The ordered items of a project; every matrix row follows this order. Immutable. */
public final class ItemSet {
    private final List<Item> items;
    private final Map<String, Integer> indexById;

    /**
     * @param items items in project order; ids must be unique
     * @throws IllegalArgumentException on a duplicate id
     */
    public ItemSet(List<Item> items) {
        this.items = List.copyOf(items);
        this.indexById = new HashMap<>(items.size() * 2);
        for (int i = 0; i < this.items.size(); i++) {
            Integer previous = indexById.put(this.items.get(i).id(), i);
            if (previous != null) {
                throw new IllegalArgumentException("duplicate item id '" + this.items.get(i).id()
                        + "' at rows " + previous + " and " + i);
            }
        }
    }

    /** Number of items. */
    public int size() {
        return items.size();
    }

    /** The item at a 0-based index. */
    public Item get(int index) {
        return items.get(index);
    }

    /** All items in order (unmodifiable). */
    public List<Item> items() {
        return items;
    }

    /** The ids in order. */
    public List<String> ids() {
        return items.stream().map(Item::id).toList();
    }

    /** The 0-based index of an id, if present. */
    public OptionalInt indexOf(String id) {
        Integer index = indexById.get(id);
        return index == null ? OptionalInt.empty() : OptionalInt.of(index);
    }
}
