package org.triad.app;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.Locale;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import javax.imageio.ImageIO;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes what a plot draws as an SVG 1.1 document: one element per mark ({@code rect},
 * {@code line}, {@code polyline}, {@code ellipse}, {@code text}), bitmaps as base64 PNG
 * {@code image}s. Call {@link #finish()} once after drawing for the document.
 */
final class SvgPainter implements Painter {
    private static final String SVG = "http://www.w3.org/2000/svg";
    private static final String XLINK = "http://www.w3.org/1999/xlink";

    /** The styles and transform that {@link #save()} remembers. */
    private record State(Color fill, Color stroke, double lineWidth, double alpha,
            String transform) {
    }

    private final StringWriter text = new StringWriter();
    private final XMLStreamWriter xml;
    private final Deque<State> saved = new ArrayDeque<>();
    private State state = new State(Color.BLACK, Color.BLACK, 1, 1, "");

    /** Starts a document of the given size in pixels, on a white background. */
    SvgPainter(double width, double height) {
        try {
            xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("svg");
            xml.writeDefaultNamespace(SVG);
            xml.writeNamespace("xlink", XLINK);
            xml.writeAttribute("version", "1.1");
            xml.writeAttribute("width", number(width));
            xml.writeAttribute("height", number(height));
            xml.writeAttribute("viewBox", "0 0 " + number(width) + " " + number(height));
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot start an SVG document", e);
        }
        setFill(Color.WHITE);
        fillRect(0, 0, width, height);
    }

    /** Closes the document and returns it. */
    String finish() {
        try {
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot finish an SVG document", e);
        }
        return text.toString();
    }

    @Override
    public void setFill(Color colour) {
        state = new State(colour, state.stroke(), state.lineWidth(), state.alpha(),
                state.transform());
    }

    @Override
    public void setStroke(Color colour) {
        state = new State(state.fill(), colour, state.lineWidth(), state.alpha(),
                state.transform());
    }

    @Override
    public void setLineWidth(double width) {
        state = new State(state.fill(), state.stroke(), width, state.alpha(), state.transform());
    }

    @Override
    public void setGlobalAlpha(double alpha) {
        state = new State(state.fill(), state.stroke(), state.lineWidth(), alpha,
                state.transform());
    }

    @Override
    public void fillRect(double x, double y, double width, double height) {
        element("rect", "x", x, "y", y, "width", width, "height", height);
        fill(state.fill());
        end();
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        element("line", "x1", x1, "y1", y1, "x2", x2, "y2", y2);
        stroke();
        end();
    }

    @Override
    public void strokePolyline(double[] xs, double[] ys, int points) {
        StringBuilder list = new StringBuilder();
        for (int p = 0; p < points; p++) {
            list.append(p == 0 ? "" : " ").append(number(xs[p])).append(',')
                    .append(number(ys[p]));
        }
        element("polyline");
        attribute("points", list.toString());
        attribute("fill", "none");
        stroke();
        end();
    }

    @Override
    public void fillOval(double x, double y, double width, double height) {
        element("ellipse", "cx", x + width / 2, "cy", y + height / 2, "rx", width / 2, "ry",
                height / 2);
        fill(state.fill());
        end();
    }

    @Override
    public void strokeOval(double x, double y, double width, double height) {
        element("ellipse", "cx", x + width / 2, "cy", y + height / 2, "rx", width / 2, "ry",
                height / 2);
        attribute("fill", "none");
        stroke();
        end();
    }

    @Override
    public void text(String content, double x, double y, TextAlignment align, Color colour,
            Font font) {
        element("text", "x", x, "y", y);
        // Canvas text is centred on y; 0.35 em below the middle is where its baseline lies.
        attribute("dy", "0.35em");
        attribute("text-anchor", switch (align) {
            case RIGHT -> "end";
            case CENTER -> "middle";
            default -> "start";
        });
        attribute("font-family", "System".equals(font.getFamily()) ? "sans-serif"
                : font.getFamily() + ", sans-serif");
        attribute("font-size", number(font.getSize()));
        if (font.getStyle().toLowerCase(Locale.ROOT).contains("bold")) {
            attribute("font-weight", "bold");
        }
        fill(colour);
        characters(content);
        end();
    }

    @Override
    public void drawPixels(int[] argb, int width, int height, double x, double y,
            double drawnWidth, double drawnHeight) {
        element("image", "x", x, "y", y, "width", drawnWidth, "height", drawnHeight);
        attribute("preserveAspectRatio", "none");
        // Cells stay sharp squares when the picture is enlarged, as on screen.
        attribute("image-rendering", "optimizeSpeed");
        attribute("style", "image-rendering:pixelated");
        try {
            xml.writeAttribute(XLINK, "href", "data:image/png;base64," + png(argb, width,
                    height));
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        opacity(1);
        end();
    }

    /** Encodes ARGB pixels as PNG, base64. */
    static String png(int[] argb, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, width, height, argb, 0, width);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("PNG encoding failed in memory", e);
        }
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

    @Override
    public void save() {
        saved.push(state);
    }

    @Override
    public void restore() {
        if (!saved.isEmpty()) {
            state = saved.pop();
        }
    }

    @Override
    public void translate(double x, double y) {
        transform("translate(" + number(x) + "," + number(y) + ")");
    }

    @Override
    public void rotate(double degrees) {
        transform("rotate(" + number(degrees) + ")");
    }

    private void transform(String step) {
        String now = state.transform().isEmpty() ? step : state.transform() + " " + step;
        state = new State(state.fill(), state.stroke(), state.lineWidth(), state.alpha(), now);
    }

    private void element(String name, Object... numbers) {
        try {
            xml.writeStartElement(name);
            for (int i = 0; i < numbers.length; i += 2) {
                xml.writeAttribute((String) numbers[i], number((Double) numbers[i + 1]));
            }
            if (!state.transform().isEmpty()) {
                xml.writeAttribute("transform", state.transform());
            }
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private void attribute(String name, String value) {
        try {
            xml.writeAttribute(name, value);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private void characters(String content) {
        try {
            xml.writeCharacters(content);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private void end() {
        try {
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private void fill(Color colour) {
        attribute("fill", hex(colour));
        opacity(colour.getOpacity());
    }

    private void stroke() {
        attribute("stroke", hex(state.stroke()));
        attribute("stroke-width", number(state.lineWidth()));
        opacity(state.stroke().getOpacity());
    }

    private void opacity(double colourOpacity) {
        double opacity = colourOpacity * state.alpha();
        if (opacity < 1) {
            attribute("opacity", number(opacity));
        }
    }

    static String hex(Color colour) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(colour.getRed() * 255),
                Math.round(colour.getGreen() * 255), Math.round(colour.getBlue() * 255));
    }

    /** A coordinate with at most two decimals, no trailing zeros. */
    static String number(double value) {
        String text = String.format(Locale.ROOT, "%.2f", value);
        text = text.replaceAll("0+$", "");
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }
}
