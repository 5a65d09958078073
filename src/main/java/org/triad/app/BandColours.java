package org.triad.app;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.triad.app.RsmPicture.Band;

/**
 * The category strip beside a heatmap as a one-pixel-wide image: each category keeps one
 * colour wherever its rows lie, so that the bands stay readable when an ordering (clustering,
 * dominant dimension) scatters a category into many short runs. Categories are numbered in
 * order of first appearance, so neighbouring groups of the category ordering differ.
 */
final class BandColours {
    /** Muted, distinguishable tones; uncategorised rows are light grey. */
    private static final int[] PALETTE = {
        0xff4e79a7, 0xfff28e2b, 0xff59a14f, 0xffe15759, 0xffb07aa1, 0xff76b7b2,
        0xffedc948, 0xff9c755f, 0xffff9da7, 0xff86bcb6, 0xff8cd17d, 0xffd4a6c8,
    };
    private static final int NONE = 0xffe3e6ea;

    private BandColours() {
    }

    /** One pixel per picture row, coloured by the row's first category. */
    static WritableImage strip(RsmPicture picture) {
        int[] pixels = rowColours(picture);
        WritableImage image = new WritableImage(1, picture.size());
        image.getPixelWriter().setPixels(0, 0, 1, picture.size(),
                PixelFormat.getIntArgbInstance(), pixels, 0, 1);
        return image;
    }

    /** The ARGB colour of each picture row's first category. */
    static int[] rowColours(RsmPicture picture) {
        Map<String, Integer> numbers = new HashMap<>();
        int[] pixels = new int[picture.size()];
        for (Band band : picture.bands()) {
            int colour = band.category().isEmpty() ? NONE : PALETTE[numbers.computeIfAbsent(
                    band.category(), key -> numbers.size()) % PALETTE.length];
            for (int row = band.start(); row < band.end(); row++) {
                pixels[row] = colour;
            }
        }
        return pixels;
    }
}
