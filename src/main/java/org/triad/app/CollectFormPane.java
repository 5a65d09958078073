package org.triad.app;

import static org.triad.app.FormControls.decimal;
import static org.triad.app.FormControls.integer;
import static org.triad.app.FormControls.label;

import java.util.Optional;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.triad.app.CollectForm.KeySource;
import org.triad.app.CollectForm.TripletSource;
import org.triad.collect.SamplerSettings.Kind;
import org.triad.collect.UniformSampler;

/** The Collect view's two forms: the endpoint with its run settings, and what to ask. */
final class CollectFormPane {
    static final String URL_HINT = "OpenAI https://api.openai.com/v1 · on this machine"
            + " (http://localhost): Ollama :11434/v1, llama.cpp :8080/v1, vLLM :8000/v1,"
            + " LM Studio :1234/v1";

    private final CollectViewModel model;
    private final CollectForm form;
    private final ObservableBooleanValue running;

    CollectFormPane(CollectViewModel model) {
        this.model = model;
        this.form = model.form();
        this.running = model.runningProperty();
    }

    /** Profiles, URL, model, key, sampling and request settings. */
    Node endpoint() {
        TextField url = field("baseUrl", form.baseUrlProperty(), CollectForm.DEFAULT_URL);
        Label hint = FormControls.text("urlHint", "muted");
        hint.setText(URL_HINT);
        hint.setWrapText(true);
        hint.setPrefWidth(300);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        TextField modelId = field("modelId", form.modelProperty(), "e.g. llama3.2, gpt-4o-mini");
        GridPane grid = grid();
        int row = 0;
        grid.addRow(row++, label("Profile"), profiles());
        grid.addRow(row++, label("Base URL"), url);
        grid.add(hint, 1, row++);
        grid.addRow(row++, label("Model id"), modelId);
        grid.addRow(row++, label("API key"), key());
        grid.add(numbers(), 0, row, 2, 1);
        return card("ENDPOINT", grid);
    }

    private Node profiles() {
        ComboBox<EndpointProfiles.Profile> choice = new ComboBox<>(model.profiles());
        choice.setId("profileChoice");
        choice.setPromptText("saved profiles");
        choice.setConverter(DisplayNames.of(EndpointProfiles.Profile::name));
        choice.setMaxWidth(Double.MAX_VALUE);
        choice.valueProperty().addListener((o, old, now) -> model.useProfile(now));
        // A profile deleted in the Preferences dialog is no longer offered as chosen.
        model.profiles().addListener((javafx.collections.ListChangeListener<
                EndpointProfiles.Profile>) change -> {
            if (choice.getValue() != null && !model.profiles().contains(choice.getValue())) {
                choice.setValue(null);
            }
        });
        HBox.setHgrow(choice, Priority.ALWAYS);
        Button save = new Button("Save…");
        save.setId("saveProfile");
        save.setOnAction(event -> askName(choice).ifPresent(name -> {
            model.saveProfile(name);
            // The box shows the profile just saved (the form already holds its values).
            model.profiles().stream().filter(p -> p.name().equals(name.strip())).findFirst()
                    .ifPresent(choice::setValue);
        }));
        Button delete = new Button("Delete");
        delete.setId("deleteProfile");
        delete.disableProperty().bind(choice.valueProperty().isNull());
        delete.setOnAction(event -> {
            model.deleteProfile(choice.getValue().name());
            choice.setValue(null);
        });
        HBox row = new HBox(6, choice, save, delete);
        row.disableProperty().bind(model.runningProperty());
        return row;
    }

    private static Optional<String> askName(ComboBox<EndpointProfiles.Profile> choice) {
        TextInputDialog dialog = new TextInputDialog(choice.getValue() == null ? ""
                : choice.getValue().name());
        dialog.setTitle("Triad");
        dialog.setHeaderText("Save the endpoint settings as a profile (the API key is not"
                + " saved)");
        dialog.setContentText("Name:");
        if (choice.getScene() != null) {
            dialog.initOwner(choice.getScene().getWindow());
        }
        return dialog.showAndWait();
    }

