package org.triad.app;

import java.time.Clock;
import java.util.List;
import java.util.TreeSet;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.triad.collect.ActiveSampler;
import org.triad.collect.SamplerSettings;
import org.triad.collect.SamplerSettings.Kind;
import org.triad.collect.SessionPlan;
import org.triad.model.ItemSet;
import org.triad.model.Triplet;
import org.triad.store.EmbeddingInfo;

/** The settings of a new annotation session as the setup panel edits them. */
final class AnnotateSetup {
    /** The category choice that means every item. */
    static final String ALL_ITEMS = "All items";

    private final StringProperty annotator = new SimpleStringProperty("");
    private final ObjectProperty<Kind> sampler = new SimpleObjectProperty<>(Kind.BALANCED);
    private final IntegerProperty target = new SimpleIntegerProperty(100);
    private final StringProperty category = new SimpleStringProperty(ALL_ITEMS);
    private final ObjectProperty<EmbeddingInfo> embedding = new SimpleObjectProperty<>();
    private final ObjectProperty<List<Triplet>> fixedList = new SimpleObjectProperty<>(List.of());
    private final LongProperty seed = new SimpleLongProperty();
    private final ObservableList<String> categories = FXCollections.observableArrayList();

    /** Offers the items' categories; the seed starts at the clock's milliseconds. */
    AnnotateSetup(ItemSet items, Clock clock) {
        seed.set(clock.millis());
        TreeSet<String> names = new TreeSet<>();
        items.items().forEach(item -> names.addAll(item.categories()));
        categories.add(ALL_ITEMS);
        categories.addAll(names);
    }

    /**
     * Why the setup cannot start a session yet, or null when it can.
     */
    String problem() {
        if (annotator.get().isBlank()) {
            return "Enter the annotator's name first.";
        }
        if (sampler.get() == Kind.ACTIVE && embedding.get() == null) {
            return "Active sampling needs an embedding: import or train one first.";
        }
        if (sampler.get() == Kind.FIXED && fixedList.get().isEmpty()) {
            return "Choose a triplet file for the fixed list first.";
        }
        return null;
    }

    /** The session the setup describes; its judgements go to the set "manual · name". */
    SessionPlan plan() {
        String name = annotator.get().strip();
        Kind kind = sampler.get();
        SamplerSettings settings = new SamplerSettings(kind, seed.get(),
                SamplerSettings.of(kind, 0).repeatFraction(), ActiveSampler.DEFAULT_POOL,
                kind == Kind.ACTIVE ? embedding.get().id() : -1,
                kind == Kind.FIXED ? fixedList.get() : List.of());
        List<String> subset = ALL_ITEMS.equals(category.get()) ? List.of()
                : List.of(category.get());
        return new SessionPlan(name, "manual · " + name, settings, target.get(), subset);
    }

    StringProperty annotatorProperty() {
        return annotator;
    }

    ObjectProperty<Kind> samplerProperty() {
        return sampler;
    }

    IntegerProperty targetProperty() {
        return target;
    }

    StringProperty categoryProperty() {
        return category;
    }

    ObjectProperty<EmbeddingInfo> embeddingProperty() {
        return embedding;
    }

    ObjectProperty<List<Triplet>> fixedListProperty() {
        return fixedList;
    }

    LongProperty seedProperty() {
        return seed;
    }

    ObservableList<String> categories() {
        return categories;
    }
}
