package org.triad.app;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.triad.app.TrainViewModel.SetChoice;
import org.triad.model.EpochReport;
import org.triad.model.Similarity;
import org.triad.training.EngineChoice;

/** The Train view: run settings on the left, live progress and loss/accuracy charts. */
final class TrainView {
    /** Epochs up to which each point is drawn as a dot too. */
    static final int MAX_SYMBOLS = 200;
    private final TrainViewModel model;
    private final BorderPane root = new BorderPane();
    private final XYChart.Series<Number, Number> trainLoss = series("train loss");
    private final XYChart.Series<Number, Number> validationLoss = series("validation loss");
    private final XYChart.Series<Number, Number> trainAccuracy = series("train accuracy");
    private final XYChart.Series<Number, Number> validationAccuracy =
            series("validation accuracy");
    private final VBox charts = new VBox(6);
    private final NumberAxis lossEpochs = epochAxis();
    private final NumberAxis accuracyEpochs = epochAxis();
    private final LineChart<Number, Number> lossChart = chart("Loss", lossEpochs, "loss");
    private final LineChart<Number, Number> accuracyChart = chart("Accuracy", accuracyEpochs,
            "share of triplets predicted");

    TrainView(TrainViewModel model, DialogService dialogs) {
        this.model = model;
        root.getStyleClass().add("view");
        Label title = new Label("Train a SPoSE embedding");
        title.getStyleClass().add("view-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Node progress = progressPane();
        Button export = PngExport.button(charts, "training.png", dialogs);
        export.disableProperty().bind(Bindings.isEmpty(model.history()));
        Button svg = PlotExport.svgButton(charts, "training.svg", this::svg, dialogs);
        svg.setId("trainSvg");
        svg.disableProperty().bind(Bindings.isEmpty(model.history()));
        HBox header = new HBox(8, title, spacer, export, svg);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("view-header");
        root.setTop(header);
        root.setLeft(settings());
        root.setCenter(progress);
        model.history().addListener(this::historyChanged);
    }

    Node node() {
        return root;
    }

    /** The loss and accuracy charts as SVG, drawn from the run's history. */
    String svg() {
        TrainingPlot plot = new TrainingPlot();
        plot.show(List.copyOf(model.history()));
        return PlotStyle.svg(plot, TrainingPlot.WIDTH, TrainingPlot.HEIGHT);
    }

    private Node settings() {
        VBox setBoxes = new VBox(6);
        model.sets().addListener((ListChangeListener<SetChoice>) change -> {
            while (change.next()) {
                // A tick is an update of the list; only new sets need new boxes.
                if (!change.wasUpdated()) {
                    setBoxes.getChildren().setAll(model.sets().stream().map(this::box)
                            .toList());
                    return;
                }
            }
        });
        GridPane form = new GridPane();
        form.getStyleClass().add("form");
        int row = 0;
        form.addRow(row++, formLabel("Validation share"), decimal("validationFraction",
                model.validationFractionProperty(), 0.0, 0.5, 0.05, "0.00"));
        form.addRow(row++, formLabel("Dimensions"), integer("dims", model.dimsProperty(), 1,
                1000, 10));
        form.addRow(row++, formLabel("λ (L1 weight)"), decimal("lambda", model.lambdaProperty(),
                0.0, 1.0, 0.001, "0.0####"));
        form.addRow(row++, formLabel("Learning rate"), decimal("learningRate",
                model.learningRateProperty(), 1e-6, 1.0, 0.0005, "0.0#####"));
        form.addRow(row++, formLabel("Batch size"), integer("batchSize",
                model.batchSizeProperty(), 1, 10_000, 10));
        form.addRow(row++, formLabel("Max. epochs"), integer("maxEpochs",
                model.maxEpochsProperty(), 1, 10_000, 10));
        form.addRow(row++, formLabel("Patience"), integer("patience", model.patienceProperty(),
                1, 1000, 1));
        form.addRow(row++, formLabel("Seed"), integer("seed", model.seedProperty(), 0,
                Integer.MAX_VALUE, 1));
        form.addRow(row++, formLabel("Similarity"), choice("similarity",
                model.similarityProperty(), Similarity.values(), TrainView::similarityName));
        form.addRow(row++, formLabel("Temperature"), decimal("temperature",
                model.temperatureProperty(), 0.01, 100.0, 0.1, "0.0##"));
        form.addRow(row, formLabel("Engine"), choice("engine", model.engineProperty(),
                EngineChoice.values(), TrainView::engineName));
        Label setsTitle = new Label("Judgement sets");
        setsTitle.getStyleClass().add("section-title");
        Label settingsTitle = new Label("Settings");
        settingsTitle.getStyleClass().add("section-title");
        VBox fields = new VBox(10, setsTitle, setBoxes, settingsTitle, form);
        fields.getStyleClass().add("settings-fields");
        // The sets and settings scroll, so a project with many sets in a low window leaves
        // the buttons below them in sight.
        ScrollPane scroll = new ScrollPane(fields);
        scroll.setId("trainSettingsScroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().addAll("edge-to-edge", "settings-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox panel = new VBox(0, scroll, buttons());
        panel.getStyleClass().addAll("card", "settings");
        return panel;
    }

    private CheckBox box(SetChoice choice) {
        CheckBox box = new CheckBox(String.format(Locale.ROOT, "%s  (%,d)",
                choice.info().name(), choice.info().count()));
        box.setId("set-" + choice.info().name());
        box.setMnemonicParsing(false); // a set name's '_' is part of the name
        box.selectedProperty().bindBidirectional(choice.selectedProperty());
        box.disableProperty().bind(model.runningProperty());
        if (!choice.info().description().isBlank()) {
            box.setTooltip(new Tooltip(choice.info().description()));
        }
        return box;
    }

    private Node buttons() {
        Button start = new Button("Start training");
        start.setId("startTraining");
        start.setDefaultButton(true);
        start.disableProperty().bind(model.canStartProperty().not());
        start.setOnAction(event -> model.start());
        Button cancel = new Button("Cancel");
        cancel.setId("cancelTraining");
        cancel.disableProperty().bind(model.runningProperty().not());
        cancel.setOnAction(event -> model.cancel());
        HBox buttons = new HBox(10, start, cancel);
        buttons.getStyleClass().add("buttons");
        return buttons;
    }

    private Node progressPane() {
        ProgressBar bar = new ProgressBar();
        bar.setId("trainProgress");
        bar.progressProperty().bind(model.progressProperty());
        bar.visibleProperty().bind(model.runningProperty()
                .or(model.progressProperty().greaterThan(0)));
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.setMinHeight(Region.USE_PREF_SIZE);
        Label status = new Label();
        status.setId("trainStatus");
        status.getStyleClass().add("train-status");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.textProperty().bind(model.statusProperty());
        Label stopping = new Label();
        stopping.setId("trainProgressText");
        stopping.getStyleClass().add("muted");
        stopping.setWrapText(true);
        stopping.setMinHeight(Region.USE_PREF_SIZE);
        stopping.textProperty().bind(model.progressTextProperty());
        stopping.managedProperty().bind(model.progressTextProperty().isNotEmpty());
        stopping.visibleProperty().bind(stopping.managedProperty());
        lossChart.getData().add(trainLoss);
        lossChart.getData().add(validationLoss);
        accuracyChart.getData().add(trainAccuracy);
        accuracyChart.getData().add(validationAccuracy);
        VBox.setVgrow(lossChart, Priority.ALWAYS);
        VBox.setVgrow(accuracyChart, Priority.ALWAYS);
        charts.getChildren().setAll(lossChart, accuracyChart);
        charts.visibleProperty().bind(Bindings.isNotEmpty(model.history()));
        Label empty = new Label("Loss and accuracy appear here after each epoch.");
        empty.getStyleClass().add("muted");
        empty.visibleProperty().bind(Bindings.isEmpty(model.history()));
        StackPane chartArea = new StackPane(charts, empty);
        VBox.setVgrow(chartArea, Priority.ALWAYS);
        VBox pane = new VBox(10, bar, stopping, status, chartArea);
        pane.getStyleClass().add("train-progress");
        pane.setAlignment(Pos.TOP_LEFT);
        return pane;
    }

    /** Whole epochs only: auto-ranging would put ticks at 0.5 steps. */
    private static NumberAxis epochAxis() {
        NumberAxis x = new NumberAxis(0, 5, 1);
        x.setAutoRanging(false);
        x.setLabel("epoch");
        x.setMinorTickVisible(false);
        return x;
    }

    private static LineChart<Number, Number> chart(String title, NumberAxis x, String yLabel) {
        NumberAxis y = new NumberAxis();
        y.setLabel(yLabel);
        y.setForceZeroInRange(false);
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setTitle(title);
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        chart.setMinHeight(180);
        chart.setPrefHeight(240);
        return chart;
    }

    private static XYChart.Series<Number, Number> series(String name) {
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        series.setName(name);
        return series;
    }

    /**
     * Adds the new epochs' points to the charts, or starts them afresh for a new run. Points
     * are only ever appended during a run: a run on a small set can finish thousands of epochs
     * in seconds, and redrawing every point after each one kept the replaced symbol nodes
     * alive until the heap ran out. Past {@link #MAX_SYMBOLS} epochs the dots give way to the
     * lines alone.
     */
    private void historyChanged(ListChangeListener.Change<? extends EpochReport> change) {
        List<EpochReport> added = new ArrayList<>();
        boolean removed = false;
        while (change.next()) {
            removed |= change.wasRemoved();
            added.addAll(change.getAddedSubList());
        }
        List<XYChart.Series<Number, Number>> all = List.of(trainLoss, validationLoss,
                trainAccuracy, validationAccuracy);
        if (removed) {
            all.forEach(series -> series.getData().clear());
            added = new ArrayList<>(model.history());
        }
        int epochs = model.history().size();
        for (NumberAxis axis : List.of(lossEpochs, accuracyEpochs)) {
            axis.setUpperBound(Math.max(5, epochs));
            axis.setTickUnit(Math.max(1, Math.ceil(epochs / 10.0)));
        }
        boolean symbols = epochs <= MAX_SYMBOLS;
        for (LineChart<Number, Number> chart : List.of(lossChart, accuracyChart)) {
            if (chart.getCreateSymbols() != symbols) {
                chart.setCreateSymbols(symbols);
            }
        }
        for (EpochReport r : added) {
            trainLoss.getData().add(point(r.epoch(), r.trainLoss()));
            trainAccuracy.getData().add(point(r.epoch(), r.trainAccuracy()));
            if (!Double.isNaN(r.validationLoss())) {
                validationLoss.getData().add(point(r.epoch(), r.validationLoss()));
            }
            if (!Double.isNaN(r.validationAccuracy())) {
                validationAccuracy.getData().add(point(r.epoch(), r.validationAccuracy()));
            }
        }
    }

    private static XYChart.Data<Number, Number> point(int epoch, double value) {
        return new XYChart.Data<>(epoch, value);
    }

    private static Label formLabel(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("form-label");
        return label;
    }

    private <T> ChoiceBox<T> choice(String id, ObjectProperty<T> value, T[] options,
            Function<T, String> name) {
        ChoiceBox<T> box = new ChoiceBox<>();
        box.setId(id);
        box.getItems().setAll(options);
        box.setConverter(DisplayNames.of(name));
        box.valueProperty().bindBidirectional(value);
        box.disableProperty().bind(model.runningProperty());
        box.setPrefWidth(130);
        return box;
    }

    /** The CLI's names, "dot" and "euclidean" (negative squared Euclidean distance). */
    private static String similarityName(Similarity similarity) {
        return similarity.key();
    }

    /** "auto", "cpu", "nd4j", as {@code triad train --engine}. */
    private static String engineName(EngineChoice choice) {
        return choice.name().toLowerCase(Locale.ROOT);
    }

    private Spinner<Integer> integer(String id, ObjectProperty<Integer> value, int min,
            int max, int step) {
        Spinner<Integer> spinner = new Spinner<>();
        spinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max,
                value.get(), step));
        return bind(id, spinner, value);
    }

