package org.triad.store;

import java.util.List;
import java.util.Objects;

/**
 * What an annotation session is set up to do.
 *
 * @param setName the judgement set its choices join (created when missing)
 * @param annotator who judges; also the {@code source} of every judgement; not blank
 * @param sampler how triplets are drawn, e.g. {@code uniform}, {@code active}
 * @param samplerSettings the sampler's settings as a JSON object (seed, fractions, pool size)
 * @param target the number of judgements the session aims at, ≥ 1
 * @param categories the item subset: categories whose items may be shown; empty for all items
 */
public record AnnotationSessionSpec(String setName, String annotator, String sampler,
        String samplerSettings, int target, List<String> categories) {

    /** Checks the names and the target; copies the categories. */
    public AnnotationSessionSpec {
        Objects.requireNonNull(setName, "setName");
        Objects.requireNonNull(sampler, "sampler");
        if (annotator == null || annotator.isBlank()) {
            throw new IllegalArgumentException("an annotation session needs an annotator name");
        }
        if (target < 1) {
            throw new IllegalArgumentException("target " + target + " is not a positive count");
        }
        samplerSettings = samplerSettings == null || samplerSettings.isBlank() ? "{}"
                : samplerSettings;
        categories = categories == null ? List.of() : List.copyOf(categories);
    }
}
