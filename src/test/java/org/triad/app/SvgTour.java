package org.triad.app;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.triad.analysis.Evaluation;
import org.triad.analysis.NoiseCeiling;
import org.triad.analysis.TrainingOverlap;
import org.triad.analysis.Rsms;
import org.triad.analysis.WeightHistogram;
import org.triad.model.Embedding;
import org.triad.model.EpochReport;
import org.triad.model.ItemSet;
import org.triad.store.EmbeddingFiles;
import org.triad.store.ItemFileReader;

/**
 * Not a test of behaviour: saves every plot as SVG, and as PNG from the same drawing code,
 * into the folder named by {@code -Dtriad.shots=DIR}, from the bundled THINGS 49-dimension
 * embedding, so that a person can compare them (e.g. after {@code rsvg-convert}).
 */
@EnabledIfSystemProperty(named = "triad.shots", matches = ".+")
class SvgTour {
    private static final Path SHOTS = Path.of(System.getProperty("triad.shots", "."));
    private static final Path THINGS = Path.of("datasets/things");

    @Test
    void saveEveryPlotAsSvgAndPng() throws Exception {
        FxToolkit.registerPrimaryStage();
        Files.createDirectories(SHOTS);
        ItemSet items = ItemFileReader.read(THINGS.resolve("concepts.tsv"),
                THINGS.resolve("categories27.tsv"));
        Path reference = THINGS.resolve("reference");
        Embedding embedding = EmbeddingFiles.read(reference.resolve(
                "spose_embedding_49d_sorted.txt"), items.ids());
        embedding = new Embedding(items.ids(), embedding.dims(), embedding.toArray(),
                EmbeddingFiles.readLabels(reference.resolve("labels_49d.txt"), 49));
        HistogramPlot histogram = new HistogramPlot();
        histogram.show(WeightHistogram.of(embedding.column(0), 40));
        save("svg-histogram", histogram, 640, 260);
        ItemProfileModel profileModel = new ItemProfileModel(items);
        ScatterModel scatterModel = new ScatterModel(items, profileModel);
        scatterModel.setEmbedding(embedding);
        ScatterPlot scatter = new ScatterPlot(scatterModel);
        scatter.drawLegend();
        save("svg-scatter", scatter, 900, 560);
        ProfilePlot profile = new ProfilePlot();
        profile.show(new ItemProfileModel.Profile(0, items.get(0), embedding.row(0),
                embedding.labels()));
        save("svg-profile", profile, 700, profile.getPrefHeight());
        AccuracyGauge gauge = new AccuracyGauge();
        gauge.show(new EvaluationViewModel.Result(new Evaluation.Accuracy(0.64, 0.62, 0.66, 500),
                new NoiseCeiling(0.68, 0.65, 0.71, 100, 300, 0), List.of(), List.of(),
                new TrainingOverlap(0, 500)));
        save("svg-gauge", gauge, 700, 70);
        TrainingPlot training = new TrainingPlot();
        training.show(history());
        save("svg-training", training, TrainingPlot.WIDTH, TrainingPlot.HEIGHT);
        int[] order = IntStream.range(0, items.size()).boxed()
                .sorted(Comparator.comparing(i -> items.get(i).categories().isEmpty() ? "~"
                        : items.get(i).categories().get(0))).mapToInt(i -> i).toArray();
        RsmPicture picture = RsmPicture.of(Rsms.dotProduct(embedding), items, order);
        Files.writeString(SHOTS.resolve("svg-rsm.svg"), RsmFigure.svg(picture,
                "THINGS 49d · dot product · by category"), StandardCharsets.UTF_8);
        var image = WaitForAsyncUtils.asyncFx(() -> RsmFigure.canvas(picture,
                "THINGS 49d · dot product · by category").snapshot(null, null)).get();
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null),
                "png", SHOTS.resolve("svg-rsm.png").toFile());
    }

    private static List<EpochReport> history() {
        List<EpochReport> history = new ArrayList<>();
        for (int epoch = 1; epoch <= 24; epoch++) {
            double train = 4.6 / Math.sqrt(epoch) + 0.4;
            double validation = 4.5 / Math.sqrt(epoch) + 0.45 + Math.max(0, epoch - 15) * 0.03;
            history.add(new EpochReport(epoch, train, 0.40 + 0.25 * (1 - Math.exp(-epoch / 5.0)),
                    validation, 0.39 + 0.22 * (1 - Math.exp(-epoch / 5.0)), 60, 3));
        }
        return history;
    }

    private static void save(String name, CanvasPane plot, double width, double height)
            throws Exception {
        Files.writeString(SHOTS.resolve(name + ".svg"), PlotStyle.svg(plot, width, height),
                StandardCharsets.UTF_8);
        byte[] png = WaitForAsyncUtils.asyncFx(() -> PlotStyle.png(plot, width, height)).get();
        Files.write(SHOTS.resolve(name + "-canvas.png"), png);
    }
}
