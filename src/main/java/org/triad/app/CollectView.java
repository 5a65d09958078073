package org.triad.app;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.triad.collect.CollectionProgress;
import org.triad.collect.VectorAnnotator;

/**
 * Collect from a model: the endpoint, the prompt template with its check and preview, what to
 * ask, and a run's live progress with its failures; after a run, the agreement with people.
 */
final class CollectView {
    private final CollectViewModel model;
    private final Runnable openEvaluate;
    private final BorderPane root = new BorderPane();

    /**
     * @param openEvaluate shows the Evaluate view with the sets reloaded, for the full
     *     comparison of sources
     */
    CollectView(CollectViewModel model, Runnable openEvaluate) {
        this.model = model;
        this.openEvaluate = openEvaluate;
        root.setId("collectView");
        root.getStyleClass().add("view");
        root.setTop(header());
        CollectFormPane forms = new CollectFormPane(model);
        Region endpoint = (Region) forms.endpoint();
        endpoint.setPrefWidth(440);
        endpoint.setMinWidth(Region.USE_PREF_SIZE);
        Node askCard = forms.ask();
        askCard.disableProperty().bind(model.runningProperty());
        Node vectorCard = vectors();
        vectorCard.disableProperty().bind(model.runningProperty());
        VBox ask = new VBox(10, askCard, buttons(), vectorCard);
        ask.setPrefWidth(330);
        ask.setMinWidth(Region.USE_PREF_SIZE);
        Region prompt = (Region) prompt();
        prompt.setMinWidth(240);
        HBox.setHgrow(prompt, Priority.ALWAYS);
        HBox columns = new HBox(12, endpoint, prompt, ask);
        endpoint.disableProperty().bind(model.runningProperty());
        prompt.disableProperty().bind(model.runningProperty());
        VBox page = new VBox(12, columns, progress());
        page.getStyleClass().add("collect-page");
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().addAll("edge-to-edge", "collect-scroll");
        root.setCenter(scroll);
        // The progress, and later the comparison, lie below the form: bring them into view.
        Runnable toBottom = () -> javafx.application.Platform.runLater(() -> scroll
                .setVvalue(1));
        model.runningProperty().addListener((o, was, now) -> {
            if (now) {
                toBottom.run();
            }
        });
        model.comparisonProperty().addListener((o, old, now) -> {
            if (now != null && !now.isEmpty()) {
                toBottom.run();
            }
        });
        root.sceneProperty().addListener((o, old, now) -> {
            if (old == null && now != null) {
                model.load();
            }
        });
    }

    Node node() {
        return root;
    }

    private Node header() {
        Label title = new Label("Collect from a model");
        title.getStyleClass().add("view-title");
        Label about = new Label("Ask any OpenAI-compatible chat endpoint for the odd one out;"
                + " every reply is stored in the project as it arrives, and a run can be"
                + " continued.");
        about.getStyleClass().add("muted");
        VBox header = new VBox(4, title, about);
        header.getStyleClass().add("view-header");
        return header;
    }