    private Node key() {
        ChoiceBox<KeySource> source = new ChoiceBox<>();
        source.setId("keySource");
        source.getItems().setAll(KeySource.values());
        source.setConverter(DisplayNames.of(s -> s == KeySource.ENVIRONMENT
                ? "env. variable" : "typed (session only)"));
        source.valueProperty().bindBidirectional(form.keySourceProperty());
        source.setPrefWidth(118);
        TextField variable = field("keyVariable", form.keyVariableProperty(), "variable name");
        variable.setPrefColumnCount(11);
        Label status = FormControls.text("keyStatus", "muted");
        status.textProperty().bind(form.keyStatus());
        status.setMinWidth(Label.USE_PREF_SIZE);
        HBox fromEnvironment = new HBox(6, variable, status);
        fromEnvironment.setAlignment(Pos.CENTER_LEFT);
        PasswordField typed = new PasswordField();
        typed.setId("typedKey");
        typed.setPromptText("API key, kept in memory only");
        typed.textProperty().bindBidirectional(form.typedKeyProperty());
        typed.disableProperty().bind(model.runningProperty());
        HBox.setHgrow(typed, Priority.ALWAYS);
        show(fromEnvironment, form.keySourceProperty().isEqualTo(KeySource.ENVIRONMENT));
        show(typed, form.keySourceProperty().isEqualTo(KeySource.TYPED));
        HBox row = new HBox(6, source, fromEnvironment, typed);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** Sampling, request and price settings, two to a row. */
    private Node numbers() {
        GridPane grid = grid();
        grid.getColumnConstraints().clear();
        grid.addRow(0, label("Temperature"), small(decimal("temperature",
                form.temperatureProperty(), 0, 2, 0.1, "0.0#", running)), label("Max. tokens"),
                small(integer("maxTokens", form.maxTokensProperty(), 1, 100_000, 1, running)));
        grid.addRow(1, label("Timeout (s)"), small(integer("timeout",
                form.timeoutSecondsProperty(), 1, 3600, 5, running)), label("Concurrency"),
                small(integer("concurrency", form.concurrencyProperty(), 1, 256, 1, running)));
        grid.addRow(2, label("Req./min"), small(decimal("rpm",
                form.requestsPerMinuteProperty(), 0, 1_000_000, 10, "0.#", running)),
                label("Attempts"), small(integer("attempts", form.maxAttemptsProperty(), 1,
                100, 1, running)));
        grid.addRow(3, label("Price/1k in"), small(decimal("priceIn",
                form.promptPriceProperty(), 0, 1000, 0.0001, "0.0#####", running)),
                label("Price/1k out"), small(decimal("priceOut", form.completionPriceProperty(),
                0, 1000, 0.0001, "0.0#####", running)));
        return grid;
    }

    private static Node small(javafx.scene.control.Spinner<?> spinner) {
        spinner.setPrefWidth(100);
        return spinner;
    }

    /** Sampler or set, rotations, the target set and what it already holds. */
    Node ask() {
        ChoiceBox<TripletSource> source = new ChoiceBox<>();
        source.setId("tripletSource");
        source.getItems().setAll(TripletSource.values());
        source.setConverter(DisplayNames.of(s -> s == TripletSource.SAMPLER
                ? "New triplets from a sampler" : "Triplets of a judgement set"));
        source.valueProperty().bindBidirectional(form.tripletSourceProperty());
        FullText.tooltip(source);
        ChoiceBox<Kind> sampler = new ChoiceBox<>();
        sampler.setId("collectSampler");
        sampler.getItems().setAll(Kind.UNIFORM, Kind.BALANCED, Kind.REPEATS);
        sampler.setConverter(DisplayNames.of(CollectForm::samplerName));
        FullText.tooltip(sampler);
        sampler.valueProperty().bindBidirectional(form.samplerProperty());
        ComboBox<String> fromSet = new ComboBox<>(model.setNames());
        fromSet.setId("fromSet");
        fromSet.setPromptText("judgement set");
        fromSet.valueProperty().bindBidirectional(form.fromSetProperty());
        FullText.tooltip(fromSet);
        for (javafx.scene.control.Control wide : new javafx.scene.control.Control[] {source,
            sampler, fromSet}) {
            wide.setMaxWidth(Double.MAX_VALUE);
        }
        var bySampler = form.tripletSourceProperty().isEqualTo(TripletSource.SAMPLER);
        sampler.disableProperty().bind(bySampler.not());
        fromSet.disableProperty().bind(bySampler);
        Node count = integer("count", form.countProperty(), 1,
                (int) UniformSampler.MAX_TRIPLETS_PER_RUN, 10, running);
        count.disableProperty().unbind();
        count.disableProperty().bind(bySampler.not().or(model.runningProperty()));
        CheckBox rotations = new CheckBox("Ask all 3 rotations");
        rotations.setTooltip(new javafx.scene.control.Tooltip("Ask each triplet three times,"
                + " each item once in each position, to measure position bias"));
        rotations.setId("rotations");
        rotations.selectedProperty().bindBidirectional(form.rotationsProperty());
        TextField setName = field("targetSet", form.setNameProperty(), "model · <model id>");
        Label stored = FormControls.text("storedReplies", "muted");
        stored.setWrapText(true);
        stored.setPrefWidth(280);
        stored.setMinHeight(Region.USE_PREF_SIZE);
        stored.textProperty().bind(model.storedProperty());
        GridPane grid = grid();
        int row = 0;
        grid.addRow(row++, label("Ask"), source);
        grid.addRow(row++, label("Sampler"), sampler);
        grid.addRow(row++, label("Triplets"), count);
        grid.addRow(row++, label("Seed"), integer("seed", form.seedProperty(), 0,
                Integer.MAX_VALUE, 1, running));
        grid.addRow(row++, label("From set"), fromSet);
        grid.add(rotations, 1, row++);
        grid.addRow(row++, label("Into set"), setName);
        grid.add(stored, 0, row++, 2, 1);
        grid.add(retryFailed(), 0, row, 2, 1);
        VBox box = card("WHAT TO ASK", grid);
        box.setId("askCard");
        return box;
    }

    /** Shown when the target set holds replies of the model, some of which may have failed. */
    private CheckBox retryFailed() {
        CheckBox retry = new CheckBox("Ask failed ones again");
        retry.setId("retryFailed");
        retry.setTooltip(new javafx.scene.control.Tooltip("Triplets whose requests failed"
                + " (HTTP errors, timeouts) are asked again; each new reply replaces its"
                + " failure. Answered triplets are never asked again."));
        retry.selectedProperty().bindBidirectional(form.retryFailedProperty());
        retry.visibleProperty().bind(model.storedProperty().isNotEmpty());
        retry.managedProperty().bind(retry.visibleProperty());
        return retry;
    }

    private TextField field(String id, javafx.beans.property.StringProperty value,
            String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(value);
        field.disableProperty().bind(model.runningProperty());
        return field;
    }

    private static void show(Node node, javafx.beans.binding.BooleanBinding when) {
        node.visibleProperty().bind(when);
        node.managedProperty().bind(when);
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.getStyleClass().add("form");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints controls = new ColumnConstraints();
        controls.setHgrow(Priority.ALWAYS);
        controls.setFillWidth(true);
        grid.getColumnConstraints().setAll(labels, controls);
        return grid;
    }

    /** A titled card. */
    static VBox card(String title, Node content) {
        Label label = new Label(title);
        label.getStyleClass().add("section-title");
        VBox card = new VBox(8, label, content);
        card.getStyleClass().add("card");
        return card;
    }
}
