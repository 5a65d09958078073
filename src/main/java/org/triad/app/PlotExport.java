package org.triad.app;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saves plots as SVG (vector, from the same drawing code as the screen) or PNG: a "Save SVG…"
 * button, and a context menu with both formats on every canvas plot.
 */
final class PlotExport {
    private static final Logger LOG = LoggerFactory.getLogger(PlotExport.class);

    private PlotExport() {
    }

    /** A "Save SVG…" button that saves what {@code svg} draws. */
    static Button svgButton(Node owner, String fileName, Supplier<String> svg,
            DialogService dialogs) {
        Button button = new Button("Save SVG…");
        button.getStyleClass().add("export-button");
        button.setOnAction(event -> saveSvg(owner, fileName, svg, dialogs));
        return button;
    }

    /** Asks for a file and saves the document {@code svg} makes. */
    static void saveSvg(Node owner, String fileName, Supplier<String> svg,
            DialogService dialogs) {
        File file = choose(owner, fileName, "SVG image", "*.svg");
        if (file != null) {
            write(file.toPath(), () -> svg.get().getBytes(StandardCharsets.UTF_8), dialogs);
        }
    }

    /**
     * Gives a canvas plot a context menu (right click) that saves it, at its size on screen,
     * as PNG or SVG.
     *
     * @param name file name without extension, e.g. "histogram"
     */
    static void offer(CanvasPane plot, String name, DialogService dialogs) {
        MenuItem png = new MenuItem("Save PNG…");
        png.setOnAction(event -> {
            File file = choose(plot, name + ".png", "PNG image", "*.png");
            if (file != null) {
                write(file.toPath(), () -> PlotStyle.png(plot, plot.getWidth(),
                        plot.getHeight()), dialogs);
            }
        });
        MenuItem svg = new MenuItem("Save SVG…");
        svg.setOnAction(event -> saveSvg(plot, name + ".svg", () -> PlotStyle.svg(plot,
                plot.getWidth(), plot.getHeight()), dialogs));
        ContextMenu menu = new ContextMenu(png, svg);
        plot.canvas().setOnContextMenuRequested(event ->
                menu.show(plot, event.getScreenX(), event.getScreenY()));
    }

    private static File choose(Node owner, String fileName, String what, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save as " + what);
        chooser.setInitialFileName(fileName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(what, pattern));
        return chooser.showSaveDialog(owner.getScene().getWindow());
    }

    /** Writes the bytes; a failure is shown to the user and leaves no partial file. */
    static void write(Path file, Supplier<byte[]> bytes, DialogService dialogs) {
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        try {
            Files.write(partial, bytes.get());
            Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            LOG.info("Saved {}", file);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // The failure to report is the first one.
            }
            dialogs.showError("Could not save " + file.getFileName(), e);
        }
    }
}
