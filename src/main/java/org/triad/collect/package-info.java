/**
 * Sources of judgements: manual annotation sessions with their triplet samplers, agreement
 * measures and exports. No JavaFX here; the app's Annotate view drives {@link
 * org.triad.collect.AnnotationSession}.
 */
package org.triad.collect;
