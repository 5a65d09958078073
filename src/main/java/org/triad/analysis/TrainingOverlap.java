package org.triad.analysis;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.triad.model.JudgementSet;

/**
 * How much of an evaluation set a model has seen in training: the judgements whose unordered
 * triplet also occurs in the training judgements. An accuracy on such judgements is in-sample.
 *
 * @param sharedJudgements evaluation judgements whose triplet is in the training judgements
 * @param judgements evaluation judgements
 */
public record TrainingOverlap(int sharedJudgements, int judgements) {

    /** Share of the evaluation judgements seen in training; 0 for an empty set. */
    public double share() {
        return judgements == 0 ? 0 : (double) sharedJudgements / judgements;
    }

    /**
     * Counts the evaluation judgements whose triplet (in any order) is in a training set.
     *
     * @param evaluation the judgements evaluated on
     * @param training the judgements the model was trained on; sets must index the same items
     */
    public static TrainingOverlap of(JudgementSet evaluation, List<JudgementSet> training) {
        Set<Long> seen = new HashSet<>();
        for (JudgementSet set : training) {
            if (set.itemCount() != evaluation.itemCount()) {
                throw new IllegalArgumentException("'" + set.name() + "' indexes "
                        + set.itemCount() + " items, '" + evaluation.name() + "' "
                        + evaluation.itemCount());
            }
            for (int t = 0; t < set.size(); t++) {
                seen.add(TripletAnswers.tripletKey(set, t));
            }
        }
        int shared = 0;
        for (int t = 0; t < evaluation.size(); t++) {
            shared += seen.contains(TripletAnswers.tripletKey(evaluation, t)) ? 1 : 0;
        }
        return new TrainingOverlap(shared, evaluation.size());
    }
}
