package org.triad.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.triad.model.Item;
import org.triad.model.ItemSet;

class OrderingsTest {
    private static Item item(String id, String... categories) {
        return new Item(id, id, "", "", List.of(categories));
    }

    @Test
    void groupsByFirstCategoryInOrderOfAppearanceWithUncategorisedLast() {
        ItemSet items = new ItemSet(List.of(
                item("cat", "animal"),
                item("apple", "food", "fruit"),
                item("rock"),
                item("banana", "fruit", "food"),
                item("dog", "animal"),
                item("bread", "food"),
                item("cloud")));

        // categories in order of first appearance: animal, food, fruit
        assertArrayEquals(new int[] {0, 4, 1, 5, 3, 2, 6}, Orderings.byCategory(items));
    }
}
