package org.triad.collect;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.triad.model.Item;
import org.triad.store.ImportException;

/**
 * The text sent to a language model for one triplet. Placeholders: {@code {word1}},
 * {@code {word2}}, {@code {word3}}, {@code {definition1}}..{@code {definition3}} and
 * {@code {letter1}}..{@code {letter3}} (A, B, C), numbered in presentation order. Every
 * judgement records the template's {@link #hash()} so that runs with different wording stay
 * apart, and so that a multimodal run stays apart from a text run with the same wording.
 *
 * @param text the template text
 * @param multimodal whether the three items' images follow the text ({@link PromptImages})
 */
public record PromptTemplate(String text, boolean multimodal) {
    /** The position letters, in presentation order. */
    public static final List<String> LETTERS = List.of("A", "B", "C");

    /**
     * Mirrors the human THINGS instruction ("Which of these three is least similar to the other
     * two?"), with definitions so that homonyms (three THINGS "shell"s) stay apart, and asks for
     * the position letter, which the parser reads first.
     */
    public static final PromptTemplate DEFAULT = new PromptTemplate("""
            Here are three objects:
            {letter1}. {word1}: {definition1}
            {letter2}. {word2}: {definition2}
            {letter3}. {word3}: {definition3}
            Which of these three is least similar to the other two? \
            Answer with the letter (A, B or C) only.""");

    /** The placeholders {@link #render} fills in. */
    public static final Set<String> PLACEHOLDERS = Set.of("word1", "word2", "word3",
            "definition1", "definition2", "definition3", "letter1", "letter2", "letter3");
    /** Anything that looks like a placeholder: a name in braces. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z_]+[0-9]*)}");
    /**
     * The instruction for a multimodal model: the images follow the text, each after its
     * letter, in presentation order (see {@link PromptImages#prompt}).
     */
    public static final PromptTemplate MULTIMODAL_DEFAULT = new PromptTemplate("""
            Here are three images, labelled {letter1}, {letter2} and {letter3} in the order \
            shown. Which of these three images is the odd one out, the one least similar to \
            the other two? Answer with the letter (A, B or C) only.""", true);

    /** Rejects a null text. */
    public PromptTemplate {
        Objects.requireNonNull(text, "text");
    }

    /** A text-only template. */
    public PromptTemplate(String text) {
        this(text, false);
    }

    /**
     * Reads a template file: UTF-8, a leading byte-order mark dropped and CRLF turned into
     * LF, so that neither reaches the model nor the {@link #hash()}.
     *
     * @param multimodal whether the run sends item images
     * @throws ImportException naming the file when it is missing, a folder or not UTF-8
     */
    public static PromptTemplate read(Path file, boolean multimodal) throws ImportException {
        return new PromptTemplate(TextInput.text(file), multimodal);
    }

    /**
     * Fills in the placeholders.
     *
     * @param shown the three items in presentation order
     */
    public String render(List<Item> shown) {
        if (shown.size() != 3) {
            throw new IllegalArgumentException(shown.size() + " items, need 3");
        }
        String out = text;
        for (int position = 0; position < 3; position++) {
            Item item = shown.get(position);
            int number = position + 1;
            if (item.definition().isBlank()) {
                // "A. cat" rather than "A. cat:" for an item without a definition.
                out = out.replace("{word" + number + "}: {definition" + number + "}",
                        "{word" + number + "}");
            }
            out = out.replace("{word" + number + "}", item.label())
                    .replace("{definition" + number + "}", item.definition())
                    .replace("{letter" + number + "}", LETTERS.get(position));
        }
        return out;
    }

    /**
     * The first 16 hex digits of the SHA-256 of the text, with a multimodal marker appended
     * for a multimodal template: the template's version. A text template's hash is that of its
     * text alone, as before multimodal templates existed.
     */
    public String hash() {
        String hashed = multimodal ? text + "\n[multimodal: item images follow]" : text;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(hashed.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /**
     * Why this template cannot ask a triplet, or null when it can: every item must appear
     * (its word or its definition; in a multimodal template also its letter, which its image
     * follows), and every name in braces must be a known placeholder,
     * so that a typo such as {@code {wrod2}} is not sent to the model verbatim.
     *
     * @return e.g. "line 3: unknown placeholder {wrod2}", or null
     */
    public String problem() {
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            if (!PLACEHOLDERS.contains(matcher.group(1))) {
                return "line " + lineOf(matcher.start()) + ": unknown placeholder "
                        + matcher.group() + " (known: {word1..3}, {definition1..3}, "
                        + "{letter1..3})";
            }
        }
        for (int number = 1; number <= 3; number++) {
            boolean named = text.contains("{word" + number + "}")
                    || text.contains("{definition" + number + "}")
                    || multimodal && text.contains("{letter" + number + "}");
            if (!named) {
                return "item " + number + " never appears: use {word" + number + "} or "
                        + "{definition" + number + "}" + (multimodal ? " or {letter" + number
                        + "} (its image follows its letter)" : "");
            }
        }
        return null;
    }

    private int lineOf(int offset) {
        return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }
}
