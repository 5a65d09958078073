package org.triad.collect;

import java.util.List;
import org.triad.store.AnnotationSessionSpec;

/**
 * What a new annotation session is to do.
 *
 * @param annotator who judges; not blank
 * @param setName the judgement set the choices join
 * @param sampler how triplets are drawn
 * @param target judgements to aim at, ≥ 1
 * @param categories the item subset; empty for all items
 */
public record SessionPlan(String annotator, String setName, SamplerSettings sampler, int target,
        List<String> categories) {

    /** Copies the categories. */
    public SessionPlan {
        categories = List.copyOf(categories);
    }

    /** The session as the store records it. */
    AnnotationSessionSpec toSpec() {
        return new AnnotationSessionSpec(setName, annotator, sampler.kind().id(),
                sampler.toJson(), target, categories);
    }
}
