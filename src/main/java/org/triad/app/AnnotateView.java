package org.triad.app;

import java.io.File;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.event.EventHandler;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.triad.collect.SamplerSettings.Kind;
import org.triad.store.AnnotationSessionInfo;
import org.triad.store.EmbeddingInfo;

/**
 * Manual annotation: three large cards, keys 1/2/3 or ←/↓/→ (or a click) for the odd one out,
 * Backspace to undo, S to skip, F11 for a full-screen participant mode without the setup panel.
 */
final class AnnotateView {
    private static final String STYLESHEET = "annotate.css";
    private static final String INSTRUCTION = "Which one is the odd one out?  Press 1 · 2 · 3"
            + " or ← ↓ →, or click it.   Backspace undoes · S skips · F11 full screen";

    private final AnnotateViewModel model;
    private final Workbench workbench;
    private final BorderPane root = new BorderPane();
    private final TripletCards cards;
    private boolean watchingFullScreen;

    AnnotateView(AnnotateViewModel model, Workbench workbench) {
        this.model = model;
        this.workbench = workbench;
        this.cards = new TripletCards(workbench.project(), model::choose);
        root.setId("annotateView");
        root.getStyleClass().addAll("view", "annotate-view");
        root.getStylesheets().add(Objects.requireNonNull(
                AnnotateView.class.getResource(STYLESHEET), STYLESHEET).toExternalForm());
        root.setTop(header());
        root.setCenter(stage());
        Node setup = setupPanel();
        root.setRight(setup);
        setup.visibleProperty().bind(model.participantModeProperty().not());
        setup.managedProperty().bind(setup.visibleProperty());
        model.cardsProperty().addListener((o, old, now) -> cards.show(now));
        model.upcomingProperty().addListener((o, old, now) -> cards.preload(now));
        model.runningProperty().addListener((o, old, now) -> root.requestFocus());
        cards.show(model.cardsProperty().get());
        // The keys are read from the whole scene while the view is in it, wherever the focus
        // is: a click beside the cards focuses the scroll pane around the view, and coming
        // back to the view leaves it on the navigation button.
        EventHandler<KeyEvent> keys = this::key;
        root.sceneProperty().addListener((o, old, now) -> {
            if (old != null) {
                old.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
            if (now != null) {
                now.addEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
            if (old == null && now != null) {
                model.load();
            }
        });
    }

    Node node() {
        return root;
    }

    private Node header() {
        Label title = new Label("Annotate");
        title.getStyleClass().add("view-title");
        Label instruction = new Label(INSTRUCTION);
        instruction.setId("instruction");
        instruction.getStyleClass().add("annotate-instruction");
        instruction.setWrapText(true);
        instruction.setMinHeight(Region.USE_PREF_SIZE);
        VBox header = new VBox(4, title, instruction);
        header.getStyleClass().add("view-header");
        return header;
    }

    private Node stage() {
        ProgressBar progress = new ProgressBar();
        progress.setId("annotateProgress");
        progress.progressProperty().bind(model.progressProperty());
        progress.setMaxWidth(Double.MAX_VALUE);
        Label status = label("annotateStatus", "annotate-status");
        status.textProperty().bind(model.statusProperty());
        Label stats = label("annotateStats", "muted");
        stats.textProperty().bind(model.statisticsProperty());
        // The status and the numbers wrap rather than being cut short in a narrow window.
        for (Label label : new Label[] {status, stats}) {
            label.setWrapText(true);
            label.setMinHeight(Region.USE_PREF_SIZE);
        }
        VBox progressRow = new VBox(4, status, stats, progress);
        Node row = cards.node();
        VBox.setVgrow(row, Priority.ALWAYS);
        VBox box = new VBox(18, progressRow, row);
        box.getStyleClass().add("annotate-stage");
        return box;
    }

    private Node setupPanel() {
        TextField annotator = new TextField();
        annotator.setId("annotator");
        annotator.setPromptText("your name");
        AnnotateSetup setup = model.setup();
        annotator.textProperty().bindBidirectional(setup.annotatorProperty());
        ChoiceBox<Kind> sampler = new ChoiceBox<>();
        sampler.setId("sampler");
        sampler.getItems().setAll(Kind.values());
        sampler.setConverter(DisplayNames.of(AnnotateView::samplerName));
        sampler.valueProperty().bindBidirectional(setup.samplerProperty());
        Spinner<Integer> target = new Spinner<>(1, 1_000_000, setup.targetProperty().get(), 10);
        target.setId("target");
        target.setEditable(true);
        target.valueProperty().addListener((o, old, now) -> setup.targetProperty().set(now));
        ComboBox<String> category = new ComboBox<>(setup.categories());
        category.setId("category");
        category.valueProperty().bindBidirectional(setup.categoryProperty());
        ComboBox<EmbeddingInfo> embedding = new ComboBox<>(workbench.embeddings());
        embedding.setId("embeddingChoice");
        embedding.setConverter(DisplayNames.of(EmbeddingInfo::name));
        embedding.valueProperty().bindBidirectional(setup.embeddingProperty());
        embedding.disableProperty().bind(setup.samplerProperty().isNotEqualTo(Kind.ACTIVE));
        Button list = button("chooseList", "Triplet file…", this::chooseList);
        list.disableProperty().bind(setup.samplerProperty().isNotEqualTo(Kind.FIXED));
        Label listSize = label("listSize", "muted");
        listSize.textProperty().bind(setup.fixedListProperty().map(l -> l.isEmpty() ? ""
                : l.size() + " triplets"));
        HBox fixed = new HBox(8, list, listSize);
        fixed.setAlignment(Pos.CENTER_LEFT);
        Button start = button("startSession", "Start session", model::start);
        start.setDefaultButton(true);
        Button end = button("endSession", "End session", model::end);
        end.disableProperty().bind(model.runningProperty().not());
        VBox form = new VBox(6, section("NEW SESSION"), form("Annotator", annotator),
                form("Sampler", sampler), form("Target judgements", target),
                form("Items", category), form("Model for active sampling", embedding),
                new VBox(3, formLabel("Fixed list (SPoSE i j k)"), fixed), start);
        form.disableProperty().bind(model.runningProperty());
        VBox panel = new VBox(14, form, end, earlierSessions(), agreement());
        panel.setId("setupPanel");
        panel.getStyleClass().add("annotate-setup");
        // In a low window the panel scrolls, rather than pushing the status bar off screen.
        ScrollPane scroll = new ScrollPane(panel);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().addAll("edge-to-edge", "annotate-setup-scroll");
        return scroll;
    }

    private Node earlierSessions() {
        ComboBox<AnnotationSessionInfo> sessions = new ComboBox<>(model.sessions());
        sessions.setId("sessionChoice");
        sessions.setMaxWidth(Double.MAX_VALUE);
        sessions.setConverter(DisplayNames.of(AnnotateView::sessionName));
        sessions.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(AnnotationSessionInfo info, boolean empty) {
                super.updateItem(info, empty);
                setText(empty || info == null ? "" : sessionName(info));
            }
        });
        sessions.valueProperty().bindBidirectional(model.selectedSessionProperty());
        Button resume = button("resumeSession", "Continue", model::resume);
        Button export = button("exportSession", "Export…", this::export);
        resume.disableProperty().bind(Bindings.or(model.runningProperty(),
                sessions.valueProperty().isNull()));
        export.disableProperty().bind(sessions.valueProperty().isNull());
        return new VBox(6, section("EARLIER SESSIONS"), sessions, new HBox(8, resume, export));
    }

