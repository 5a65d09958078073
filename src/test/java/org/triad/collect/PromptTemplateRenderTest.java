package org.triad.collect;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.triad.model.Item;

/** The default template names items without a definition by their word alone. */
class PromptTemplateRenderTest {
    @Test
    void anItemWithoutDefinitionIsNamedWithoutADanglingColon() {
        List<Item> shown = List.of(new Item("cat", "cat", "", "", List.of()),
                new Item("dog", "dog", "a domestic canine", "", List.of()),
                new Item("car", "car", "  ", "", List.of()));

        String prompt = PromptTemplate.DEFAULT.render(shown);

        assertTrue(prompt.contains("\nA. cat\n"), prompt);
        assertTrue(prompt.contains("\nB. dog: a domestic canine\n"), prompt);
        assertTrue(prompt.contains("\nC. car\n"), prompt);
    }
}
