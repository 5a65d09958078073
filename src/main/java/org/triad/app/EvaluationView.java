package org.triad.app;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.triad.analysis.CategoryAccuracy;
import org.triad.analysis.NoiseCeiling;
import org.triad.app.EvaluationViewModel.AgreementRow;
import org.triad.app.EvaluationViewModel.Result;
import org.triad.store.EmbeddingInfo;

/** The Evaluate view: accuracy against chance and the noise ceiling, and source agreement. */
final class EvaluationView {
    /** A header and a few rows: a lower window scrolls the view rather than the rows away. */
    private static final double TABLE_MIN_HEIGHT = 120;
    /**
     * A box rather than a border pane: a border pane underestimates its minimum height when
     * its text wraps, so a low window squeezed the toolbar under the metrics.
     */
    private final VBox root = new VBox();
    private final Label accuracy = metricValue("evalAccuracy", true);
    private final Label interval = wrappingNote("evalInterval");
    private final Label ceiling = metricValue("evalCeiling", false);
    private final Label ceilingNote = wrappingNote("evalCeilingNote");
    private final Label ceilingCaveat = caveat("evalCeilingCaveat");
    private final Label sampleNote = wrapping(note("evalSampleNote"));
    private final AccuracyGauge gauge = new AccuracyGauge();

