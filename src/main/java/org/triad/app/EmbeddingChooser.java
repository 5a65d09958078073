package org.triad.app;

import java.util.Locale;
import javafx.scene.control.ComboBox;
import org.triad.store.EmbeddingInfo;

/** A drop-down of the project's embeddings, bound to the workbench's selection. */
final class EmbeddingChooser {
    private EmbeddingChooser() {
    }

    static ComboBox<EmbeddingInfo> create(Workbench workbench, String id) {
        ComboBox<EmbeddingInfo> box = new ComboBox<>(workbench.embeddings());
        box.setId(id);
        box.setConverter(DisplayNames.of(EmbeddingChooser::describe));
        box.valueProperty().bindBidirectional(workbench.selectedEmbeddingProperty());
        box.setPromptText("No embedding");
        box.setPrefWidth(400);
        FullText.tooltip(box);
        return box;
    }

    /** The stored name, which already says the size; the kind where the name does not. */
    static String describe(EmbeddingInfo info) {
        String name = info.name();
        return name.toLowerCase(Locale.ROOT).contains(info.kind()) ? name
                : String.format(Locale.ROOT, "%s  ·  %s", name, info.kind());
    }
}
