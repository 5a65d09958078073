package org.triad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.triad.model.Item;
import org.triad.model.ItemSet;
import org.triad.model.Rsm;
import org.triad.model.RsmKind;

/** Colouring, ordering and read-out of RSM pictures. */
class RsmPictureTest {
    private static final Logger LOG = LoggerFactory.getLogger(RsmPictureTest.class);
    private static final ItemSet ITEMS = new ItemSet(List.of(
            new Item("a", "ant", "", "", List.of("animal")),
            new Item("b", "bread", "", "", List.of("food")),
            new Item("c", "cow", "", "", List.of("animal"))));

    @Test
    void offDiagonalRangeSpansTheColourMapAndRowsFollowTheOrder() {
        Rsm rsm = new Rsm(RsmKind.CHOICE_PROBABILITY, ITEMS.ids(), new double[] {
            1, 0.2, 0.6,
            0.2, 1, Double.NaN,
            0.6, Double.NaN, 1,
        });

        RsmPicture picture = RsmPicture.of(rsm, ITEMS, new int[] {0, 2, 1});

        assertEquals(0.2, picture.min());
        assertEquals(0.6, picture.max());
        assertEquals(ColorMap.argb(1), picture.pixels()[1]);
        assertEquals(ColorMap.argb(0), picture.pixels()[2]);
        assertEquals(ColorMap.NO_DATA, picture.pixels()[5]);
        assertEquals(List.of(new RsmPicture.Band(0, 2, "animal"), new RsmPicture.Band(2, 3,
                "food")), picture.bands());
        assertEquals("ant (a) × cow (c): 0.600", picture.readout(0, 1));
        assertEquals("cow (c) × bread (b): no data", picture.readout(1, 2));
    }

    @Test
    void emptyCountsAndBlocksAreReported() {
        Rsm rsm = new Rsm(RsmKind.EMPIRICAL, ITEMS.ids(), new double[] {
            1, 0.5, Double.NaN,
            0.5, 1, 0.25,
            Double.NaN, 0.25, 1,
        });

        RsmPicture picture = RsmPicture.of(rsm, ITEMS, new int[] {0, 1, 2});
        RsmPicture.Block all = picture.block(2, -1, -4, 9);

        assertEquals(2, picture.noData());
        assertEquals(new RsmPicture.Block(0, 2, 0, 2, 0.375, 4, 2), all);
        assertEquals("1.00e-05", RsmPicture.format(1e-5));
    }

    /**
     * Not a timed assertion: logs what a zoom or pan step of the full THINGS-sized heatmap
     * costs (the enlargement of the visible cells; the rest is one image upload), so that the
     * 16 ms budget of a frame can be checked in the test log.
     */
    @Test
    void enlargingTheVisibleCellsIsCheap() {
        int n = 1854;
        int[] pixels = new int[n * n];
        for (int cell = 0; cell < pixels.length; cell++) {
            pixels[cell] = ColorMap.argb((cell % 977) / 977.0);
        }
        int[] buffer = null;
        for (int factor : new int[] {2, 4, 8, 16}) {
            int size = 800 / factor;
            buffer = HeatmapViewport.enlarge(pixels, n, 100, 200, size, factor, buffer);
            long start = System.nanoTime();
            int steps = 50;
            for (int step = 0; step < steps; step++) {
                buffer = HeatmapViewport.enlarge(pixels, n, 100 + step, 200 + step, size,
                        factor, buffer);
            }
            LOG.info("enlarging {}² cells ×{} to 800² px: {} ms per redraw", size, factor,
                    String.format("%.2f", (System.nanoTime() - start) / 1e6 / steps));
            assertEquals(pixels[(100 + steps - 1) * n + 200 + steps - 1], buffer[0]);
            assertEquals(pixels[(100 + steps - 1) * n + 200 + steps - 1 + 1],
                    buffer[factor]);
            assertEquals(pixels[(100 + steps) * n + 200 + steps - 1], buffer[factor * 800]);
        }
    }

    @Test
    void colourMapEndsAreViridis() {
        assertEquals(0xff440154, ColorMap.argb(0));
        assertEquals(0xfffde725, ColorMap.argb(1));
        assertEquals(0xfffde725, ColorMap.argb(7));
    }
}
