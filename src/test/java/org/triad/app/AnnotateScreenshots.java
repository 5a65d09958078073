package org.triad.app;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.triad.model.Item;
import org.triad.model.ItemSet;
import org.triad.store.ProjectStore;

/**
 * Not a test of behaviour: PNGs of the Annotate view (setup, word cards, image cards,
 * participant mode) into {@code -Dtriad.shots=DIR}, for a person to look at.
 */
@EnabledIfSystemProperty(named = "triad.shots", matches = ".+")
class AnnotateScreenshots {
    private static final Path SHOTS = Path.of(System.getProperty("triad.shots", "."));

    static {
        System.setProperty("headless.geometry", "1600x1200-32");
    }

    @TempDir
    Path folder;

    @Test
    void snapshotTheAnnotateView() throws Exception {
        Files.createDirectories(SHOTS);
        ItemSet items = withImages(PlantedData.items());
        Path file = folder.resolve("shots.triad");
        try (ProjectStore store = ProjectStore.open(file)) {
            store.setItems(items);
        }
        FxTaskRunner tasks = new FxTaskRunner();
        StoreProjectSession project = new StoreProjectSession(ProjectStore.open(file));
        Workbench workbench = new Workbench(project, new FakeEngine(PlantedData.embedding(items)),
                tasks, new RecordingDialogs());
        AnnotateViewModel model = new AnnotateViewModel(workbench, Clock.systemUTC(),
                System::nanoTime);
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> {
            s.setScene(TriadApp.styled(new Scene((Parent) new AnnotateView(model, workbench)
                    .node(), 1280, 820)));
            s.show();
        });
        Scene scene = stage.getScene();
        FxToolkit.setupFixture(() -> model.setup().annotatorProperty().set("Ada"));
        shoot(scene, "annotate-1-setup");
        FxToolkit.setupFixture(() -> model.setup().categoryProperty().set("food"));
        FxToolkit.setupFixture(model::start);
        waitFor(() -> model.runningProperty().get() && !model.busyProperty().get());
        for (int k = 0; k < 7; k++) {
            int position = k % 3;
            FxToolkit.setupFixture(() -> model.choose(position));
            waitFor(() -> !model.busyProperty().get());
        }
        shoot(scene, "annotate-2-words");
        String dark = MainWindow.class.getResource("dark.css").toExternalForm();
        FxToolkit.setupFixture(() -> scene.getStylesheets().add(dark));
        shoot(scene, "annotate-2-words-dark");
        FxToolkit.setupFixture(() -> scene.getStylesheets().remove(dark));
        FxToolkit.setupFixture(model::end);
        waitFor(() -> !model.runningProperty().get());
        FxToolkit.setupFixture(() -> model.setup().categoryProperty().set("animal"));
        FxToolkit.setupFixture(model::start);
        waitFor(() -> model.runningProperty().get() && !model.busyProperty().get());
        FxToolkit.setupFixture(() -> model.choose(1));
        waitFor(() -> !model.busyProperty().get());
        waitFor(() -> scene.getRoot().lookupAll(".image-view").stream()
                .allMatch(n -> ((ImageView) n).getImage().getProgress() >= 1));
        shoot(scene, "annotate-3-images");
        FxToolkit.setupFixture(() -> model.participantModeProperty().set(true));
        shoot(scene, "annotate-4-participant");
        FxToolkit.cleanupStages();
        tasks.close();
        project.close();
    }

    /** The animals get drawn pictures in img/, so that cards show images. */
    private ItemSet withImages(ItemSet plain) throws Exception {
        Files.createDirectories(folder.resolve("img"));
        List<Item> items = new ArrayList<>();
        for (Item item : plain.items()) {
            String image = "";
            if (item.categories().contains("animal")) {
                image = "img/" + item.id() + ".png";
                draw(item.label(), folder.resolve(image));
            }
            items.add(new Item(item.id(), item.label(), item.definition(), image,
                    item.categories()));
        }
        return new ItemSet(items);
    }

    private static void draw(String word, Path file) throws Exception {
        BufferedImage image = new BufferedImage(480, 360, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        float hue = (word.hashCode() & 0xff) / 255f;
        g.setColor(Color.getHSBColor(hue, 0.35f, 0.95f));
        g.fillRect(0, 0, 480, 360);
        g.setColor(Color.getHSBColor(hue, 0.6f, 0.6f));
        g.fillOval(140, 80, 200, 200);
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 40));
        g.drawString(word, 240 - g.getFontMetrics().stringWidth(word) / 2, 195);
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
    }

    private static void waitFor(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void shoot(Scene scene, String name) throws Exception {
        TourWindow.shoot(scene, SHOTS, name);
    }
}
