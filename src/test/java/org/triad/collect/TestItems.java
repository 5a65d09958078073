package org.triad.collect;

import java.util.ArrayList;
import java.util.List;
import org.triad.model.Item;
import org.triad.model.ItemSet;

/** Items "i0".."i(n−1)"; item i is in category "c(i mod 3)". */
final class TestItems {
    private TestItems() {
    }

    static ItemSet of(int n) {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            items.add(new Item("i" + i, "word " + i, "definition " + i, "",
                    List.of("c" + i % 3)));
        }
        return new ItemSet(items);
    }
}
