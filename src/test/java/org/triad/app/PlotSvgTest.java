package org.triad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.triad.analysis.WeightHistogram;
import org.triad.model.Embedding;
import org.triad.model.EpochReport;
import org.triad.model.Item;
import org.triad.model.ItemSet;
import org.triad.model.Rsm;
import org.triad.model.RsmKind;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The plots' SVG: well-formed XML with one mark per datum, from the same code as the PNG. */
class PlotSvgTest {
    private static final String ACCENT = SvgPainter.hex(PlotStyle.ACCENT);

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(
                new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertEquals("svg", document.getDocumentElement().getLocalName());
        return document;
    }

    static List<Element> elements(Document document, String name) {
        NodeList nodes = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", name);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    static List<String> texts(Document document) {
        return elements(document, "text").stream().map(Element::getTextContent).toList();
    }

    @Test
    void histogramHasOneBarPerBinAndItsLabels() throws Exception {
        float[] weights = new float[200];
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < weights.length; i++) {
            weights[i] = i % 5 == 0 ? 0 : (float) random.nextDouble(0, 2);
        }
        WeightHistogram histogram = WeightHistogram.of(weights, 17);
        HistogramPlot plot = new HistogramPlot();
        plot.show(histogram);
        Document svg = parse(PlotStyle.svg(plot, 640, 260));
        long bars = elements(svg, "rect").stream()
                .filter(rect -> ACCENT.equals(rect.getAttribute("fill"))).count();
        assertEquals(histogram.counts().length, bars);
        assertTrue(texts(svg).contains("weight"), texts(svg).toString());
        assertTrue(texts(svg).contains("items per bin · 40 items at exactly 0 not drawn"));
    }

    @Test
    void scatterHasOneDotPerItemWithRotatedAxisTitle() throws Exception {
        int n = 37;
        List<Item> list = new ArrayList<>();
        float[] weights = new float[n * 2];
        for (int i = 0; i < n; i++) {
            list.add(new Item("i" + i, "word <" + i + "> & co", "", "", List.of("c" + i % 4)));
            weights[2 * i] = i / 10f;
            weights[2 * i + 1] = (n - i) / 7f;
        }
        ItemSet items = new ItemSet(list);
        ScatterModel model = new ScatterModel(items, new ItemProfileModel(items));
        model.setEmbedding(new Embedding(items.ids(), 2, weights, List.of("animal", "food")));
        ScatterPlot plot = new ScatterPlot(model);
        Document svg = parse(PlotStyle.svg(plot, 800, 520));
        assertEquals(n, elements(svg, "ellipse").size());
        Element yTitle = elements(svg, "text").stream().filter(t -> t.getAttribute("transform")
                .contains("rotate(-90)")).findFirst().orElseThrow();
        assertTrue(yTitle.getTextContent().contains("food"), yTitle.getTextContent());
        plot.drawLegend();
        Document withLegend = parse(PlotStyle.svg(plot, 800, 520));
        assertEquals(n + 4, elements(withLegend, "ellipse").size());
        assertTrue(texts(withLegend).contains("c3"));
    }

    @Test
    void trainingChartHasOneVertexPerEpochInEachSeries() throws Exception {
        List<EpochReport> history = new ArrayList<>();
        for (int epoch = 1; epoch <= 9; epoch++) {
            history.add(new EpochReport(epoch, 3.0 / epoch, 0.4 + epoch * 0.02,
                    epoch == 3 ? Double.NaN : 3.2 / epoch, 0.38 + epoch * 0.02, 40, 1.5));
        }
        TrainingPlot plot = new TrainingPlot();
        plot.show(history);
        Document svg = parse(PlotStyle.svg(plot, TrainingPlot.WIDTH, TrainingPlot.HEIGHT));
        List<Element> lines = elements(svg, "polyline");
        assertEquals(4, lines.size());
        List<Integer> vertices = lines.stream().map(line -> line.getAttribute("points")
                .split(" ").length).toList();
        assertEquals(List.of(9, 8, 9, 9), vertices);
        assertEquals(ACCENT, lines.get(0).getAttribute("stroke"));
        assertEquals(SvgPainter.hex(TrainingPlot.VALIDATION), lines.get(1).getAttribute("stroke"));
        assertTrue(texts(svg).containsAll(List.of("Loss", "Accuracy", "epoch", "training",
                "validation")), texts(svg).toString());
    }

    @Test
    void heatmapEmbedsEveryCellAsOnePixelWithVectorLegend() throws Exception {
        List<Item> list = new ArrayList<>();
        int n = 30;
        for (int i = 0; i < n; i++) {
            list.add(new Item("i" + i, "w" + i, "", "", i < 12 ? List.of("animal")
                    : i < 24 ? List.of("food") : List.of()));
        }
        ItemSet items = new ItemSet(list);
        double[] values = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                values[i * n + j] = i == j ? 1 : 1.0 / (1 + Math.abs(i - j));
            }
        }
        int[] order = java.util.stream.IntStream.range(0, n).toArray();
        RsmPicture picture = RsmPicture.of(new Rsm(RsmKind.COSINE, items.ids(), values), items,
                order);
        Document svg = parse(RsmFigure.svg(picture, "cosine · as loaded"));
        List<Element> images = elements(svg, "image");
        assertEquals(1, images.size());
        String href = images.get(0).getAttributeNS("http://www.w3.org/1999/xlink", "href");
        assertTrue(href.startsWith("data:image/png;base64,"));
        BufferedImage cells = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder()
                .decode(href.substring("data:image/png;base64,".length()))));
        assertEquals(n, cells.getWidth());
        assertEquals(n, cells.getHeight());
        assertEquals(picture.pixels()[1] & 0xffffff, cells.getRGB(1, 0) & 0xffffff);
        assertTrue(texts(svg).containsAll(List.of("cosine · as loaded", "animal", "food",
                "no category", RsmPicture.format(picture.max()), RsmPicture.format(picture.min()))),
                texts(svg).toString());
    }

    @Test
    void pngOfTheSamePlotStillRendersItsBars() throws Exception {
        HistogramPlot plot = new HistogramPlot();
        plot.show(WeightHistogram.of(new float[] {0.5f, 0.6f, 1, 1.2f, 2}, 4));
        byte[] png = WaitForAsyncUtils.asyncFx(() -> PlotStyle.png(plot, 640, 260)).get();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(640, image.getWidth());
        assertEquals(260, image.getHeight());
        int accent = Integer.parseInt(ACCENT.substring(1), 16);
        boolean found = false;
        for (int x = 0; x < 640 && !found; x++) {
            found = (image.getRGB(x, 220) & 0xffffff) == accent;
        }
        assertTrue(found, "no bar pixel on the row above the axis");
    }

    @Test
    void rightClickOnAPlotOffersPngAndSvg() throws Exception {
        HistogramPlot plot = new HistogramPlot();
        plot.show(WeightHistogram.of(new float[] {0.5f, 1, 2}, 3));
        PlotExport.offer(plot, "histogram", new RecordingDialogs());
        FxToolkit.setupStage(stage -> {
            stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(plot), 400,
                    300));
            stage.show();
        });
        WaitForAsyncUtils.asyncFx(() -> javafx.event.Event.fireEvent(plot.canvas(),
                new javafx.scene.input.ContextMenuEvent(
                        javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, 50, 50, 60,
                        60, false, null))).get();
        WaitForAsyncUtils.waitForFxEvents();
        List<String> shown = WaitForAsyncUtils.asyncFx(() -> javafx.stage.Window.getWindows()
                .stream().filter(w -> w instanceof javafx.scene.control.ContextMenu
                        && w.isShowing())
                .flatMap(w -> ((javafx.scene.control.ContextMenu) w).getItems().stream())
                .map(javafx.scene.control.MenuItem::getText).toList()).get();
        assertEquals(List.of("Save PNG…", "Save SVG…"), shown);
        FxToolkit.cleanupStages();
    }

    @Test
    void savingWritesTheFileOrReportsWithoutLeavingAPart(@TempDir Path dir) throws Exception {
        RecordingDialogs dialogs = new RecordingDialogs();
        Path file = dir.resolve("plot.svg");
        PlotExport.write(file, () -> "<svg/>".getBytes(StandardCharsets.UTF_8), dialogs);
        assertEquals("<svg/>", Files.readString(file));
        PlotExport.write(dir.resolve("missing/plot.svg"), () -> new byte[1], dialogs);
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).startsWith("Could not save plot.svg"));
        PlotExport.write(dir.resolve("broken.svg"), () -> {
            throw new IllegalStateException("drawing failed");
        }, dialogs);
        assertEquals(2, dialogs.errors.size());
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
    }
}
