package org.triad.app;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.layout.HBox;
import org.controlsfx.control.CheckComboBox;
import org.triad.model.RsmKind;
import org.triad.store.EmbeddingInfo;

/**
 * Controls for one {@link RsmSourceSelection}: the kind, then the embedding (model kinds) or
 * the judgement sets to pool (empirical), whichever the kind needs.
 */
final class RsmSourcePicker {
    private RsmSourcePicker() {
    }

    /**
     * @param embeddings the embeddings to offer
     * @param sets the judgement set names to offer
     * @param id prefix of the node ids: id + "Kind", id + "Embedding", id + "Sets"
     */
    static Node create(RsmSourceSelection selection, ObservableList<EmbeddingInfo> embeddings,
            ObservableList<String> sets, String id, double embeddingWidth) {
        ComboBox<RsmKind> kind = new ComboBox<>();
        kind.getItems().setAll(RsmKind.values());
        kind.setId(id + "Kind");
        kind.setConverter(DisplayNames.of(RsmKind::displayName));
        kind.valueProperty().bindBidirectional(selection.kindProperty());
        ComboBox<EmbeddingInfo> embedding = new ComboBox<>(embeddings);
        embedding.setId(id + "Embedding");
        embedding.setPromptText("No embedding");
        embedding.setPrefWidth(embeddingWidth);
        embedding.setConverter(DisplayNames.of(EmbeddingChooser::describe));
        embedding.valueProperty().bindBidirectional(selection.embeddingProperty());
        CheckComboBox<String> pool = setsBox(selection, sets, id, embeddingWidth);
        var empirical = selection.kindProperty().isEqualTo(RsmKind.EMPIRICAL);
        embedding.visibleProperty().bind(empirical.not());
        embedding.managedProperty().bind(empirical.not());
        pool.visibleProperty().bind(empirical);
        pool.managedProperty().bind(empirical);
        return new HBox(6, kind, embedding, pool);
    }

    /** A drop-down of ticked sets, kept in step with the selection both ways. */
    private static CheckComboBox<String> setsBox(RsmSourceSelection selection,
            ObservableList<String> sets, String id, double width) {
        CheckComboBox<String> box = new CheckComboBox<>(sets);
        box.setId(id + "Sets");
        box.setPrefWidth(width);
        box.setTitle("Judgement sets");
        box.setShowCheckedCount(false);
        boolean[] syncing = {false};
        Runnable toBox = () -> {
            syncing[0] = true;
            // the skin redraws its text when the checks change, so the title must come first
            box.setTitle(selection.sets().isEmpty() ? "No judgement set"
                    : String.join(" + ", selection.sets()));
            box.getCheckModel().clearChecks();
            selection.sets().forEach(name -> box.getCheckModel().check(name));
            syncing[0] = false;
        };
        selection.sets().addListener((ListChangeListener<String>) change -> toBox.run());
        sets.addListener((ListChangeListener<String>) change -> toBox.run());
        box.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c -> {
            if (!syncing[0]) {
                selection.sets().setAll(sets.filtered(
                        name -> box.getCheckModel().getCheckedItems().contains(name)));
            }
        });
        toBox.run();
        return box;
    }

}
