package org.triad.app;

import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
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
        START("Start"),
        ITEMS("Items"), ANNOTATE("Annotate"), COLLECT("Collect"), TRAIN("Train"),
        DIMENSIONS("Dimensions"), RSM("RSM"), COMPARE("Compare"), EVALUATE("Evaluate");

        private final String title;

        Page(String title) {
            this.title = title;
        }

        String title() {
            return title;
        }
    }

    private final Workbench workbench;
    private static final String DARK_THEME = "dark.css";

    private final BorderPane root = new BorderPane();
    /** The window's content with the help overlay above it. */
    private final StackPane layers = new StackPane();
    private final HelpOverlay help = new HelpOverlay();
    private final BooleanProperty dark = new SimpleBooleanProperty();
    private final StackPane content = new StackPane();
    private final ToggleGroup navigation = new ToggleGroup();
    private final Map<Page, Node> pages = new LinkedHashMap<>();
    private final RsmViewModel rsmModel;
    private final TrainViewModel trainModel;
    private final StartViewModel startModel;
    private final EvaluationViewModel evaluationModel;
    private final CollectViewModel collectModel;
    /** True while a participant judges in full screen: only the Annotate view is shown. */
    private final BooleanProperty participantMode;
    /** Whether the judgement sets changed since the views listing them last read them. */
    private boolean setsStale;
    private final RsmView rsmView;
    private final JobsPanel jobsPanel;
    private AppPreferences preferences = new AppPreferences(null);
    /** Shared by the Collect view, which saves them, and the Preferences dialog. */
    private final EndpointProfiles endpointProfiles = EndpointProfiles.forUser();
    private PreferencesDialog preferencesDialog;

    MainWindow(Workbench workbench) {
        this.workbench = workbench;
        trainModel = new TrainViewModel(workbench);
        rsmModel = new RsmViewModel(workbench);
        rsmView = new RsmView(rsmModel, workbench);
        startModel = new StartViewModel(workbench);
        pages.put(Page.START, new StartView(startModel, new GuidedWorkflows(this::show, trainModel,
                rsmModel, annotatePage())).node());
        pages.put(Page.ITEMS, new ItemsView(new ItemsViewModel(workbench.project().items()))
                .node());
        AnnotateViewModel annotateModel = new AnnotateViewModel(workbench, Clock.systemUTC(),
                System::nanoTime);
        participantMode = annotateModel.participantModeProperty();
        pages.put(Page.ANNOTATE, new AnnotateView(annotateModel, workbench).node());
        evaluationModel = new EvaluationViewModel(workbench);
        collectModel = new CollectViewModel(workbench, System.getenv(), endpointProfiles);
        pages.put(Page.COLLECT, new CollectView(collectModel, () -> {
            evaluationModel.load();
            show(Page.EVALUATE);
        }).node());
        pages.put(Page.TRAIN, new TrainView(trainModel, workbench.dialogs()).node());
        pages.put(Page.DIMENSIONS, new DimensionsView(new DimensionsViewModel(workbench),
                workbench).node());
        pages.put(Page.RSM, rsmView.node());
        pages.put(Page.COMPARE, new ComparisonView(new ComparisonViewModel(workbench), workbench)
                .node());
        pages.put(Page.EVALUATE, new EvaluationView(evaluationModel, workbench).node());
        content.getStyleClass().add("content");
        root.setLeft(hiddenForParticipants(navigation()));
        root.setCenter(scrolling(content));
        jobsPanel = new JobsPanel(workbench.jobs());
        root.setBottom(hiddenForParticipants(statusBar()));
        // The jobs panel floats above the status bar's right end, over the view.
        StackPane.setAlignment(jobsPanel.node(), Pos.BOTTOM_RIGHT);
        StackPane.setMargin(jobsPanel.node(), new Insets(0, 12, 40, 0));
        layers.getChildren().addAll(root, jobsPanel.node(), help.node());
        navigation.selectedToggleProperty().addListener((o, old, now) -> selected(old, now));
        workbench.judgementSetsRevisionProperty().addListener((o, old, now) -> {
            setsStale = true;
            reloadSets();
        });
        show(Page.START);
        startModel.load();
        trainModel.load();
        evaluationModel.load();
        workbench.refreshEmbeddings(-1);
    }

    /**
     * The view that collects judgements by hand, looked up by name so that the start page's
     * workflow lights up as soon as a build carries that view; null while none does.
     */
    private static Page annotatePage() {
        return Arrays.stream(Page.values()).filter(page -> page.name().equals("ANNOTATE"))
                .findFirst().orElse(null);
    }

    Parent root() {
        return layers;
    }

    /** The view shown now. */
    Page currentPage() {
        return (Page) navigation.getSelectedToggle().getUserData();
    }

    /** Whether the dark theme is on; the scene follows it once shortcuts are installed. */
    BooleanProperty darkProperty() {
        return dark;
    }

    /** The help overlay, for tests. */
    HelpOverlay help() {
        return help;
    }

    /** The jobs panel that the status bar's jobs button opens. */
    JobsPanel jobsPanel() {
        return jobsPanel;
    }

    /** Where the Preferences dialog saves; by default nothing is kept. */
    void usePreferences(AppPreferences kept) {
        preferences = kept;
        preferencesDialog = null;
    }

    /** The endpoint profiles of the Collect view and the Preferences dialog. */
    EndpointProfiles endpointProfiles() {
        return endpointProfiles;
    }

    /** Opens the Preferences dialog (Ctrl+,) with the values in force. */
    void showPreferences() {
        if (preferencesDialog == null) {
            preferencesDialog = new PreferencesDialog(new PreferencesViewModel(workbench, dark,
                    preferences), endpointProfiles, layers.getScene() == null ? null
                            : layers.getScene().getWindow());
        }
        preferencesDialog.show();
    }

    /** The Preferences dialog once opened, else null; for tests and the screenshot tour. */
    PreferencesDialog preferencesDialog() {
        return preferencesDialog;
    }

    /** The RSM view, for tests that look at the heatmap. */
    RsmView rsmView() {
        return rsmView;
    }

    /** The Train view model, for tests of the guided workflows. */
    TrainViewModel trainModel() {
        return trainModel;
    }

    /** Whether a participant judges in full screen; the window hides its frame then. */
    ReadOnlyBooleanProperty participantModeProperty() {
        return participantMode;
    }

    /** The node, shown only outside participant mode. */
    Node hiddenForParticipants(Node node) {
        node.visibleProperty().bind(participantMode.not());
        node.managedProperty().bind(node.visibleProperty());
        return node;
    }

    /** The Evaluate view model, for tests. */
    EvaluationViewModel evaluationModel() {
        return evaluationModel;
    }

    /** The RSM view model, for the screenshot tour. */
    RsmViewModel rsmModel() {
        return rsmModel;
    }

    /** Switches to a view; not while a participant judges in full screen. */
    void show(Page page) {
        if (participantMode.get() && page != Page.ANNOTATE) {
            return; // a participant stays on the triplets
        }
        navigation.getToggles().stream().filter(toggle -> toggle.getUserData() == page)
                .findFirst().ifPresent(navigation::selectToggle);
    }

    /** Ctrl+1 … Ctrl+N switch views; F1 and Ctrl+Shift+T as in {@link HelpOverlay}. */
    void installShortcuts(Scene scene) {
        KeyCode[] keys = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4,
            KeyCode.DIGIT5, KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9};
        for (Page page : Page.values()) {
            scene.getAccelerators().put(new KeyCodeCombination(keys[page.ordinal()],
                    KeyCombination.SHORTCUT_DOWN), () -> show(page));
        }
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.COMMA,
                KeyCombination.SHORTCUT_DOWN), this::showPreferences);
        installHelp(scene);
        installTheme(scene);
    }

    /** F1 or ? shows the shortcuts, Esc hides them. */
    private void installHelp(Scene scene) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F1), help::toggle);
        scene.addEventHandler(KeyEvent.KEY_TYPED, event -> {
            // "?" is a character a search field needs, so it opens help only outside one.
            if ("?".equals(event.getCharacter())
                    && !(scene.getFocusOwner() instanceof TextInputControl)) {
                help.toggle();
                event.consume();
            }
        });
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE && help.isShown()) {
                help.hide();
                event.consume();
            } else if (event.getCode() == KeyCode.ESCAPE && jobsPanel.isShown()) {
                jobsPanel.hide();
                event.consume();
            }
        });
    }

    /** Ctrl+Shift+T switches the theme; the dark sheet overrides the light one's colours. */
    private void installTheme(Scene scene) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.T,
                KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                () -> dark.set(!dark.get()));
        String darkSheet = Objects.requireNonNull(MainWindow.class.getResource(DARK_THEME),
                DARK_THEME).toExternalForm();
        Runnable theme = () -> {
            scene.getStylesheets().remove(darkSheet);
            if (dark.get()) {
                scene.getStylesheets().add(darkSheet);
            }
        };
        dark.addListener((o, old, now) -> theme.run());
        theme.run();
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
        reloadSets();
    }

    /**
     * Has the views that list the judgement sets read them again after a change (an import, a
     * collection run, judgements by hand), once a view other than Annotate is shown: Annotate
     * records a judgement per key press.
     */
    private void reloadSets() {
        if (!setsStale || navigation.getSelectedToggle() == null
                || currentPage() == Page.ANNOTATE) {
            return;
        }
        setsStale = false;
        if (currentPage() == Page.COLLECT) {
            collectModel.load(); // elsewhere, the Collect view lists them when shown
        }
        startModel.load();
        trainModel.load();
        evaluationModel.load();
        rsmModel.reloadSets();
    }

    /**
     * The view fills the space between the navigation and the status bar; in a window smaller
     * than a view's minimum the view scrolls, so that its bottom and right edge stay reachable
     * and the status bar stays in sight, instead of being cut off.
     */
    private static Node scrolling(Region view) {
        ScrollPane scroll = new ScrollPane(view);
        scroll.setFitToWidth(true);
        // Not fit to height: the scroll pane would then judge by the view's minimum height
        // without a width, which is too low for a view whose text wraps, and cut it. The view
        // asks for the viewport's height instead; its minimum at its width can exceed that.
        view.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> scroll.getViewportBounds().getHeight(), scroll.viewportBoundsProperty()));
        scroll.getStyleClass().addAll("edge-to-edge", "content-scroll");
        return scroll;
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
        Region push = new Region();
        VBox.setVgrow(push, Priority.ALWAYS);
        ToggleButton theme = new ToggleButton("Dark theme");
        theme.setId("themeToggle");
        theme.selectedProperty().bindBidirectional(dark);
        Button shortcuts = new Button("Shortcuts (F1)");
        shortcuts.setId("helpButton");
        shortcuts.setOnAction(event -> help.toggle());
        Button settings = new Button("Preferences…");
        settings.setId("preferencesButton");
        settings.setTooltip(new Tooltip("Preferences (Ctrl+,)"));
        settings.setOnAction(event -> showPreferences());
        for (ButtonBase small : new ButtonBase[] {settings, theme, shortcuts}) {
            small.getStyleClass().addAll("nav-button", "nav-small");
            small.setMaxWidth(Double.MAX_VALUE);
            small.setFocusTraversable(false);
        }
        nav.getChildren().addAll(push, settings, theme, shortcuts);
        return nav;
    }

    private Node statusBar() {
        Label compute = new Label();
        compute.setId("computeStatus");
        compute.textProperty().bind(workbench.computeBackendProperty().map(s -> "Compute: " + s));
        compute.setMinWidth(Region.USE_PREF_SIZE);
        Label file = new Label("Project: " + workbench.project().file().toAbsolutePath());
        file.setId("projectStatus");
        file.setMinWidth(0);
        FullText.tooltip(file);
        Label job = new Label();
        job.setId("jobStatus");
        job.textProperty().bind(workbench.jobStatusProperty());
        job.setMinWidth(0);
        FullText.tooltip(job);
        // The jobs button says "Ready" already; the line only names what runs.
        job.visibleProperty().bind(workbench.jobStatusProperty().isNotEqualTo("Ready"));
        Button jobs = new Button();
        jobs.setId("jobsButton");
        jobs.getStyleClass().add("jobs-button");
        jobs.textProperty().bind(workbench.jobs().summary());
        jobs.setTooltip(new Tooltip("Show the running and finished jobs"));
        jobs.setFocusTraversable(false);
        jobs.setOnAction(event -> jobsPanel.toggle());
        // The running job's line gives way first; the button that opens the jobs stays whole.
        jobs.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(24, compute, file, spacer, job, jobs);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        return bar;
    }
}
