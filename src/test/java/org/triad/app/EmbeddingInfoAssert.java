package org.triad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.triad.store.EmbeddingInfo;

/** Checks on the workbench's embedding selection. */
final class EmbeddingInfoAssert {
    private EmbeddingInfoAssert() {
    }

    /** The selection is a trained embedding whose name mentions the given sets. */
    static void selectedIsTrained(Workbench workbench, String sets) {
        EmbeddingInfo selected = workbench.selectedEmbeddingProperty().get();
        assertNotNull(selected);
        assertEquals("trained", selected.kind());
        assertTrue(selected.name().contains(sets), selected.name());
    }
}
