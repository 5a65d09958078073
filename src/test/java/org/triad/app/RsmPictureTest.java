package org.triad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.triad.model.Item;
import org.triad.model.ItemSet;
import org.triad.model.Rsm;
import org.triad.model.RsmKind;

/** Colouring, ordering and read-out of RSM pictures. */
class RsmPictureTest {
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
    void colourMapEndsAreViridis() {
        assertEquals(0xff440154, ColorMap.argb(0));
        assertEquals(0xfffde725, ColorMap.argb(1));
        assertEquals(0xfffde725, ColorMap.argb(7));
    }
}
