package org.triad.app;

import java.util.Locale;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;
import org.triad.store.EmbeddingInfo;

/** A drop-down of the project's embeddings, bound to the workbench's selection. */
final class EmbeddingChooser {
    private EmbeddingChooser() {
    }

    static ComboBox<EmbeddingInfo> create(Workbench workbench, String id) {
        ComboBox<EmbeddingInfo> box = new ComboBox<>(workbench.embeddings());
        box.setId(id);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(EmbeddingInfo info) {
                return info == null ? "" : describe(info);
            }

            @Override
            public EmbeddingInfo fromString(String text) {
                return null;
            }
        });
        box.valueProperty().bindBidirectional(workbench.selectedEmbeddingProperty());
        box.setPromptText("No embedding");
        box.setPrefWidth(380);
        return box;
    }

    /** "SPoSE 49-d (Hebart et al. 2020) · 49 dims". */
    static String describe(EmbeddingInfo info) {
        return String.format(Locale.ROOT, "%s  ·  %d dims", info.name(), info.dims());
    }
}
