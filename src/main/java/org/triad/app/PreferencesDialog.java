package org.triad.app;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.StringProperty;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.triad.training.EngineChoice;

/**
 * The Preferences dialog (Ctrl+,): the defaults a training run starts from, the theme, and a
 * tab for the endpoint profiles of the Collect view. OK applies and saves only values that
 * pass the checks; otherwise the dialog stays open and names what is wrong.
 */
final class PreferencesDialog {
    /** One text field of the training form. */
    private record Field(String label, String id, StringProperty value) {
    }

    private final PreferencesViewModel model;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final TabPane tabs = new TabPane();

    PreferencesDialog(PreferencesViewModel model, EndpointProfiles profiles, Window owner) {
        this.model = model;
        dialog.initOwner(owner);
        dialog.setTitle("Preferences");
        dialog.setHeaderText(null);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().addAll(tab("Training", "trainingTab", training()),
                tab("Appearance", "appearanceTab", appearance()),
                EndpointProfilesPane.tab(profiles));
        Label errors = new Label();
        errors.setId("preferencesErrors");
        errors.getStyleClass().add("form-error");
        errors.setWrapText(true);
        errors.setMinHeight(Region.USE_PREF_SIZE);
        errors.textProperty().bind(model.errorsProperty());
        // The window grows for the message rather than squeezing the form.
        errors.textProperty().addListener((o, old, now) -> javafx.application.Platform
                .runLater(this::fitWindow));
        errors.managedProperty().bind(errors.textProperty().isNotEmpty());
        VBox content = new VBox(10, tabs, errors);
        // Wide enough for the endpoint profiles' five columns with their headers whole.
        content.setPrefWidth(640);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setId("preferencesDialog");
        ButtonType restore = new ButtonType("Restore defaults", ButtonBar.ButtonData.LEFT);
        dialog.getDialogPane().getButtonTypes().addAll(restore, ButtonType.OK,
                ButtonType.CANCEL);
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("preferencesOk");
        ok.addEventFilter(ActionEvent.ACTION, event -> {
            if (!model.apply()) {
                event.consume();
            }
        });
        Button restoreButton = (Button) dialog.getDialogPane().lookupButton(restore);
        restoreButton.setId("preferencesRestore");
        restoreButton.addEventFilter(ActionEvent.ACTION, event -> {
            model.restoreBuiltIn();
            event.consume();
        });
    }

    /** Shows the dialog without waiting, with the values and the theme in force. */
    void show() {
        model.reload();
        Window owner = dialog.getOwner();
        if (owner != null && owner.getScene() != null) {
            // The dialog has its own scene; it takes the window's sheets, dark theme included.
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        dialog.show();
        // Shown again after closing, the dialog would keep a size computed without content.
        fitWindow();
    }

    private void fitWindow() {
        if (dialog.getDialogPane().getScene() != null
                && dialog.getDialogPane().getScene().getWindow() instanceof Stage stage) {
            stage.sizeToScene();
        }
    }

    /** The dialog, for tests and the screenshot tour. */
    Dialog<ButtonType> dialog() {
        return dialog;
    }

    /** Selects a tab by its id, e.g. "appearanceTab". */
    void select(String tabId) {
        tabs.getTabs().stream().filter(tab -> tabId.equals(tab.getId())).findFirst()
                .ifPresent(tabs.getSelectionModel()::select);
    }

    private static Tab tab(String title, String id, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        return tab;
    }

    private Node training() {
        GridPane form = new GridPane();
        form.getStyleClass().add("form");
        form.setPadding(new Insets(14, 4, 4, 4));
        List<Field> fields = List.of(
                new Field("Validation share", "prefValidation", model.validationProperty()),
                new Field("Dimensions", "prefDims", model.dimsProperty()),
                new Field("λ (L1 weight)", "prefLambda", model.lambdaProperty()),
                new Field("Learning rate", "prefLearningRate", model.learningRateProperty()),
                new Field("Batch size", "prefBatchSize", model.batchSizeProperty()),
                new Field("Max. epochs", "prefMaxEpochs", model.maxEpochsProperty()),
                new Field("Patience (epochs)", "prefPatience", model.patienceProperty()),
                new Field("Seed", "prefSeed", model.seedProperty()));
        int row = 0;
        for (Field field : fields) {
            TextField text = new TextField();
            text.setId(field.id());
            text.setPrefColumnCount(10);
            text.textProperty().bindBidirectional(field.value());
            form.addRow(row++, label(field.label()), text);
        }
        ComboBox<EngineChoice> engine = new ComboBox<>();
        engine.setId("prefEngine");
        engine.setConverter(DisplayNames.of(choice -> choice.name().toLowerCase(Locale.ROOT)));
        engine.getItems().setAll(EngineChoice.values());
        engine.valueProperty().bindBidirectional(model.engineProperty());
        form.addRow(row++, label("Engine"), engine);
        Label note = new Label("A new run in the Train view starts from these settings. "
                + "Training stops early when the validation loss has not improved for "
                + "\"patience\" epochs. Engine auto uses ND4J on a CUDA GPU when the build "
                + "has it, else the plain-Java CPU engine.");
        note.getStyleClass().add("muted");
        note.setWrapText(true);
        note.setPrefWidth(480);
        note.setMinHeight(Region.USE_PREF_SIZE);
        form.add(note, 0, row, 2, 1);
        return form;
    }

    private Node appearance() {
        ToggleGroup group = new ToggleGroup();
        RadioButton light = new RadioButton("Light");
        light.setId("prefLight");
        light.setToggleGroup(group);
        RadioButton dark = new RadioButton("Dark");
        dark.setId("prefDark");
        dark.setToggleGroup(group);
        dark.selectedProperty().bindBidirectional(model.darkProperty());
        light.setSelected(!model.darkProperty().get());
        model.darkProperty().addListener((o, old, now) -> light.setSelected(!now));
        Label note = new Label("Also switched with Ctrl+Shift+T or the navigation's "
                + "\"Dark theme\" button.");
        note.getStyleClass().add("muted");
        note.setWrapText(true);
        VBox box = new VBox(10, label("Theme"), light, dark, note);
        box.setPadding(new Insets(14, 4, 4, 4));
        return box;
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("form-label");
        return label;
    }
}