    EvaluationView(EvaluationViewModel model, Workbench workbench) {
        root.getStyleClass().add("view");
        root.getStylesheets().add(DimensionsView.stylesheet());
        PlotExport.offer(gauge, "accuracy", workbench.dialogs());
        Label title = new Label("Evaluate");
        title.getStyleClass().add("view-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        ProgressIndicator busy = new ProgressIndicator();
        busy.getStyleClass().add("small-progress");
        busy.visibleProperty().bind(model.busyProperty());
        Label status = new Label();
        status.setId("evalStatus");
        status.getStyleClass().add("muted");
        status.textProperty().bind(model.statusProperty());
        status.setMinWidth(0);
        FullText.tooltip(status);
        HBox header = new HBox(12, title, DimensionDetailPane.spacer(), busy, status);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("view-header");
        VBox top = new VBox(header, toolbar(model, workbench));
        sampleNote.textProperty().bind(model.sampleNoteProperty());
        model.resultProperty().addListener((o, old, now) -> show(now));
        show(model.resultProperty().get());
        HBox tables = new HBox(12, categories(model), agreements(model));
        VBox.setVgrow(tables, Priority.ALWAYS);
        VBox body = new VBox(12, metrics(), tables);
        VBox.setVgrow(body, Priority.ALWAYS);
        root.getChildren().setAll(top, body);
    }

    Node node() {
        return root;
    }

    private static Node toolbar(EvaluationViewModel model, Workbench workbench) {
        ComboBox<EmbeddingInfo> embedding = new ComboBox<>(workbench.embeddings());
        embedding.setId("evalEmbedding");
        embedding.setConverter(DisplayNames.of(EmbeddingChooser::describe));
        embedding.valueProperty().bindBidirectional(model.embeddingProperty());
        // Wide enough for "SPoSE 66-d (Hebart et al. 2023)  ·  reference" at the default size.
        embedding.setPrefWidth(400);
        embedding.setMinWidth(200);
        FullText.tooltip(embedding);
        ComboBox<String> set = new ComboBox<>(model.setNames());
        set.setId("evalSet");
        set.valueProperty().bindBidirectional(model.judgementSetProperty());
        set.setPrefWidth(200);
        set.setMinWidth(120);
        FullText.tooltip(set);
        Label on = new Label("on judgements");
        Label modelLabel = new Label("Model");
        on.setMinWidth(Region.USE_PREF_SIZE);
        modelLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(10, modelLabel, embedding, on, set);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("view-toolbar");
        return bar;
    }

    private Node metrics() {
        VBox model = metric("Accuracy (ties count as misses)", accuracy, interval);
        VBox chance = metric("Chance", fixed(EvaluationViewModel.percent(
                EvaluationViewModel.CHANCE)), fixedNote("one of three pairs"));
        chance.setMinWidth(Region.USE_PREF_SIZE);
        VBox ceilingBox = metric("Noise ceiling", ceiling, ceilingNote);
        ceilingBox.getChildren().add(ceilingCaveat);
        ceilingBox.setMaxWidth(260);
        HBox.setHgrow(gauge, Priority.ALWAYS);
        gauge.setMinWidth(220);
        HBox row = new HBox(28, model, chance, ceilingBox, gauge);
        row.setAlignment(Pos.CENTER_LEFT);
        sampleNote.managedProperty().bind(sampleNote.textProperty().isNotEmpty());
        sampleNote.visibleProperty().bind(sampleNote.managedProperty());
        VBox card = new VBox(8, row, sampleNote);
        card.getStyleClass().add("card");
        return card;
    }

    private void show(Result result) {
        gauge.show(result);
        if (result == null) {
            accuracy.setText("—");
            interval.setText("");
            ceiling.setText("—");
            ceilingNote.setText("");
            showCaveat(ceilingCaveat, "");
            sampleNote.getStyleClass().setAll("note");
            return;
        }
        sampleNote.getStyleClass().setAll(result.inSample() ? "caveat" : "note");
        accuracy.setText(EvaluationViewModel.percent(result.accuracy().accuracy()));
        interval.setText(String.format(Locale.ROOT, "95 %% interval %s – %s · %,d judgements",
                EvaluationViewModel.percent(result.accuracy().low()),
                EvaluationViewModel.percent(result.accuracy().high()),
                result.accuracy().count()));
        boolean known = result.ceiling().available();
        ceiling.setText(known ? EvaluationViewModel.percent(result.ceiling().value()) : "—");
        NoiseCeiling noise = result.ceiling();
        ceilingNote.setText(known ? String.format(Locale.ROOT,
                "95 %% interval %s – %s%n%,d repeated triplets, %,d answers",
                EvaluationViewModel.percent(noise.low()), EvaluationViewModel.percent(
                        noise.high()), noise.repeatedTriplets(), noise.repeatedJudgements())
                : "no triplet in this set was answered twice");
        showCaveat(ceilingCaveat, noise.onlyCopies() ? "Every repeat is the identical row"
                + " again: most likely copied judgements, so this says nothing about noise."
                : known && noise.fewTriplets() ? String.format(Locale.ROOT,
                "Only %,d repeated triplets (fewer than %d): a rough estimate.",
                noise.repeatedTriplets(), NoiseCeiling.FEW_TRIPLETS) : "");
    }

    private static void showCaveat(Label label, String text) {
        label.setText(text);
        label.setVisible(!text.isEmpty());
        label.setManaged(!text.isEmpty());
    }

    private static Node categories(EvaluationViewModel model) {
        Label title = new Label("Accuracy per category");
        title.getStyleClass().add("detail-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        ChoiceBox<CategoryAccuracy.Rule> rule = new ChoiceBox<>();
        rule.setId("evalRule");
        rule.getItems().setAll(CategoryAccuracy.Rule.values());
        rule.valueProperty().bindBidirectional(model.ruleProperty());
        rule.setConverter(DisplayNames.of(r -> r == CategoryAccuracy.Rule.ANY_ITEM ? "any item"
                : "odd one out"));
        Label note = wrapping(note("ruleNote"));
        note.textProperty().bind(model.ruleProperty().map(r ->
                "A judgement counts for a category when " + r.description() + "."));
        TableView<CategoryAccuracy.Row> table = new TableView<>(model.categories());
        TableCopy.install(table);
        table.setId("categoryTable");
        table.setMinHeight(TABLE_MIN_HEIGHT);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                column("Category", CategoryAccuracy.Row::category, 135),
                numeric("Judgements", row -> String.format(Locale.ROOT, "%,d",
                        row.judgements()), 100),
                numeric("Accuracy", row -> EvaluationViewModel.percent(row.accuracy()), 75),
                numeric("95 % interval", row -> EvaluationViewModel.percent(row.low()) + " – "
                        + EvaluationViewModel.percent(row.high()), 120)));
        VBox.setVgrow(table, Priority.ALWAYS);
        Label countBy = new Label("Count by");
        countBy.setMinWidth(Region.USE_PREF_SIZE);
        rule.setMinWidth(Region.USE_PREF_SIZE);
        HBox head = new HBox(10, title, DimensionDetailPane.spacer(), countBy, rule);
        head.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, head, note, table);
        box.getStyleClass().add("card");
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }

    private static Node agreements(EvaluationViewModel model) {
        Label title = new Label("Agreement between sources");
        title.getStyleClass().add("detail-title");
        Label note = wrapping(note("agreementNote"));
        note.setText("Share of identical odd-one-out choices on the unordered triplets both "
                + "sets answered; chance is 33.3 %. A triplet answered several times counts by"
                + " the share of its answer pairs that agree. Identical rows: shared triplets"
                + " with the very same row (kept pair in the same order) in both sets.");
        TableView<AgreementRow> table = new TableView<>(model.agreements());
        TableCopy.install(table);
        table.setId("agreementTable");
        table.setMinHeight(TABLE_MIN_HEIGHT);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No two sets share a triplet."));
        // Names such as du2171-humans and du2171-gpt35 are read in full at the default size;
        // the long headers take two lines for it (a copy of the table joins them again).
        table.getColumns().setAll(List.of(column("Set", AgreementRow::first, 120),
                column("Set", AgreementRow::second, 120),
                numeric("Shared\ntriplets", row -> String.format(Locale.ROOT, "%,d",
                        row.agreement().sharedTriplets()), 75),
                numeric("Identical\nrows", row -> String.format(Locale.ROOT, "%,d",
                        row.agreement().identicalRows()), 75),
                numeric("Agreement", row -> EvaluationViewModel.percent(
                        row.agreement().share()) + (row.agreement().likelyDuplicates()
                                ? " · copies?" : ""), 125)));
        VBox.setVgrow(table, Priority.ALWAYS);
        Label duplicates = caveat("agreementCaveat");
        duplicates.textProperty().bind(model.duplicatesNoteProperty());
        duplicates.visibleProperty().bind(duplicates.textProperty().isNotEmpty());
        duplicates.managedProperty().bind(duplicates.visibleProperty());
        VBox box = new VBox(6, title, note, table, duplicates);
        box.getStyleClass().add("card");
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }

    /** A column of the given preferred width whose cells show their whole text on hover. */
    private static <S> TableColumn<S, String> column(String title, Function<S, String> value,
            double width) {
        TableColumn<S, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setCellFactory(c -> new FullTextCell<>());
        column.setPrefWidth(width);
        return column;
    }

    private static <S> TableColumn<S, String> numeric(String title, Function<S, String> value,
            double width) {
        TableColumn<S, String> column = column(title, value, width);
        column.getStyleClass().add("numeric");
        return column;
    }

    private static VBox metric(String title, Label value, Label detail) {
        Label name = new Label(title);
        name.getStyleClass().add("metric-title");
        name.setWrapText(true);
        name.setMinHeight(Region.USE_PREF_SIZE);
        VBox box = new VBox(name, value, detail);
        box.getStyleClass().add("metric");
        return box;
    }

    private static Label metricValue(String id, boolean accent) {
        Label label = new Label("—");
        label.setId(id);
        label.getStyleClass().add("metric-value");
        if (accent) {
            label.getStyleClass().add("accent");
        }
        return label;
    }

    private static Label fixed(String text) {
        Label label = metricValue("evalChance", false);
        label.setText(text);
        return label;
    }

    private static Label fixedNote(String text) {
        Label label = note("evalChanceNote");
        label.setText(text);
        return label;
    }

    private static Label caveat(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("caveat");
        return wrapping(label);
    }

    /**
     * A label that wraps to the width its box gives it: a wrapping label would otherwise ask
     * for its whole text on one line and widen its box and every box around it.
     */
    private static Label wrapping(Label label) {
        label.setWrapText(true);
        label.setPrefWidth(1);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label note(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("note");
        FullText.tooltip(label);
        return label;
    }

    /** A note under a metric: it wraps to a second line when its column is narrow. */
    private static Label wrappingNote(String id) {
        Label label = note(id);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
