package org.triad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.triad.model.Judgement;
import org.triad.model.Triplet;

class TripletFileReaderTest {
    /** Item count the fixtures in {@code bad/} are written for. */
    static final int ITEMS = 10;

    @TempDir
    Path folder;

    static Path fixture(String name) {
        return Path.of("src/test/resources/bad", name);
    }

    @Test
    void readsSpaceTabAndCommaSeparatedLinesWithOptionalParticipant() throws Exception {
        Path file = folder.resolve("t.txt");
        Files.writeString(file, "# kept kept odd\n0 1 2\n\n3\t4\t5\t17\n 6, 7, 8 \n");
        List<Judgement> judgements = TripletFileReader.read(file, ITEMS, "human");
        assertEquals(3, judgements.size());
        assertEquals(new Judgement(new Triplet(0, 1, 2), 2, "human", -1, null, -1),
                judgements.get(0));
        assertEquals(17, judgements.get(1).participant());
        assertEquals(List.of(6, 7, 8), List.of(judgements.get(2).keptA(),
                judgements.get(2).keptB(), judgements.get(2).odd()));
        assertNull(judgements.get(2).time());
    }

    @Test
    void acceptsByteOrderMarkAndCrlf() throws Exception {
        Path file = folder.resolve("windows.txt");
        Files.write(file, "\uFEFF0 1 2 3\r\n4 5 6 3\r\n".getBytes(StandardCharsets.UTF_8));
        List<Judgement> judgements = TripletFileReader.read(file, ITEMS, "human");
        assertEquals(2, judgements.size());
        assertEquals(0, judgements.get(0).keptA());
        assertEquals(3, judgements.get(1).participant());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            triplets_out_of_range.txt    | 2 | item index 25 is out of range: the item set has 10 \
            items, so valid indices are 0..9 (indices are 0-based)
            triplets_repeated_item.txt   | 4 | repeats item 4: a triplet needs three different items
            triplets_non_numeric.txt     | 7 | 'x12' is not an item index
            triplets_missing_column.txt  | 2 | has 2 columns; expected 3 (i j k, k = odd one out) \
            or 4 (i j k participant)
            triplets_too_many_columns.txt| 1 | has 5 columns; expected 3 (i j k, k = odd one out) \
            or 4 (i j k participant)
            triplets_negative.txt        | 2 | negative item index -1; indices are 0-based rows of \
            the item set (0..9)
            triplets_bad_participant.txt | 1 | 'x' is not a participant number
            triplets_empty.txt           | 0 | contains no triplets
            """)
    void rejectsBadFilesWithLineAndReason(String name, long line, String reason) {
        ImportException e = assertThrows(ImportException.class,
                () -> TripletFileReader.read(fixture(name), ITEMS, "human"));
        assertEquals(fixture(name), e.file());
        assertEquals(line, e.line());
        assertEquals(reason, e.reason());
    }

    @Test
    void hintsThatAFileLooksOneBased() {
        ImportException e = assertThrows(ImportException.class,
                () -> TripletFileReader.read(fixture("triplets_one_based.txt"), ITEMS, "human"));
        assertEquals(2, e.line());
        assertTrue(e.reason().startsWith("item index 10 is out of range"), e.reason());
        assertTrue(e.reason().endsWith("the largest index in the file is 10, the number of"
                + " items, and no index is 0: the file looks 1-based; subtract 1 from every"
                + " index"), e.reason());
    }

    @Test
    void noHintWhenTheLargestIndexIsNotTheItemCount() {
        ImportException e = assertThrows(ImportException.class,
                () -> TripletFileReader.read(fixture("triplets_one_based.txt"), 9, "human"));
        assertTrue(e.reason().startsWith("item index 10 is out of range"), e.reason());
        assertTrue(!e.reason().contains("1-based"), e.reason());
    }

    @Test
    void noOneBasedHintWhenTheFileUsesIndexZero() throws IOException {
        Path file = Files.writeString(folder.resolve("zero.txt"), "0 5 7\n3 4 " + ITEMS + "\n");
        ImportException e = assertThrows(ImportException.class,
                () -> TripletFileReader.read(file, ITEMS, "human"));
        assertEquals(2, e.line());
        assertTrue(e.reason().startsWith("item index " + ITEMS + " is out of range"), e.reason());
        assertTrue(!e.reason().contains("1-based"), e.reason());
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = folder.resolve("missing.txt");
        ImportException e = assertThrows(ImportException.class,
                () -> TripletFileReader.read(missing, ITEMS, "human"));
        assertEquals("file not found", e.reason());
    }

    @Test
    void readsTheBundledParticipantFile() throws IOException, ImportException {
        List<Judgement> judgements = TripletFileReader.read(
                Path.of("datasets/things/triplets_human_b_participants.txt"), 1_854, "human");
        assertEquals(124_710, judgements.size());
        assertEquals(263, judgements.stream().mapToInt(Judgement::participant).max().orElse(-1));
    }
}
