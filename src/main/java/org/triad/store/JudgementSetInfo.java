package org.triad.store;

/**
 * A stored judgement set, without its judgements.
 *
 * @param name unique name, e.g. "human"
 * @param description where the judgements came from
 * @param count number of judgements
 */
public record JudgementSetInfo(String name, String description, long count) {
}
