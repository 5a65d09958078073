package org.triad.app;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.triad.analysis.WeightHistogram;
import org.triad.app.DimensionsViewModel.DimensionRow;
import org.triad.model.Item;

/**
 * The dimension table of an embedding as CSV, and a one-page HTML report with the table (each
 * dimension with a small inline SVG histogram of its weights) and two pictures embedded as
 * base64 PNG, so that the page can be mailed as one file. Plain Java: the pictures arrive as
 * PNG bytes.
 *
 * @param embeddingName the embedding's stored name
 * @param rows the dimensions
 * @param topCount top items listed per dimension
 * @param itemCount items of the embedding
 * @param scatterTitle caption of the scatter
 * @param scatterPng the scatter as PNG, or null
 * @param histogramTitle caption of the histogram
 * @param histogramPng the histogram as PNG, or null
 * @param histograms each row's weight histogram, in the order of {@code rows}
 */
record DimensionReport(String embeddingName, List<DimensionRow> rows, int topCount,
        int itemCount, String scatterTitle, byte[] scatterPng, String histogramTitle,
        byte[] histogramPng, List<WeightHistogram> histograms) {

    /** Bins of each row's histogram in the report. */
    static final int BINS = 24;
    private static final int SPARK_WIDTH = 120;
    private static final int SPARK_HEIGHT = 28;

    /**
     * Writes one line per dimension: number, label, sum, the ids and the labels of its top
     * items separated by "; ".
     */
    static void writeCsv(Path file, List<DimensionRow> rows, int topCount) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("dimension,label,sum,max,top_ids,top_labels\n");
            for (DimensionRow row : rows) {
                List<Item> top = top(row, topCount);
                out.write(row.number() + "," + csv(row.label()) + ","
                        + String.format(Locale.ROOT, "%.4f,%.4f", row.sum(), row.max()) + ","
                        + csv(top.stream().map(Item::id).collect(Collectors.joining("; ")))
                        + "," + csv(top.stream().map(Item::label)
                                .collect(Collectors.joining("; "))) + "\n");
            }
        }
    }

    private static List<Item> top(DimensionRow row, int count) {
        return row.topItems().subList(0, Math.min(count, row.topItems().size()));
    }

    /** A CSV field, quoted when it holds a comma, quote or line break (RFC 4180). */
    static String csv(String field) {
        if (field.contains(",") || field.contains("\"") || field.contains("\n")
                || field.contains("\r")) {
            return "\"" + field.replace("\"", "\"\"") + "\"";
        }
        return field;
    }

    /** Writes the HTML page. */
    void writeHtml(Path file) throws IOException {
        StringBuilder html = new StringBuilder(16_384);
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>")
                .append(escape(embeddingName)).append(" · dimensions</title>\n<style>\n")
                .append("body{font-family:system-ui,sans-serif;margin:2em auto;max-width:1100px;")
                .append("color:#1f2933}\nh1{font-size:1.5em;margin-bottom:0}\n")
                .append(".muted{color:#687685}\ntable{border-collapse:collapse;width:100%;")
                .append("font-size:.9em}\nth,td{text-align:left;padding:4px 8px;")
                .append("border-bottom:1px solid #e4e7eb;vertical-align:top}\n")
                .append("td.num{text-align:right;font-variant-numeric:tabular-nums}\n")
                .append(".plots{display:flex;gap:24px;flex-wrap:wrap}\n")
                .append("figure{margin:1em 0}img{max-width:520px;border:1px solid #e4e7eb}\n")
                .append("</style></head><body>\n<h1>").append(escape(embeddingName))
                .append("</h1>\n<p class=\"muted\">").append(String.format(Locale.ROOT,
                        "%d dimensions · %,d items · top %d items per dimension", rows.size(),
                        itemCount, topCount)).append("</p>\n<div class=\"plots\">\n");
        figure(html, scatterPng, scatterTitle);
        figure(html, histogramPng, histogramTitle);
        html.append("</div>\n<table>\n<tr><th>#</th><th>label</th><th>sum</th>")
                .append("<th>weights</th><th>top items</th></tr>\n");
        for (int r = 0; r < rows.size(); r++) {
            DimensionRow row = rows.get(r);
            html.append("<tr><td class=\"num\">").append(row.number()).append("</td><td>")
                    .append(escape(row.title())).append("</td><td class=\"num\">")
                    .append(String.format(Locale.ROOT, "%.1f", row.sum())).append("</td><td>")
                    .append(spark(histograms.get(r))).append("</td><td>")
                    .append(escape(top(row, topCount).stream().map(Item::label)
                            .collect(Collectors.joining(", ")))).append("</td></tr>\n");
        }
        html.append("</table>\n<p class=\"muted\">Made with Triad.</p>\n</body></html>\n");
        Files.writeString(file, html, StandardCharsets.UTF_8);
    }

    /**
     * A histogram as a small inline SVG: a bar per bin of the positive weights, and a title
     * (the hover text) with the weights at exactly 0, which are not drawn.
     */
    static String spark(WeightHistogram histogram) {
        int[] counts = histogram.counts();
        int largest = Math.max(1, histogram.largestCount());
        double width = (double) SPARK_WIDTH / counts.length;
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\">"
                + "<title>%d %s at 0; positive weights up to %.3g</title>", SPARK_WIDTH,
                SPARK_HEIGHT, SPARK_WIDTH, SPARK_HEIGHT, histogram.zeros(),
                histogram.zeros() == 1 ? "item" : "items", histogram.max()));
        for (int b = 0; b < counts.length; b++) {
            if (counts[b] > 0) {
                double height = Math.max(1, (double) counts[b] / largest * SPARK_HEIGHT);
                svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" "
                        + "width=\"%.1f\" height=\"%.1f\" fill=\"#3b6fc4\"/>", b * width,
                        SPARK_HEIGHT - height, Math.max(0.5, width - 1), height));
            }
        }
        return svg.append("</svg>").toString();
    }

    private static void figure(StringBuilder html, byte[] png, String caption) {
        if (png == null) {
            return;
        }
        html.append("<figure><img alt=\"").append(escape(caption))
                .append("\" src=\"data:image/png;base64,")
                .append(Base64.getEncoder().encodeToString(png)).append("\"><figcaption>")
                .append(escape(caption)).append("</figcaption></figure>\n");
    }

    /** Text safe inside HTML elements and attribute values. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