    private Spinner<Double> decimal(String id, ObjectProperty<Double> value, double min,
            double max, double step, String pattern) {
        SpinnerValueFactory.DoubleSpinnerValueFactory factory =
                new SpinnerValueFactory.DoubleSpinnerValueFactory(min, max, value.get(), step);
        factory.setConverter(new DecimalConverter(pattern, factory::getValue));
        Spinner<Double> spinner = new Spinner<>();
        spinner.setValueFactory(factory);
        return bind(id, spinner, value);
    }

    private <T> Spinner<T> bind(String id, Spinner<T> spinner, ObjectProperty<T> value) {
        spinner.setId(id);
        spinner.disableProperty().bind(model.runningProperty());
        spinner.setEditable(true);
        spinner.setPrefWidth(130);
        spinner.getValueFactory().valueProperty().bindBidirectional(value);
        return spinner;
    }

    /** Shows small values such as λ = 0.008 in full, which the default "#.##" would round. */
    private static final class DecimalConverter extends StringConverter<Double> {
        private final DecimalFormat format;
        private final Supplier<Double> current;

        /** @param current the value to keep when the typed text is not a number */
        DecimalConverter(String pattern, Supplier<Double> current) {
            this.format = new DecimalFormat(pattern, new DecimalFormatSymbols(Locale.ROOT));
            this.current = current;
        }

        @Override
        public String toString(Double value) {
            return value == null ? "" : format.format(value);
        }

        @Override
        public Double fromString(String text) {
            if (text == null) {
                return current.get();
            }
            try {
                return format.parse(text.strip()).doubleValue();
            } catch (ParseException e) {
                return current.get();
            }
        }
    }
}
