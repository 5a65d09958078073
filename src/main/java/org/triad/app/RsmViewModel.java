package org.triad.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.triad.model.CancellationToken;
import org.triad.model.Item;
import org.triad.model.ItemSet;
import org.triad.model.ProgressListener;
import org.triad.model.RsmKind;
import org.triad.store.EmbeddingInfo;
import org.triad.store.JudgementSetInfo;
import org.triad.store.RsmFiles;

/**
 * State of the RSM view: the RSM picked by kind and source (the workbench's embedding, or
 * judgement sets), drawn in the picked ordering, with a hover read-out, a selected block and a
 * second RSM to compare with ({@link #comparison()}). Computing runs only while the view is
 * shown, in the background; a new request cancels the running one, and only the newest
 * request is published.
 */
public final class RsmViewModel {
    private final Workbench workbench;
    private final RsmLibrary library;
    private final RsmSourceSelection source;
    private final ObjectProperty<RsmOrdering> ordering =
            new SimpleObjectProperty<>(RsmOrdering.BY_CATEGORY);
    private final ObservableList<String> judgementSets = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<RsmPicture> picture = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private String figureTitle = "";
    private final ReadOnlyStringWrapper readout = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<int[]> block = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Item> blockItems = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper blockSummary = new ReadOnlyStringWrapper("");
    private final RsmComparisonModel comparison;
    private boolean active;
    private boolean setsLoaded;
    private long generation;
    private String shownKey;
    private CancellationToken token;

    /** Follows the workbench's selected embedding while active. */
    public RsmViewModel(Workbench workbench) {
        this.workbench = workbench;
        this.library = new RsmLibrary(workbench.project(), workbench.engine());
        this.source = new RsmSourceSelection(RsmKind.CHOICE_PROBABILITY,
                workbench.selectedEmbeddingProperty());
        this.comparison = new RsmComparisonModel(workbench, library, picture);
        source.onChange(this::refresh);
        ordering.addListener((o, old, now) -> refresh());
    }

    /** Tells whether the view is shown; computing starts only then. */
    public void setActive(boolean shown) {
        active = shown;
        if (shown && !setsLoaded) {
            setsLoaded = true;
            listSets();
        }
        refresh();
        comparison.setActive(shown);
    }

    /** Lists the judgement sets again (after a change) if they were listed before. */
    public void reloadSets() {
        if (setsLoaded) {
            listSets();
        }
    }

    private void listSets() {
        workbench.tasks().submit("list judgement sets", workbench.project()::judgementSets,
                this::applySets, failure -> workbench.dialogs()
                        .showError("Could not list the judgement sets", failure));
    }

    /** Offers the sets; the human ones (e.g. human-a + human-b) are the default pool. */
    private void applySets(List<JudgementSetInfo> infos) {
        List<String> names = infos.stream().map(JudgementSetInfo::name).toList();
        judgementSets.setAll(names);
        List<String> human = names.stream().filter(name -> name.startsWith("human")).toList();
        List<String> pool = human.isEmpty() ? names.stream().limit(1).toList() : human;
        if (source.sets().isEmpty()) {
            source.sets().setAll(pool);
        }
        // A choice made before the sets arrived (e.g. by a guided workflow) is kept.
        if (comparison.selection().sets().isEmpty()) {
            comparison.selection().sets().setAll(pool);
        }
    }

    private void refresh() {
        if (!active) {
            return;
        }
        RsmSource wanted = source.source();
        String key = wanted.isComplete() ? wanted.key() + "/" + ordering.get()
                : "none:" + wanted.kind();
        if (key.equals(shownKey)) {
            return;
        }
        cancelRunning();
        long request = ++generation;
        shownKey = key;
        readout.set("");
        clearBlock();
        if (!wanted.isComplete()) {
            busy.set(false);
            picture.set(null);
            status.set(wanted.kind() == RsmKind.EMPIRICAL ? "No judgement set selected."
                    : "No embedding selected.");
            return;
        }
        compute(wanted, ordering.get(), request);
    }

    /** The picture with the status line that describes it. */
    private record Shown(RsmPicture picture, String description) {
    }

    private void compute(RsmSource wanted, RsmOrdering order, long request) {
        Job job = workbench.startJob("RSM: " + wanted.label());
        CancellationToken runToken = job.token();
        token = runToken;
        busy.set(true);
        progress.set(-1);
        status.set("Computing: " + wanted.label() + " · " + order.displayName() + "…");
        job.progress(Job.INDETERMINATE, "starting");
        ItemSet items = workbench.project().items();
        EmbeddingInfo fallback = workbench.selectedEmbeddingProperty().get();
        ProgressListener listener = ThrottledProgress.of(workbench.tasks(), () -> generation,
                request, percent -> {
                    progress.set(percent / 100.0);
                    job.progress(percent / 100.0, percent + " %");
                });
        workbench.tasks().submit("rsm", () -> {
            // Two steps, the matrix and then its order, on one bar that only moves forward.
            RsmLibrary.Loaded loaded = library.rsm(wanted, listener.step(0, 0.7), runToken);
            RsmLibrary.Order rows = loaded == null ? null : library.order(wanted, loaded,
                    order, fallback, listener.step(0.7, 1), runToken);
            return rows == null ? null : new Shown(RsmPicture.of(loaded.rsm(), items,
                    rows.order(), loaded.counts()), wanted.label() + " · " + rows.description());
        }, result -> {
            job.finish(result == null || job.cancelRequested() ? "replaced or cancelled"
                    : result.description());
            if (request == generation) {
                show(result);
            }
        }, failure -> failed(failure, job, request));
    }

