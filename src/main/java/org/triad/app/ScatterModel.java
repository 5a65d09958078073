package org.triad.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import org.triad.model.Embedding;
import org.triad.model.Item;
import org.triad.model.ItemSet;

/**
 * Two dimensions of the shown embedding against each other, one point per item, coloured by
 * the item's first category. Hovering names an item; a click profiles it.
 */
public final class ScatterModel {
    /** The category of items that have none. */
    static final String NO_CATEGORY = "no category";

    /**
     * What the canvas draws.
     *
     * @param x weight of each item on the horizontal dimension
     * @param y weight of each item on the vertical dimension
     * @param category index into {@code categories} per item
     * @param categories the legend's names, most frequent first
     * @param xTitle title of the horizontal dimension
     * @param yTitle title of the vertical dimension
     */
    public record Points(float[] x, float[] y, int[] category, List<String> categories,
            String xTitle, String yTitle) {
    }

    private final ItemSet items;
    private final ItemProfileModel profile;
    private final IntegerProperty xDim = new SimpleIntegerProperty(0);
    private final IntegerProperty yDim = new SimpleIntegerProperty(1);
    private final ReadOnlyObjectWrapper<Points> points = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper hovered = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyIntegerWrapper selected = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyStringWrapper readout = new ReadOnlyStringWrapper("");
    private final int[] categoryOfItem;
    private final List<String> categories;
    private Embedding embedding;
    private Runnable onOpenProfile = () -> { };

    ScatterModel(ItemSet items, ItemProfileModel profile) {
        this.items = items;
        this.profile = profile;
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Item item : items.items()) {
            counts.merge(firstCategory(item), 1, Integer::sum);
        }
        List<String> names = new ArrayList<>(counts.keySet());
        // Most frequent first, so that the strongest colours go to the largest groups; the
        // uncategorised come last in grey.
        names.sort((a, b) -> a.equals(NO_CATEGORY) ? 1 : b.equals(NO_CATEGORY) ? -1
                : Integer.compare(counts.get(b), counts.get(a)));
        categories = List.copyOf(names);
        categoryOfItem = new int[items.size()];
        for (int i = 0; i < items.size(); i++) {
            categoryOfItem[i] = categories.indexOf(firstCategory(items.get(i)));
        }
        xDim.addListener((o, old, now) -> rebuild());
        yDim.addListener((o, old, now) -> rebuild());
    }

    private static String firstCategory(Item item) {
        return item.categories().isEmpty() ? NO_CATEGORY : item.categories().get(0);
    }

    void setEmbedding(Embedding now) {
        embedding = now;
        if (now != null && (xDim.get() >= now.dims() || yDim.get() >= now.dims())) {
            xDim.set(0);
            yDim.set(Math.min(1, now.dims() - 1));
        }
        rebuild();
    }

    private void rebuild() {
        hovered.set(-1);
        readout.set("");
        if (embedding == null) {
            points.set(null);
            return;
        }
        int x = Math.min(xDim.get(), embedding.dims() - 1);
        int y = Math.min(yDim.get(), embedding.dims() - 1);
        points.set(new Points(embedding.column(x), embedding.column(y), categoryOfItem.clone(),
                categories, title(x), title(y)));
    }

    private String title(int dim) {
        return (dim + 1) + " · " + embedding.label(dim);
    }

    /** Names the item under the mouse; −1 for none. */
    public void hover(int item) {
        Points shown = points.get();
        hovered.set(shown == null ? -1 : item);
        if (shown == null || item < 0) {
            readout.set("");
            return;
        }
        Item hit = items.get(item);
        readout.set(String.format(Locale.ROOT, "%s (%s, %s): %.3f × %.3f", hit.label(),
                hit.id(), categories.get(categoryOfItem[item]), shown.x()[item],
                shown.y()[item]));
    }

    /** Selects an item, profiles it and asks the view to show the profile. */
    public void click(int item) {
        if (points.get() == null || item < 0) {
            return;
        }
        selected.set(item);
        profile.select(item);
        onOpenProfile.run();
    }

    /** What the view does when a click asks for the profile. */
    void setOnOpenProfile(Runnable action) {
        onOpenProfile = action;
    }

    /** "1 · metallic/artificial against 3 · animal-related", for the report. */
    String title() {
        Points shown = points.get();
        return shown == null ? "" : shown.xTitle() + " against " + shown.yTitle();
    }

    /** 0-based horizontal dimension. */
    public IntegerProperty xDimProperty() {
        return xDim;
    }

    /** 0-based vertical dimension. */
    public IntegerProperty yDimProperty() {
        return yDim;
    }

    /** The points to draw; null when no embedding is shown. */
    public ReadOnlyObjectProperty<Points> pointsProperty() {
        return points.getReadOnlyProperty();
    }

    /** The item under the mouse, −1 for none. */
    public ReadOnlyIntegerProperty hoveredProperty() {
        return hovered.getReadOnlyProperty();
    }

    /** The item last clicked, −1 for none. */
    public ReadOnlyIntegerProperty selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** "apple (apple, food): 0.812 × 0.034", or empty. */
    public ReadOnlyStringProperty readoutProperty() {
        return readout.getReadOnlyProperty();
    }
}