    private Node agreement() {
        Label text = label("agreementText", "muted");
        text.setWrapText(true);
        text.textProperty().bind(model.agreementProperty());
        return new VBox(6, section("CONSISTENCY AND AGREEMENT"), text);
    }

    private void export() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the session");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("CSV, every field", "*.csv"),
                new FileChooser.ExtensionFilter("SPoSE triplets (i j k)", "*.txt"));
        File file = chooser.showSaveDialog(root.getScene().getWindow());
        if (file != null) {
            model.export(file.toPath());
        }
    }

    private void chooseList() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Triplets to show in order");
        File file = chooser.showOpenDialog(root.getScene().getWindow());
        if (file != null) {
            model.chooseFixedList(file.toPath());
        }
    }

    private void key(KeyEvent event) {
        if (event.getTarget() instanceof TextInputControl || event.isShortcutDown()
                || event.isAltDown()) {
            return;
        }
        boolean handled = true;
        switch (event.getCode()) {
            case DIGIT1, NUMPAD1, LEFT -> model.choose(0);
            case DIGIT2, NUMPAD2, DOWN -> model.choose(1);
            case DIGIT3, NUMPAD3, RIGHT -> model.choose(2);
            case BACK_SPACE -> model.undo();
            case S -> model.skip();
            case F11 -> toggleFullScreen();
            default -> handled = false;
        }
        if (handled && (model.runningProperty().get() || event.getCode() == KeyCode.F11)) {
            event.consume();
        }
    }

    private void toggleFullScreen() {
        if (root.getScene() == null || !(root.getScene().getWindow() instanceof Stage stage)) {
            return;
        }
        if (!watchingFullScreen) {
            // Esc leaves full screen without a key event reaching the view.
            stage.fullScreenProperty().addListener((o, old, now) -> {
                model.participantModeProperty().set(now);
            });
            watchingFullScreen = true;
        }
        stage.setFullScreenExitHint("F11 or Esc leaves full screen");
        stage.setFullScreen(!stage.isFullScreen());
        model.participantModeProperty().set(stage.isFullScreen());
    }

    private static String samplerName(Kind kind) {
        return switch (kind) {
            case UNIFORM -> "Uniform random";
            case BALANCED -> "Balanced item coverage";
            case REPEATS -> "Repeats (10 %, consistency)";
            case ACTIVE -> "Active (model least sure)";
            case FIXED -> "Fixed list";
        };
    }

    private static String sessionName(AnnotationSessionInfo info) {
        return "#" + info.id() + " " + info.spec().annotator() + " · " + info.spec().sampler()
                + " · " + info.judged() + "/" + info.spec().target()
                + (info.ended() == null ? " (open)" : "");
    }


    private static Label label(String id, String style) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(style);
        return label;
    }

    private static Label section(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section-title");
        return label;
    }

    private static Node form(String name, Region control) {
        control.setMaxWidth(Double.MAX_VALUE);
        return new VBox(3, formLabel(name), control);
    }

    private static Label formLabel(String name) {
        Label label = new Label(name);
        label.getStyleClass().add("form-label");
        return label;
    }

    private static Button button(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(event -> action.run());
        return button;
    }
}