    private Node prompt() {
        TextArea template = new TextArea();
        template.setId("template");
        template.setWrapText(true);
        template.setPrefRowCount(6);
        template.setPrefColumnCount(30);
        template.textProperty().bindBidirectional(model.form().templateProperty());
        Button reset = new Button("Reset to default");
        reset.setId("resetTemplate");
        reset.setOnAction(event -> model.resetTemplate());
        Label hash = FormControls.text("templateHash", "muted");
        hash.textProperty().bind(model.templateHashProperty());
        hash.setMinWidth(Region.USE_PREF_SIZE);
        CheckBox images = new CheckBox("Send the items' images");
        images.setId("sendImages");
        images.setTooltip(new Tooltip("For multimodal models: each item's image follows its "
                + "letter; items without an image refuse the run"));
        images.selectedProperty().bindBidirectional(model.form().imagesProperty());
        CheckBox words = new CheckBox("Words if no image");
        words.setTooltip(new Tooltip("Send the word and definition of an item without an "
                + "image instead of refusing the run"));
        words.setId("wordCards");
        words.selectedProperty().bindBidirectional(model.form().wordCardsProperty());
        words.disableProperty().bind(images.selectedProperty().not());
        VBox row = new VBox(6, reset, hash, images, words);
        Label problem = FormControls.text("templateProblem", "error-text");
        problem.setWrapText(true);
        problem.textProperty().bind(model.templateProblemProperty());
        problem.visibleProperty().bind(model.templateProblemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        Label preview = FormControls.text("templatePreview", "template-preview");
        preview.setWrapText(true);
        preview.setMaxWidth(Double.MAX_VALUE);
        preview.textProperty().bind(model.previewProperty());
        Label previewTitle = FormControls.label("Preview");
        previewTitle.setTooltip(new javafx.scene.control.Tooltip("The prompt for the"
                + " project's first, middle and last item"));
        // A long preview scrolls by itself, so the run's progress stays in view below.
        ScrollPane previewScroll = new ScrollPane(preview);
        previewScroll.setFitToWidth(true);
        previewScroll.setPrefViewportHeight(170);
        previewScroll.getStyleClass().add("template-preview-scroll");
        VBox box = new VBox(8, template, row, problem, previewTitle, previewScroll);
        return CollectFormPane.card("PROMPT TEMPLATE", box);
    }

    private Node buttons() {
        Button start = new Button("Start");
        start.setId("startCollect");
        start.setDefaultButton(true);
        start.disableProperty().bind(model.runningProperty());
        start.setOnAction(event -> model.start());
        Button cancel = new Button("Cancel");
        cancel.setId("cancelCollect");
        cancel.disableProperty().bind(model.runningProperty().not());
        cancel.setOnAction(event -> model.cancel());
        HBox buttons = new HBox(10, start, cancel);
        buttons.getStyleClass().add("buttons");
        return buttons;
    }

    /** The vector annotator: a feature set answers the triplets of "What to ask". */
    private Node vectors() {
        VectorAnswerModel vectors = model.vectors();
        ComboBox<String> features = new ComboBox<>(vectors.featureSets());
        features.setId("vectorFeatures");
        features.setPromptText("no feature set");
        features.setPrefWidth(150); // not the widest name's width, which outgrows the column
        features.setMinWidth(100);
        features.setMaxWidth(Double.MAX_VALUE);
        FullText.tooltip(features);
        features.valueProperty().bindBidirectional(vectors.featureSetProperty());
        ComboBox<VectorAnnotator.Rule> rule = new ComboBox<>(
                javafx.collections.FXCollections.observableArrayList(
                        VectorAnnotator.Rule.values()));
        rule.setId("vectorRule");
        rule.setConverter(DisplayNames.of(r -> r == VectorAnnotator.Rule.DOT ? "dot product"
                : "cosine"));
        rule.valueProperty().bindBidirectional(vectors.ruleProperty());
        Spinner<Double> temperature = new Spinner<>(0.0, 100.0, 0.0, 0.1);
        temperature.setId("vectorTemperature");
        temperature.setEditable(true);
        temperature.setPrefWidth(100);
        temperature.getValueFactory().valueProperty().bindBidirectional(
                vectors.temperatureProperty());
        temperature.setTooltip(new Tooltip("0: keep the most similar pair; above 0: draw the "
                + "pair from the softmax of similarity / T"));
        Button answer = new Button("Answer");
        answer.setId("answerFromVectors");
        answer.disableProperty().bind(vectors.busyProperty()
                .or(vectors.featureSetProperty().isNull()));
        answer.setOnAction(event -> model.answerFromVectors());
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, FormControls.label("Features"), features);
        grid.addRow(1, FormControls.label("Similarity"), rule);
        grid.addRow(2, FormControls.label("Temperature"), temperature);
        grid.add(answer, 1, 3);
        GridPane.setHgrow(features, Priority.ALWAYS);
        Label note = FormControls.text("vectorNote", "muted");
        note.setText("Answers the triplets above from item vectors instead of a model, into "
                + "a new set named after them.");
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        // Folded by default, so that the run's progress stays on screen at 1280 × 820.
        VBox content = new VBox(8, grid, note);
        content.setPadding(new Insets(0, 16, 0, 16)); // in line with the fields of the card above
        TitledPane pane = new TitledPane("Or answer from item vectors", content);
        pane.setId("vectorPane");
        pane.setExpanded(false);
        pane.getStyleClass().add("vector-pane");
        return pane;
    }

