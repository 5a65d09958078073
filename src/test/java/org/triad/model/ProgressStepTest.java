package org.triad.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Two steps of one job report on one scale that only moves forward. */
class ProgressStepTest {
    @Test
    void stepsMapOntoTheirShareOfTheWhole() {
        List<Double> seen = new ArrayList<>();
        ProgressListener whole = (done, total, message) -> seen.add((double) done / total);

        whole.step(0, 0.7).progress(0, 10, "matrix");
        whole.step(0, 0.7).progress(10, 10, "matrix");
        whole.step(0.7, 1).progress(1, 4, "order");
        whole.step(0.7, 1).progress(4, 4, "order");

        assertEquals(List.of(0.0, 0.7, 0.775, 1.0), seen);
    }
}
