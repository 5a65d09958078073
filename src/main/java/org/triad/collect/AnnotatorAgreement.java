package org.triad.collect;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.triad.model.Judgement;
import org.triad.store.AnnotationLog;
import org.triad.store.AnnotationSessionInfo;
import org.triad.store.AnnotationTrial;
import org.triad.store.StoreException;

/**
 * Consistency of each annotator of a project and agreement between every two of them, over
 * all their annotation sessions (see {@link Agreement}).
 *
 * @param consistency per annotator, in name order
 * @param pairs one entry per two annotators who share at least one triplet
 */
public record AnnotatorAgreement(Map<String, Agreement.Result> consistency,
        List<PairAgreement> pairs) {

    /** Agreement of two annotators. */
    public record PairAgreement(String first, String second, Agreement.Result result) {
    }

    /** Reads every session's choices and compares them. */
    public static AnnotatorAgreement of(AnnotationLog log) throws StoreException {
        Map<String, List<Judgement>> byAnnotator = new TreeMap<>();
        for (AnnotationSessionInfo session : log.sessions()) {
            String annotator = session.spec().annotator();
            List<Judgement> judgements = byAnnotator.computeIfAbsent(annotator,
                    a -> new ArrayList<>());
            for (AnnotationTrial trial : log.trials(session.id())) {
                if (!trial.skipped()) {
                    judgements.add(trial.toJudgement(annotator));
                }
            }
        }
        Map<String, Agreement.Result> consistency = new TreeMap<>();
        byAnnotator.forEach((name, list) -> consistency.put(name, Agreement.consistency(list)));
        List<PairAgreement> pairs = new ArrayList<>();
        List<String> names = List.copyOf(byAnnotator.keySet());
        for (int i = 0; i < names.size(); i++) {
            for (int j = i + 1; j < names.size(); j++) {
                Agreement.Result result = Agreement.between(byAnnotator.get(names.get(i)),
                        byAnnotator.get(names.get(j)));
                if (result.triplets() > 0) {
                    pairs.add(new PairAgreement(names.get(i), names.get(j), result));
                }
            }
        }
        return new AnnotatorAgreement(consistency, pairs);
    }
}
