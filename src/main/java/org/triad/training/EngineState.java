package org.triad.training;

/**
 * Everything an engine's next step depends on, as plain arrays (for checkpoints). All arrays
 * are row-major n_items × dims float32 and are not copied by this record: hand it copies.
 *
 * @param weights X, entries ≥ 0
 * @param firstMoment Adam's m
 * @param secondMoment Adam's v, entries ≥ 0
 * @param step Adam steps taken so far (the bias corrections use it)
 */
public record EngineState(float[] weights, float[] firstMoment, float[] secondMoment,
        long step) {

    /** Rejects arrays of different lengths and a negative step. */
    public EngineState {
        if (firstMoment.length != weights.length || secondMoment.length != weights.length) {
            throw new IllegalArgumentException("weights and moments differ in length: "
                    + weights.length + ", " + firstMoment.length + ", " + secondMoment.length);
        }
        if (step < 0) {
            throw new IllegalArgumentException("step must be ≥ 0, not " + step);
        }
    }

    /** Checks that the arrays hold exactly {@code size} entries. */
    void requireSize(int size) {
        if (weights.length != size) {
            throw new IllegalArgumentException("state has " + weights.length
                    + " weights, the engine has " + size);
        }
    }
}