    private void show(Shown result) {
        busy.set(false);
        progress.set(0);
        if (result == null) {
            shownKey = null;
            status.set("Cancelled.");
            return;
        }
        RsmPicture shown = result.picture();
        figureTitle = result.description();
        picture.set(shown);
        long pairs = (long) shown.size() * (shown.size() - 1);
        status.set(String.format(Locale.ROOT, "%s · %,d × %,d items%s", result.description(),
                shown.size(), shown.size(), shown.noData() == 0 ? ""
                        : String.format(Locale.ROOT, " · %.1f %% of pairs without data",
                                100.0 * shown.noData() / pairs)));
    }

    private void failed(Throwable failure, Job job, long request) {
        job.fail(failure);
        if (request != generation) {
            return;
        }
        busy.set(false);
        shownKey = null;
        status.set("The RSM could not be computed: " + failure.getMessage());
        workbench.dialogs().showError("Could not compute the RSM", failure);
    }

    private void cancelRunning() {
        if (token != null) {
            token.cancel();
            token = null;
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
        RsmPicture second = comparison.pictureProperty().get();
        String other = second == null || second.size() != shown.size() ? ""
                : " · compared: " + RsmPicture.format(second.valueAt(row, column));
        readout.set(shown.readout(row, column) + other);
    }

    /** Selects the block of picture cells between two corners and lists its rows' items. */
    public void select(int row1, int column1, int row2, int column2) {
        RsmPicture shown = picture.get();
        if (shown == null) {
            return;
        }
        RsmPicture.Block cells = shown.block(row1, column1, row2, column2);
        block.set(new int[] {cells.rowFrom(), cells.rowTo(), cells.columnFrom(),
            cells.columnTo()});
        List<Item> rows = new ArrayList<>();
        for (int r = cells.rowFrom(); r <= cells.rowTo(); r++) {
            rows.add(shown.items().get(shown.order()[r]));
        }
        blockItems.setAll(rows);
        blockSummary.set(String.format(Locale.ROOT, "Rows %d–%d × columns %d–%d: mean %s over "
                + "%,d cells%s", cells.rowFrom() + 1, cells.rowTo() + 1, cells.columnFrom() + 1,
                cells.columnTo() + 1, Double.isNaN(cells.mean()) ? "–"
                        : RsmPicture.format(cells.mean()), cells.cells(),
                cells.noData() == 0 ? "" : String.format(Locale.ROOT, " (%,d without data)",
                        cells.noData())));
    }

    /** Forgets the selected block. */
    public void clearBlock() {
        block.set(null);
        blockItems.clear();
        blockSummary.set("");
    }

    /**
     * Saves the shown RSM, rows in project item order with their ids, as CSV or .npy (by the
     * file's extension), in the background.
     */
    public void export(Path file) {
        RsmPicture shown = picture.get();
        if (shown == null) {
            return;
        }
        workbench.tasks().submit("export RSM", () -> {
            RsmFiles.write(shown.rsm(), file);
            return file;
        }, saved -> status.set("Saved " + saved.getFileName() + " · " + status.get()),
                failure -> workbench.dialogs().showError("Could not save " + file.getFileName(),
                        failure));
    }

    /** The second RSM and the statistics comparing it with this one. */
    public RsmComparisonModel comparison() {
        return comparison;
    }

    /** Kind and source of the RSM. */
    RsmSourceSelection source() {
        return source;
    }

    /** The row ordering. */
    public ObjectProperty<RsmOrdering> orderingProperty() {
        return ordering;
    }

    /** Names of the project's judgement sets, for the empirical kind. */
    public ObservableList<String> judgementSets() {
        return judgementSets;
    }

    /** What the shown picture is (source and ordering), as the title of an exported figure. */
    public String figureTitle() {
        return figureTitle;
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

    /** The selected block {rowFrom, rowTo, columnFrom, columnTo} in picture cells, or null. */
    public ReadOnlyObjectProperty<int[]> blockProperty() {
        return block.getReadOnlyProperty();
    }

    /** The items of the selected block's rows, top to bottom. */
    public ObservableList<Item> blockItems() {
        return blockItems;
    }

    /** "Rows 12–40 × columns 12–40: mean 0.412 over 812 cells", or empty. */
    public ReadOnlyStringProperty blockSummaryProperty() {
        return blockSummary.getReadOnlyProperty();
    }
}
