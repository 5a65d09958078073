package org.triad.app;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.triad.model.CancellationToken;
import org.triad.model.Embedding;
import org.triad.model.ItemSet;
import org.triad.model.ProgressListener;
import org.triad.model.Rsm;
import org.triad.store.EmbeddingInfo;

/**
 * State of the RSM view: the choice-probability RSM of the selected embedding, ordered by
 * category and coloured. It is computed only while the view is shown, in the background; a new
 * selection cancels the running computation, and only the newest request is published.
 */
public final class RsmViewModel {
    private static final String JOB = "rsm";
    /** Pictures kept for quick switching; 1,854² doubles are 27 MB each. */
    private static final int CACHED = 2;

    private final Workbench workbench;
    private final ReadOnlyObjectWrapper<RsmPicture> picture = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper readout = new ReadOnlyStringWrapper("");
    private final Map<Long, RsmPicture> cache = new LinkedHashMap<>(4, 0.75f, true);
    private boolean active;
    private long generation;
    private long shownId = -1;
    private CancellationToken token;

    /** Follows the workbench's selected embedding while active. */
    public RsmViewModel(Workbench workbench) {
        this.workbench = workbench;
        workbench.selectedEmbeddingProperty().addListener((o, old, now) -> refresh());
    }

    /** Tells whether the view is shown; computing starts only then. */
    public void setActive(boolean shown) {
        active = shown;
        refresh();
    }

    private void refresh() {
        EmbeddingInfo info = workbench.selectedEmbeddingProperty().get();
        if (!active || info == null && shownId < 0 || info != null && info.id() == shownId) {
            return;
        }
        cancelRunning();
        long request = ++generation;
        shownId = info == null ? -1 : info.id();
        readout.set("");
        if (info == null) {
            picture.set(null);
            status.set("No embedding selected.");
            return;
        }
        RsmPicture cached = cache.get(info.id());
        if (cached != null) {
            show(cached, info);
            return;
        }
        compute(info, request);
    }

    private void compute(EmbeddingInfo info, long request) {
        CancellationToken runToken = workbench.newToken();
        token = runToken;
        busy.set(true);
        progress.set(-1);
        status.set("Computing the choice-probability RSM of " + info.name() + "…");
        workbench.setJobStatus(JOB, "RSM: starting");
        ItemSet items = workbench.project().items();
        workbench.tasks().submit("rsm", () -> {
            Embedding embedding = workbench.project().embedding(info.id());
            Rsm rsm = workbench.engine().choiceProbability(embedding,
                    throttled(request), runToken);
            return rsm == null ? null
                    : RsmPicture.of(rsm, items, workbench.engine().categoryOrder(items));
        }, result -> {
            workbench.release(runToken);
            if (result != null) {
                cache.put(info.id(), result);
                trimCache();
            }
            if (request == generation) {
                show(result, info);
            }
        }, failure -> failed(failure, runToken, request));
    }

    /** Publishes progress at most once per percent, so the UI thread is not flooded. */
    private ProgressListener throttled(long request) {
        AtomicInteger lastPercent = new AtomicInteger(-1);
        return (done, total, message) -> {
            int percent = total == 0 ? 0 : (int) (100 * done / total);
            if (lastPercent.getAndSet(percent) != percent) {
                workbench.tasks().publish(() -> {
                    if (request == generation) {
                        progress.set(percent / 100.0);
                        workbench.setJobStatus(JOB, "RSM: " + percent + " %");
                    }
                });
            }
        };
    }

    private void show(RsmPicture result, EmbeddingInfo info) {
        busy.set(false);
        progress.set(0);
        workbench.setJobStatus(JOB, null);
        if (result == null) {
            status.set("Cancelled.");
            return;
        }
        picture.set(result);
        status.set(String.format(Locale.ROOT, "Choice probability · %s · %,d × %,d items · "
                + "ordered by category", info.name(), result.size(), result.size()));
    }

    private void failed(Throwable failure, CancellationToken runToken, long request) {
        workbench.release(runToken);
        if (request != generation) {
            return;
        }
        busy.set(false);
        shownId = -1;
        workbench.setJobStatus(JOB, null);
        status.set("The RSM could not be computed: " + failure.getMessage());
        workbench.dialogs().showError("Could not compute the RSM", failure);
    }

    private void cancelRunning() {
        if (token != null) {
            token.cancel();
            token = null;
        }
    }

    private void trimCache() {
        while (cache.size() > CACHED) {
            cache.remove(cache.keySet().iterator().next());
        }
    }

    /** Updates the read-out for the picture cell under the mouse; -1 clears it. */
    public void hover(int row, int column) {
        RsmPicture shown = picture.get();
        if (shown == null || row < 0 || column < 0 || row >= shown.size()
                || column >= shown.size()) {
            readout.set("");
            return;
        }
        readout.set(shown.readout(row, column));
    }

    /** The picture shown, null before the first one. */
    public ReadOnlyObjectProperty<RsmPicture> pictureProperty() {
        return picture.getReadOnlyProperty();
    }

    /** Share of the computation done; -1 while it starts. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Whether an RSM is being computed. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What is shown or being computed. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** "word A (id) × word B (id): 0.412" for the cell under the mouse, or empty. */
    public ReadOnlyStringProperty readoutProperty() {
        return readout.getReadOnlyProperty();
    }
}
