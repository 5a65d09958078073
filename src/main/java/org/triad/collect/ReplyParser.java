package org.triad.collect;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.triad.model.Item;

/**
 * Reads which of three shown items a model's reply names. First by position letter (a reply
 * that is just "B" or "b", starts with "B." or "(B)", or says "answer: B" or "the odd one out
 * is B"), else by the items' words.
 * Items sharing a word (the three THINGS "shell"s) are told apart by position or by words of
 * their definitions, never by taking the first. A reply that names no item, several items, or
 * a letter and a different item's word is unparseable: it is never guessed.
 */
public final class ReplyParser {
    private static final Pattern BARE_LETTER = Pattern.compile(
            "^\\W*\\(?([ABC])\\)?(?:[.):,]|\\s*$|\\s+is\\b|\\s*[-–—])");
    /** "Answer: B", "the odd one out is C": the keyword in any case, the letter a capital. */
    private static final Pattern STATED_LETTER = Pattern.compile(
            "(?i:\\b(?:answer|option|choice|letter|odd[- ]one[- ]out)\\s*(?:is)?)\\s*[:=]?"
            + "\\s*\\(?([ABC])(?![\\p{L}\\p{N}])");
    /** A reply that is one small letter and nothing else: "c", "b." or "(a)". */
    private static final Pattern LONE_LETTER = Pattern.compile("^\\W*\\(?([abc])\\)?\\W*$");
    /** Two position letters offered together: "A and C", "B or C", "A/B", "(A), (C)". */
    private static final Pattern JOINED_LETTERS = Pattern.compile(
            "(?<![\\p{L}\\p{N}])\\(?([ABC])\\)?\\s*(?:,|/|&|\\band\\b|\\bor\\b)\\s*"
            + "\\(?([ABC])\\)?(?![\\p{L}\\p{N}])");
    private static final Pattern MARKUP = Pattern.compile("[*_`\"'“”]");
    private static final int MIN_DEFINITION_WORD = 4;

    /**
     * Parses one reply.
     *
     * @param reply the model's raw text
     * @param shown the three items in presentation order
     */
    public ParsedReply parse(String reply, List<Item> shown) {
        String text = MARKUP.matcher(reply == null ? "" : reply).replaceAll("").strip();
        if (text.isEmpty()) {
            return ParsedReply.unparseable("empty reply");
        }
        Set<Integer> letters = letters(text);
        Set<Integer> offered = joinedLetters(text);
        if (!letters.isEmpty()) {
            // a letter stated beside "A and C" or "(A)/(B)" is no single answer
            letters.addAll(offered);
        }
        Set<Integer> words = words(text, shown);
        if (letters.size() > 1) {
            return ParsedReply.unparseable("names several letters " + named(letters));
        }
        if (letters.size() == 1) {
            int position = letters.iterator().next();
            boolean others = words.stream().anyMatch(p -> p != position
                    && !sameWord(shown, p, position));
            return others ? ParsedReply.unparseable("letter and word name different items")
                    : new ParsedReply(position, "letter");
        }
        return byWord(text, words, shown);
    }

    private static Set<Integer> letters(String text) {
        Set<Integer> found = new TreeSet<>();
        Matcher bare = BARE_LETTER.matcher(text);
        if (bare.find()) {
            found.add(bare.group(1).charAt(0) - 'A');
        }
        Matcher stated = STATED_LETTER.matcher(text);
        while (stated.find()) {
            found.add(stated.group(1).charAt(0) - 'A');
        }
        Matcher lone = LONE_LETTER.matcher(text);
        if (lone.find()) {
            found.add(lone.group(1).charAt(0) - 'a');
        }
        return found;
    }

    private static Set<Integer> words(String text, List<Item> shown) {
        Set<Integer> found = new TreeSet<>();
        for (int position = 0; position < 3; position++) {
            if (wordPattern(shown.get(position).label()).matcher(text).find()) {
                found.add(position);
            }
        }
        return found;
    }

    private static Pattern wordPattern(String label) {
        // Plurals count ("knives" excepted): a model often answers "the shells".
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(label.strip())
                + "(?:s|es)?(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE
                | Pattern.UNICODE_CASE);
    }

    /** The positions of letters offered together, as in "A and C". */
    private static Set<Integer> joinedLetters(String text) {
        Set<Integer> offered = new TreeSet<>();
        Matcher joined = JOINED_LETTERS.matcher(text);
        while (joined.find()) {
            offered.add(joined.group(1).charAt(0) - 'A');
            offered.add(joined.group(2).charAt(0) - 'A');
        }
        return offered;
    }

    /** Positions as letters, e.g. "[A, C]". */
    private static String named(Set<Integer> positions) {
        return positions.stream().map(p -> String.valueOf((char) ('A' + p))).toList()
                .toString();
    }

    private static boolean sameWord(List<Item> shown, int first, int second) {
        return shown.get(first).label().strip().equalsIgnoreCase(shown.get(second).label()
                .strip());
    }

    private static ParsedReply byWord(String text, Set<Integer> words, List<Item> shown) {
        if (words.isEmpty()) {
            // "A and C" names no item by itself, but the reason should say what it offered
            Set<Integer> offered = joinedLetters(text);
            return ParsedReply.unparseable(offered.size() > 1
                    ? "names several letters " + named(offered) : "names no item");
        }
        Set<String> distinctWords = new HashSet<>();
        for (int position : words) {
            distinctWords.add(shown.get(position).label().strip().toLowerCase(Locale.ROOT));
        }
        if (distinctWords.size() > 1) {
            return ParsedReply.unparseable("names several items");
        }
        if (words.size() == 1) {
            return new ParsedReply(words.iterator().next(), "word");
        }
        return byDefinition(text, new ArrayList<>(words), shown);
    }

    private static ParsedReply byDefinition(String text, List<Integer> homonyms,
            List<Item> shown) {
        String lower = text.toLowerCase(Locale.ROOT);
        int best = -1;
        int bestScore = 0;
        boolean tie = false;
        for (int position : homonyms) {
            int score = definitionWordsIn(lower, shown.get(position).definition());
            if (score > bestScore) {
                best = position;
                bestScore = score;
                tie = false;
            } else if (score == bestScore) {
                tie = true;
            }
        }
        if (best < 0 || tie) {
            return ParsedReply.unparseable("homonym '" + shown.get(homonyms.get(0)).label()
                    + "' not told apart by position or definition");
        }
        return new ParsedReply(best, "word+definition");
    }

    private static int definitionWordsIn(String lowerReply, String definition) {
        Set<String> seen = new HashSet<>();
        int count = 0;
        for (String word : definition.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.length() >= MIN_DEFINITION_WORD && seen.add(word)
                    && wordPattern(word).matcher(lowerReply).find()) {
                count++;
            }
        }
        return count;
    }
}
