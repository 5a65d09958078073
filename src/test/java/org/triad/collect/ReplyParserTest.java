package org.triad.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.triad.model.Item;

class ReplyParserTest {
    static final List<Item> PLAIN = List.of(item("dog"), item("cat"), item("hammer"));
    static final List<Item> SHELLS = List.of(
            new Item("shell1", "shell", "the hard outer covering of a seed or nut", "", List.of()),
            new Item("shell2", "shell", "ammunition fired from a large gun", "", List.of()),
            new Item("shell3", "shell", "the hard protective covering of a mollusc on a beach",
                    "", List.of()));

    static Item item(String word) {
        return Item.of(word + "-id", word);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "C|2", "c|2", "b.|1", "(a)|0", "C.|2", "The odd one out is C.|2",
        "The odd-one-out: B|1", "The answer is a hammer|2", "the answer is a dog or cat|-1",
        "(B)|1", "**A**|0", "B. cat|1", "The answer is C.|2",
        "Answer: A|0", "hammer|2", "Hammers.|2", "The odd one out is the hammer.|2",
        "A hammer|2", "dog or cat|-1", "none of them|-1", "|-1", "B. hammer|-1",
        "A or B|-1"})
    void readsLettersAndWordsNeverGuesses(String reply, int position) {
        assertEquals(position, new ReplyParser().parse(reply, PLAIN).position(), reply);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "B|1", "shell|-1", "The shell fired from a gun (ammunition)|1",
        "the shell of a mollusc, found on a beach|2", "C. shell|2"})
    void homonymsAreResolvedByPositionOrDefinitionNeverByFirstWord(String reply, int position) {
        assertEquals(position, new ReplyParser().parse(reply, SHELLS).position(), reply);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A and C|names several letters [A, C]", "B or C|names several letters [B, C]",
        "(A)/(B)|names several letters [A, B]", "none of them|names no item",
        "dog or cat|names several items", "|empty reply"})
    void anUnparseableReplySaysWhy(String reply, String why) {
        ParsedReply parsed = new ReplyParser().parse(reply == null ? "" : reply, PLAIN);
        assertEquals(-1, parsed.position(), reply);
        assertEquals(why, parsed.how(), reply);
    }
}
