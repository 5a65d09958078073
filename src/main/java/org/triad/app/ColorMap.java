package org.triad.app;

/** The viridis colour map, as opaque ARGB ints; readable in grey and by most colour-blind. */
final class ColorMap {
    /** viridis at 0, 1/8, …, 1. */
    private static final int[] STOPS = {
        0x440154, 0x482878, 0x3e4989, 0x31688e, 0x26828e, 0x1f9e89, 0x35b779, 0x6ece58, 0xfde725,
    };
    /** Drawn where a cell has no data (NaN). */
    static final int NO_DATA = 0xffd9d9d9;

    private ColorMap() {
    }

    /** The colour of a value in [0, 1]; values outside are clamped, NaN is {@link #NO_DATA}. */
    static int argb(double t) {
        if (Double.isNaN(t)) {
            return NO_DATA;
        }
        double x = Math.max(0, Math.min(1, t)) * (STOPS.length - 1);
        int low = Math.min((int) x, STOPS.length - 2);
        double f = x - low;
        int a = STOPS[low];
        int b = STOPS[low + 1];
        int red = mix(a >> 16 & 0xff, b >> 16 & 0xff, f);
        int green = mix(a >> 8 & 0xff, b >> 8 & 0xff, f);
        int blue = mix(a & 0xff, b & 0xff, f);
        return 0xff000000 | red << 16 | green << 8 | blue;
    }

    private static int mix(int a, int b, double f) {
        return (int) Math.round(a + (b - a) * f);
    }
}
