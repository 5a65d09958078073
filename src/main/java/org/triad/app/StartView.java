package org.triad.app;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The start page: three guided workflows as large buttons, then what the open project holds.
 * It is the first view a new user sees.
 */
final class StartView {
    private final ScrollPane root = new ScrollPane();

    StartView(StartViewModel model, GuidedWorkflows workflows) {
        Label title = new Label("Welcome to Triad");
        title.getStyleClass().add("view-title");
        Label intro = new Label("Pick a guided workflow to begin, or any view on the left."
                + " Press F1 for the keyboard shortcuts.");
        intro.getStyleClass().add("muted");
        intro.setWrapText(true);
        HBox cards = new HBox(16, trainCard(model, workflows), compareCard(model, workflows),
                annotateCard(workflows));
        VBox page = new VBox(18, title, intro, cards, contents(model));
        page.getStyleClass().addAll("view", "start-page");
        root.setContent(page);
        root.setFitToWidth(true);
        root.getStyleClass().add("start-scroll");
    }

    Node node() {
        return root;
    }

    private static Node trainCard(StartViewModel model, GuidedWorkflows workflows) {
        return card("startTrain", "Train an embedding on the human judgements",
                "Opens Train with the human sets (human-a + human-b) ticked and SPoSE's"
                        + " defaults: 100 dims, λ 0.008, 10\u00a0% validation. Press Start"
                        + " training there.",
                workflows::trainOnHumans, model.canTrainProperty(), "The project has no"
                        + " judgements yet.");
    }

    private static Node compareCard(StartViewModel model, GuidedWorkflows workflows) {
        return card("startCompare", "Compare people and GPT-4 on the same 2,171 triplets",
                "Opens RSM with the empirical RSM of the people's answers to Du et al.'s"
                        + " triplets beside GPT-4's, with the statistics between them.",
                workflows::comparePeopleWithGpt4, model.canCompareProperty(),
                "Needs the judgement sets " + StartViewModel.DU_HUMANS + " and "
                        + StartViewModel.DU_GPT4 + ".");
    }

    private static Node annotateCard(GuidedWorkflows workflows) {
        String text = "Shows triplets one at a time; you pick the odd one out and the answers"
                + " become a new judgement set.";
        return card("startAnnotate", "Collect judgements by hand",
                workflows.canAnnotate() ? text : text + " Coming: not in this build yet.",
                workflows::collectByHand,
                Bindings.createBooleanBinding(workflows::canAnnotate), "Coming: the Annotate"
                        + " view is not in this build yet.");
    }

    /**
     * One workflow: a button with its promise underneath. A disabled button shows no tooltip,
     * so the reason it is disabled sits on the card around it.
     */
    private static Node card(String id, String title, String text, Runnable action,
            ObservableBooleanValue enabled, String whyNot) {
        Button button = new Button(title);
        button.setId(id);
        button.getStyleClass().add("workflow-button");
        button.setWrapText(true);
        button.setMaxWidth(Double.MAX_VALUE);
        button.setOnAction(event -> action.run());
        button.disableProperty().bind(Bindings.not(enabled));
        Label explanation = new Label(text);
        explanation.setWrapText(true);
        explanation.getStyleClass().add("muted");
        VBox box = new VBox(8, button, explanation);
        box.getStyleClass().add("workflow-card");
        box.setPrefWidth(300);
        HBox.setHgrow(box, Priority.ALWAYS);
        StackPane holder = new StackPane(box);
        holder.setAlignment(Pos.TOP_LEFT);
        Tooltip reason = new Tooltip(whyNot);
        Runnable explain = () -> {
            if (enabled.get()) {
                Tooltip.uninstall(holder, reason);
            } else {
                Tooltip.install(holder, reason);
            }
        };
        enabled.addListener((o, old, now) -> explain.run());
        explain.run();
        return holder;
    }

    private static Node contents(StartViewModel model) {
        Label heading = new Label("In this project");
        heading.getStyleClass().add("section-title");
        Label items = new Label();
        items.setId("startItems");
        items.textProperty().bind(model.itemsProperty());
        VBox sets = list("startSets", model.sets());
        VBox embeddings = list("startEmbeddings", model.embeddings());
        VBox box = new VBox(8, heading, items, new Label("Judgement sets"), sets,
                new Label("Embeddings"), embeddings);
        box.getStyleClass().add("start-contents");
        return box;
    }

    /** A plain column of labels that follows a list of lines. */
    private static VBox list(String id, ObservableList<String> lines) {
        VBox box = new VBox(2);
        box.setId(id);
        box.getStyleClass().add("start-list");
        Runnable fill = () -> box.getChildren().setAll((lines.isEmpty()
                ? List.of("none yet") : lines).stream().map(line -> {
                    Label label = new Label(lines.isEmpty() ? line : "• " + line);
                    label.getStyleClass().add("muted");
                    return label;
                }).toList());
        lines.addListener((ListChangeListener<String>) change -> fill.run());
        fill.run();
        return box;
    }
}
