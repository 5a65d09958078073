package org.triad.collect;

import java.util.List;
import java.util.Objects;

/**
 * What one request asks: the rendered template text, and for a multimodal prompt one part per
 * item in presentation order. A prompt without parts is sent as a plain string, exactly as
 * before multimodal prompts existed; with parts, the message content is the array of
 * OpenAI content parts (text, then per item its letter and its image or its words).
 *
 * @param text the rendered template
 * @param items the three items' parts in presentation order, or empty for a text prompt
 */
public record Prompt(String text, List<ItemPart> items) {
    /**
     * One item of a multimodal prompt.
     *
     * @param letter its position letter (A, B or C)
     * @param image its image, or null when it is described in words instead
     * @param words the words sent in place of a missing image; empty when the image is sent
     */
    public record ItemPart(String letter, PromptImage image, String words) {
        /** Rejects a part with neither an image nor words. */
        public ItemPart {
            Objects.requireNonNull(letter, "letter");
            words = words == null ? "" : words;
            if (image == null && words.isEmpty()) {
                throw new IllegalArgumentException("item " + letter + " has no image and no words");
            }
        }
    }

    /** Copies the list. */
    public Prompt {
        Objects.requireNonNull(text, "text");
        items = List.copyOf(items);
    }

    /** A text-only prompt. */
    public static Prompt text(String text) {
        return new Prompt(text, List.of());
    }

    /** Whether the prompt carries content parts. */
    public boolean multimodal() {
        return !items.isEmpty();
    }
}
