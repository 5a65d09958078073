package org.triad.app;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The main window's content: navigation on the left, the current view, a status bar. */
final class MainWindow {
    /** The views, in navigation order. */
    enum Page {
        ITEMS("Items"), ANNOTATE("Annotate"), TRAIN("Train"), DIMENSIONS("Dimensions"),
        RSM("RSM"), COMPARE("Compare"), EVALUATE("Evaluate");

        private final String title;

        Page(String title) {
            this.title = title;
        }

        String title() {
            return title;
        }
    }

    private final Workbench workbench;
    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final ToggleGroup navigation = new ToggleGroup();
    private final Map<Page, Node> pages = new LinkedHashMap<>();
    private final RsmViewModel rsmModel;
    private final RsmView rsmView;

    MainWindow(Workbench workbench) {
        this.workbench = workbench;
        TrainViewModel trainModel = new TrainViewModel(workbench);
        rsmModel = new RsmViewModel(workbench);
        rsmView = new RsmView(rsmModel, workbench);
        pages.put(Page.ITEMS, new ItemsView(new ItemsViewModel(workbench.project().items()))
                .node());
        pages.put(Page.ANNOTATE, new AnnotateView(new AnnotateViewModel(workbench,
                Clock.systemUTC(), System::nanoTime), workbench).node());
        pages.put(Page.TRAIN, new TrainView(trainModel, workbench.dialogs()).node());
        pages.put(Page.DIMENSIONS, new DimensionsView(new DimensionsViewModel(workbench),
                workbench).node());
        pages.put(Page.RSM, rsmView.node());
        pages.put(Page.COMPARE, new ComparisonView(new ComparisonViewModel(workbench), workbench)
                .node());
        EvaluationViewModel evaluationModel = new EvaluationViewModel(workbench);
        pages.put(Page.EVALUATE, new EvaluationView(evaluationModel, workbench).node());
        content.getStyleClass().add("content");
        root.setLeft(navigation());
        root.setCenter(content);
        root.setBottom(statusBar());
        navigation.selectedToggleProperty().addListener((o, old, now) -> selected(old, now));
        show(Page.ITEMS);
        trainModel.load();
        evaluationModel.load();
        workbench.refreshEmbeddings(-1);
    }

    Parent root() {
        return root;
    }

    /** The RSM view, for tests that look at the heatmap. */
    RsmView rsmView() {
        return rsmView;
    }

    /** The RSM view model, for the screenshot tour. */
    RsmViewModel rsmModel() {
        return rsmModel;
    }

    /** Switches to a view. */
    void show(Page page) {
        navigation.getToggles().stream().filter(toggle -> toggle.getUserData() == page)
                .findFirst().ifPresent(navigation::selectToggle);
    }

    /** Ctrl+1 … Ctrl+N switch views. */
    void installShortcuts(Scene scene) {
        KeyCode[] keys = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4,
            KeyCode.DIGIT5, KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9};
        for (Page page : Page.values()) {
            scene.getAccelerators().put(new KeyCodeCombination(keys[page.ordinal()],
                    KeyCombination.SHORTCUT_DOWN), () -> show(page));
        }
    }

    private void selected(Toggle old, Toggle now) {
        if (now == null) {
            // A toggle group lets the user deselect everything; a view must always be shown.
            navigation.selectToggle(old);
            return;
        }
        Page page = (Page) now.getUserData();
        content.getChildren().setAll(pages.get(page));
        rsmModel.setActive(page == Page.RSM);
    }

    private Node navigation() {
        Label brand = new Label("Triad");
        brand.getStyleClass().add("brand");
        Label project = new Label(workbench.project().name());
        project.getStyleClass().add("nav-project");
        VBox nav = new VBox(4, brand, project);
        nav.getStyleClass().add("nav");
        for (Page page : Page.values()) {
            ToggleButton button = new ToggleButton(page.title());
            button.setId("nav-" + page.name().toLowerCase(Locale.ROOT));
            button.setUserData(page);
            button.setToggleGroup(navigation);
            button.setMaxWidth(Double.MAX_VALUE);
            button.getStyleClass().add("nav-button");
            button.setTooltip(new Tooltip(page.title() + " (Ctrl+" + (page.ordinal() + 1) + ")"));
            nav.getChildren().add(button);
        }
        return nav;
    }

    private Node statusBar() {
        Label compute = new Label();
        compute.setId("computeStatus");
        compute.textProperty().bind(workbench.computeBackendProperty().map(s -> "Compute: " + s));
        Label file = new Label("Project: " + workbench.project().file().toAbsolutePath());
        file.setId("projectStatus");
        file.setMinWidth(0);
        Label job = new Label();
        job.setId("jobStatus");
        job.textProperty().bind(workbench.jobStatusProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(24, compute, file, spacer, job);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        return bar;
    }
}
