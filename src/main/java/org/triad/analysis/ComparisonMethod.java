package org.triad.analysis;

/** A statistic that compares two RSMs on their shared off-diagonal pairs (DESIGN.md §4). */
public enum ComparisonMethod {
    /** Pearson's r of the pair values. */
    PEARSON("Pearson r"),
    /** Spearman's ρ: Pearson's r of the ranks, ties sharing their average rank. */
    SPEARMAN("Spearman ρ"),
    /** Kendall's τ-a: (concordant − discordant) over all n(n−1)/2 pairs of pairs. */
    KENDALL_TAU_A("Kendall τ-a"),
    /** Cosine of the two uncentred pair vectors. */
    COSINE("cosine");

    private final String displayName;

    ComparisonMethod(String displayName) {
        this.displayName = displayName;
    }

    /** Human-readable name with the statistic's symbol. */
    public String displayName() {
        return displayName;
    }

    /**
     * Applies the statistic to two pair vectors without NaN.
     *
     * @param x pair values of the first RSM
     * @param y pair values of the second RSM, same length
     * @return the statistic in [−1, 1], or NaN when undefined (e.g. a constant vector)
     */
    public double apply(double[] x, double[] y) {
        return switch (this) {
            case PEARSON -> PairStatistics.pearson(x, y);
            case SPEARMAN -> PairStatistics.spearman(x, y);
            case KENDALL_TAU_A -> PairStatistics.kendallTauA(x, y);
            case COSINE -> PairStatistics.cosine(x, y);
        };
    }
}
