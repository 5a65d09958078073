package org.triad.model;

import java.util.List;
import java.util.Objects;

/**
 * One stimulus of an item set.
 *
 * @param id stable key (THINGS {@code uniqueID}); unique within an item set, never the word
 * @param label the word shown to people; may repeat across items (three THINGS "shell"s)
 * @param definition a short definition, empty when unknown
 * @param image path or URI of an image relative to the project, empty when none
 * @param categories high-level categories the item belongs to, possibly several, possibly none
 */
public record Item(String id, String label, String definition, String image,
        List<String> categories) {

    /** Validates the id and copies the category list. */
    public Item {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("item id is blank");
        }
        label = label == null ? id : label;
        definition = definition == null ? "" : definition;
        image = image == null ? "" : image;
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    /** An item with only an id and a label. */
    public static Item of(String id, String label) {
        return new Item(id, label, "", "", List.of());
    }
}