    private Node progress() {
        ProgressBar bar = new ProgressBar(0);
        bar.setId("collectProgress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(Bindings.createDoubleBinding(() -> fraction(
                model.snapshotProperty().get()), model.snapshotProperty()));
        Label status = FormControls.text("collectStatus", "train-status");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.textProperty().bind(model.statusProperty());
        model.statusErrorProperty().addListener((o, old, now) -> {
            status.getStyleClass().remove("error-text");
            if (now) {
                status.getStyleClass().add("error-text");
            }
        });
        GridPane numbers = new GridPane();
        numbers.setHgap(10);
        numbers.setVgap(4);
        numbers.addRow(0, FormControls.label("Done"), number("collectDone", CollectText::done),
                FormControls.label("Rate"), number("collectRate", CollectText::rate),
                eta());
        numbers.addRow(1, FormControls.label("Replies"));
        numbers.add(number("collectOutcomes", CollectText::outcomes), 1, 1, 4, 1);
        numbers.addRow(2, FormControls.label("Tokens"));
        numbers.add(number("collectTokens", CollectText::tokens), 1, 2, 4, 1);
        numbers.visibleProperty().bind(model.snapshotProperty().isNotNull());
        numbers.managedProperty().bind(numbers.visibleProperty());
        VBox left = new VBox(8, bar, status, numbers, compare());
        HBox.setHgrow(left, Priority.ALWAYS);
        ListView<String> reasons = new ListView<>(model.reasons());
        reasons.setId("failureReasons");
        reasons.setPrefSize(330, 120);
        reasons.setMinWidth(Region.USE_PREF_SIZE);
        reasons.setPlaceholder(new Label("No failures"));
        VBox right = new VBox(6, FormControls.label("Latest failures"), reasons);
        return CollectFormPane.card("PROGRESS", new HBox(16, left, right));
    }

    private Label number(String id, java.util.function.Function<CollectionProgress, String> text) {
        Label label = FormControls.text(id, "collect-number");
        label.textProperty().bind(Bindings.createStringBinding(() -> {
            CollectionProgress p = model.snapshotProperty().get();
            return p == null ? "" : text.apply(p);
        }, model.snapshotProperty()));
        return label;
    }

    /** The time left while a run goes on; nothing once it has ended or been cancelled. */
    private Label eta() {
        Label label = FormControls.text("collectEta", "collect-number");
        label.textProperty().bind(Bindings.createStringBinding(() -> {
            CollectionProgress p = model.snapshotProperty().get();
            return p == null || !model.runningProperty().get() ? "" : CollectText.eta(p);
        }, model.snapshotProperty(), model.runningProperty()));
        return label;
    }

    private Node compare() {
        ComboBox<String> people = new ComboBox<>(model.setNames());
        people.setId("peopleSet");
        people.setPromptText("people's set");
        people.valueProperty().bindBidirectional(model.peopleSetProperty());
        Button compare = new Button("Compare with people");
        compare.setId("compareWithPeople");
        compare.disableProperty().bind(model.lastSetProperty().isNull()
                .or(model.runningProperty()));
        compare.setOnAction(event -> model.compareWithPeople());
        Button evaluate = new Button("Open Evaluate");
        evaluate.setId("openEvaluate");
        evaluate.disableProperty().bind(model.lastSetProperty().isNull()
                .or(model.runningProperty()));
        evaluate.setOnAction(event -> openEvaluate.run());
        HBox row = new HBox(8, compare, people, evaluate);
        row.setAlignment(Pos.CENTER_LEFT);
        Label result = FormControls.text("comparison", "muted");
        result.setWrapText(true);
        result.textProperty().bind(model.comparisonProperty());
        return new VBox(6, row, result);
    }

    private static double fraction(CollectionProgress p) {
        return p == null ? 0 : p.total() == 0 ? 1 : (double) p.done() / p.total();
    }
}
