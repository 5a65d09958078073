package org.triad.app;

import java.io.File;
import java.io.IOException;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Button;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.FileChooser;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Saves what a node shows as a PNG file that the user picks. */
final class PngExport {
    private static final Logger LOG = LoggerFactory.getLogger(PngExport.class);

    private PngExport() {
    }

    /** A "Save PNG…" button that saves a snapshot of {@code node}. */
    static Button button(Node node, String fileName, DialogService dialogs) {
        Button button = new Button("Save PNG…");
        button.getStyleClass().add("export-button");
        button.setOnAction(event -> save(node, fileName, dialogs));
        return button;
    }

    /** Asks for a file and saves a snapshot of {@code node} as PNG. */
    static void save(Node node, String fileName, DialogService dialogs) {
        save(node, () -> node, fileName, dialogs);
    }

    /**
     * Asks for a file, with {@code owner}'s window as the dialog's parent, and saves a
     * snapshot of the node {@code content} makes (which need not be on screen) as PNG.
     */
    static void save(Node owner, java.util.function.Supplier<Node> content, String fileName,
            DialogService dialogs) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save as PNG");
        chooser.setInitialFileName(fileName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
        File file = chooser.showSaveDialog(owner.getScene().getWindow());
        if (file == null) {
            return;
        }
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.WHITE);
        WritableImage image = content.get().snapshot(parameters, null);
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file);
            LOG.info("Saved {}", file);
        } catch (IOException e) {
            dialogs.showError("Could not save " + file.getName(), e);
        }
    }
}
