package org.triad.collect;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.triad.model.Item;
import org.triad.model.ItemSet;

/** Small generated PNGs for multimodal tests: item i's image is one colour unique to i. */
final class TestImages {
    private TestImages() {
    }

    /** Writes a width × height PNG of one colour. */
    static Path png(Path file, int width, int height, int rgb) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, rgb);
            }
        }
        Files.createDirectories(file.getParent());
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    /**
     * Items "i0".."i(n−1)" whose image is {@code img/i<k>.png} under {@code folder}, each 8 × 6
     * pixels of its own colour; items listed in {@code without} name no image.
     */
    static ItemSet items(Path folder, int n, int... without) throws IOException {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            boolean none = false;
            for (int w : without) {
                none |= w == i;
            }
            String image = none ? "" : "img/i" + i + ".png";
            if (!none) {
                png(folder.resolve(image), 8, 6, Color.HSBtoRGB(i / (float) n, 0.8f, 0.9f));
            }
            items.add(new Item("i" + i, "word " + i, "definition " + i, image, List.of()));
        }
        return new ItemSet(items);
    }

    /** A resolver of image paths relative to {@code folder}. */
    static ImageResolver resolver(Path folder) {
        return item -> item.image().isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.of(folder.resolve(item.image()));
    }
}
