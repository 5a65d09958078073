package org.triad.app;

/**
 * The pair values of two RSMs as a density picture: one ARGB pixel per bin, shaded by the
 * logarithm of how many pairs fall in it. 1.7 million pairs become a few tens of thousands of
 * pixels instead of chart nodes, and dense regions stay readable where dots would overplot.
 * Built off the UI thread; immutable by convention.
 *
 * @param width bins across (x, the first RSM)
 * @param height bins up (y, the second RSM)
 * @param pixels width × height ARGB, row-major, top row = largest y
 * @param xMin smallest x, left edge
 * @param xMax largest x, right edge
 * @param yMin smallest y, bottom edge
 * @param yMax largest y, top edge
 * @param points pairs drawn
 */
record PairDensityPlot(int width, int height, int[] pixels, double xMin, double xMax, double yMin,
        double yMax, long points) {
    private static final int EMPTY = 0xffffffff;

    /**
     * Bins pair values.
     *
     * @param x values of the first RSM, finite
     * @param y values of the second RSM, same length, finite
     */
    static PairDensityPlot of(double[] x, double[] y, int width, int height) {
        double[] xRange = range(x);
        double[] yRange = range(y);
        int[] counts = new int[width * height];
        int most = 0;
        for (int p = 0; p < x.length; p++) {
            int column = bin(x[p], xRange, width);
            int row = height - 1 - bin(y[p], yRange, height);
            most = Math.max(most, ++counts[row * width + column]);
        }
        int[] pixels = new int[counts.length];
        double scale = Math.log1p(most);
        for (int cell = 0; cell < counts.length; cell++) {
            pixels[cell] = counts[cell] == 0 ? EMPTY
                    : ColorMap.argb(0.1 + 0.9 * Math.log1p(counts[cell]) / scale);
        }
        return new PairDensityPlot(width, height, pixels, xRange[0], xRange[1], yRange[0],
                yRange[1], x.length);
    }

    private static int bin(double value, double[] range, int bins) {
        int bin = (int) ((value - range[0]) / (range[1] - range[0]) * bins);
        return Math.max(0, Math.min(bins - 1, bin));
    }

    /** [min, max], widened around a single value so that bins have a width. */
    private static double[] range(double[] values) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double value : values) {
            min = Math.min(min, value);
            max = Math.max(max, value);
        }
        if (!(min < max)) {
            double centre = Double.isFinite(min) ? min : 0;
            return new double[] {centre - 0.5, centre + 0.5};
        }
        return new double[] {min, max};
    }
}
