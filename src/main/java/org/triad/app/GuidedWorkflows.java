package org.triad.app;

import java.util.List;
import java.util.function.Consumer;
import org.triad.model.RsmKind;

/**
 * The start page's three guided workflows: each switches to the view that does the work and
 * sets it up with sensible defaults, so the user only has to press its main button (or look).
 */
final class GuidedWorkflows {
    private final Consumer<MainWindow.Page> show;
    private final TrainViewModel train;
    private final RsmViewModel rsm;
    private final MainWindow.Page annotate;

    /**
     * @param show switches the main window to a view
     * @param annotate the view that collects judgements by hand, or null while there is none
     */
    GuidedWorkflows(Consumer<MainWindow.Page> show, TrainViewModel train, RsmViewModel rsm,
            MainWindow.Page annotate) {
        this.show = show;
        this.train = train;
        this.rsm = rsm;
        this.annotate = annotate;
    }

    /** The Train view with the human sets ticked and SPoSE's default settings. */
    void trainOnHumans() {
        train.useDefaults();
        show.accept(MainWindow.Page.TRAIN);
    }

    /**
     * The RSM view showing the empirical RSM of the people's answers to Du et al.'s triplets,
     * compared with GPT-4's answers to the same triplets.
     */
    void comparePeopleWithGpt4() {
        RsmSourceSelection first = rsm.source();
        first.kindProperty().set(RsmKind.EMPIRICAL);
        first.sets().setAll(List.of(StartViewModel.DU_HUMANS));
        RsmSourceSelection second = rsm.comparison().selection();
        second.kindProperty().set(RsmKind.EMPIRICAL);
        second.sets().setAll(List.of(StartViewModel.DU_GPT4));
        rsm.comparison().enabledProperty().set(true);
        show.accept(MainWindow.Page.RSM);
    }

    /** Whether a view for collecting judgements by hand exists. */
    boolean canAnnotate() {
        return annotate != null;
    }

    /** The view that collects judgements by hand. */
    void collectByHand() {
        if (annotate != null) {
            show.accept(annotate);
        }
    }
}
