package org.triad.app;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.triad.store.EmbeddingInfo;
import org.triad.store.JudgementSetInfo;

/**
 * The start page's state: what the open project holds, read in the background, and whether
 * each guided workflow can run on it. Lives on the UI thread.
 */
public final class StartViewModel {
    /** The people's answers to Du et al.'s 2,171 triplets. */
    static final String DU_HUMANS = "du2171-humans";
    /** GPT-4's answers to the same triplets. */
    static final String DU_GPT4 = "du2171-gpt4";

    private final Workbench workbench;
    private final ObservableList<String> sets = FXCollections.observableArrayList();
    private final ObservableList<String> embeddings = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper items = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper canCompare = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canTrain = new ReadOnlyBooleanWrapper();

    /** Summarises the workbench's project; call {@link #load()} to read it. */
    public StartViewModel(Workbench workbench) {
        this.workbench = workbench;
        items.set(String.format(Locale.ROOT, "%,d items", workbench.project().items().size()));
    }

    /** What the background read returns. */
    private record Contents(List<JudgementSetInfo> sets, List<EmbeddingInfo> embeddings) {
    }

    /** Reads the judgement sets and embeddings in the background. */
    public void load() {
        ProjectSession project = workbench.project();
        workbench.tasks().submit("summarise project",
                () -> new Contents(project.judgementSets(), project.embeddings()), this::show,
                failure -> workbench.dialogs().showError("Could not read the project", failure));
    }

    private void show(Contents contents) {
        sets.setAll(contents.sets().stream().map(info -> String.format(Locale.ROOT,
                "%s — %,d judgements", info.name(), info.count())).toList());
        embeddings.setAll(contents.embeddings().stream().map(StartViewModel::describe).toList());
        List<String> names = contents.sets().stream().map(JudgementSetInfo::name).toList();
        canCompare.set(names.contains(DU_HUMANS) && names.contains(DU_GPT4));
        canTrain.set(!names.isEmpty());
    }

    static String describe(EmbeddingInfo info) {
        return String.format(Locale.ROOT, "%s — %s, %,d items × %d dims", info.name(),
                info.kind(), info.itemCount(), info.dims());
    }

    /** The item count in words, e.g. "1,854 items". */
    public ReadOnlyStringProperty itemsProperty() {
        return items.getReadOnlyProperty();
    }

    /** One line per judgement set: its name and how many judgements it holds. */
    public ObservableList<String> sets() {
        return sets;
    }

    /** One line per stored embedding: name, kind and shape. */
    public ObservableList<String> embeddings() {
        return embeddings;
    }

    /** Whether the project has both Du et al. sets that the comparison workflow needs. */
    public ReadOnlyBooleanProperty canCompareProperty() {
        return canCompare.getReadOnlyProperty();
    }

    /** Whether the project has any judgements to train on. */
    public ReadOnlyBooleanProperty canTrainProperty() {
        return canTrain.getReadOnlyProperty();
    }
}
