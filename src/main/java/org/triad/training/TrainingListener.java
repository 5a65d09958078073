package org.triad.training;

import org.triad.model.EpochReport;

/** Receives one report per finished epoch, on the training thread. */
@FunctionalInterface
public interface TrainingListener {
    /** A listener that ignores reports. */
    TrainingListener NONE = report -> { };

    /** Called after each epoch. */
    void epochFinished(EpochReport report);
}
