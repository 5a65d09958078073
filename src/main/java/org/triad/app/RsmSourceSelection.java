package org.triad.app;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.triad.model.RsmKind;
import org.triad.store.EmbeddingInfo;

/**
 * What the user picked as the source of one RSM: a kind, an embedding for the model kinds and
 * judgement sets for the empirical kind. Lives on the UI thread.
 */
final class RsmSourceSelection {
    private final ObjectProperty<RsmKind> kind;
    private final ObjectProperty<EmbeddingInfo> embedding;
    private final ObservableList<String> sets = FXCollections.observableArrayList();

    /**
     * @param kind the kind to start with
     * @param embedding the embedding property to follow (e.g. the workbench's selection)
     */
    RsmSourceSelection(RsmKind kind, ObjectProperty<EmbeddingInfo> embedding) {
        this.kind = new SimpleObjectProperty<>(kind);
        this.embedding = embedding;
    }

    /** Runs {@code change} whenever any part of the selection changes. */
    void onChange(Runnable change) {
        kind.addListener((o, old, now) -> change.run());
        embedding.addListener((o, old, now) -> change.run());
        sets.addListener((ListChangeListener<String>) c -> change.run());
    }

    /** The RSM kind. */
    ObjectProperty<RsmKind> kindProperty() {
        return kind;
    }

    /** The embedding of a model RSM. */
    ObjectProperty<EmbeddingInfo> embeddingProperty() {
        return embedding;
    }

    /** The judgement sets of an empirical RSM, pooled. */
    ObservableList<String> sets() {
        return sets;
    }

    /** The source as picked now. */
    RsmSource source() {
        return new RsmSource(kind.get(), embedding.get(), List.copyOf(sets));
    }
}
