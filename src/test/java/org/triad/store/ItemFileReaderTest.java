package org.triad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.triad.model.Item;
import org.triad.model.ItemSet;

class ItemFileReaderTest {
    @TempDir
    Path folder;

    private Path write(String name, String text) throws Exception {
        Path file = folder.resolve(name);
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));
        return file;
    }

    @Test
    void readsThingsConceptsWithCategoriesKeyedById() throws Exception {
        ItemSet items = ItemFileReader.read(Path.of("datasets/things/concepts.tsv"),
                Path.of("datasets/things/categories27.tsv"));
        assertEquals(1_854, items.size());
        Item artichoke = items.get(items.indexOf("artichoke").orElseThrow());
        assertEquals(List.of("food", "plant", "vegetable"), artichoke.categories());
        assertEquals(List.of("shell1", "shell2", "shell3"), items.items().stream()
                .filter(item -> item.label().equals("shell")).map(Item::id).toList());
        assertEquals("", items.get(0).image());
    }

    @Test
    void readsCsvWithQuotedFieldsAndCaseInsensitiveHeader() throws Exception {
        Path file = write("items.csv", "ID,Label,Definition,Image,norm\n"
                + "bat1,bat,\"a club, used in sports\",img/bat1.jpg,3\n"
                + "bat2,bat,\"a flying \"\"mammal\"\"\",,4\n");
        ItemSet items = ItemFileReader.read(file, null);
        assertEquals(new Item("bat1", "bat", "a club, used in sports", "img/bat1.jpg",
                List.of()), items.get(0));
        assertEquals("a flying \"mammal\"", items.get(1).definition());
    }

    @Test
    void readsAPlainListWithByteOrderMarkAndCrlf() throws Exception {
        Path file = write("words.txt", "\uFEFFaardvark\r\n\r\nabacus\r\nsoufflé\r\n");
        ItemSet items = ItemFileReader.read(file, null);
        assertEquals(List.of("aardvark", "abacus", "soufflé"), items.ids());
        assertEquals("abacus", items.get(1).label());
    }

    @Test
    void aLabelOnlyTableUsesLabelsAsIds() throws Exception {
        ItemSet items = ItemFileReader.read(write("words.tsv", "Word\ncat\ndog\n"), null);
        assertEquals(List.of("cat", "dog"), items.ids());
    }

    @Test
    void duplicateIdsNameBothLines() {
        Path file = Path.of("src/test/resources/bad/items_duplicate_id.tsv");
        ImportException e = assertThrows(ImportException.class,
                () -> ItemFileReader.read(file, null));
        assertEquals(4, e.line());
        assertEquals("item id 's1' appears on lines 2 and 4", e.reason());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no id or label | code\\tnorm\\nx\\t1\\n | 1 | the header names no id column (id, \
            uniqueID, item_id) and no label column (label, word, name)
            short row      | id\\tlabel\\na\\n     | 2 | has 1 field, the header has 2
            empty id       | id,label\\n,cat\\n    | 2 | the id is empty
            open quote     | id,label\\n"a,cat\\n  | 2 | a quoted field is not closed on this \
            line (fields spanning several lines are not supported)
            repeated word  | cat\\ndog\\ncat\\n    | 3 | label 'cat' appears on lines 1 and 3; a \
            plain list uses labels as ids, so give a table with an id column when labels repeat
            empty file     | \\n\\n                | 0 | contains no items
            """)
    void rejectsBadItemFiles(String what, String text, long line, String reason)
            throws Exception {
        Path file = write("bad.txt", text.replace("\\t", "\t").replace("\\n", "\n"));
        ImportException e = assertThrows(ImportException.class,
                () -> ItemFileReader.read(file, null));
        assertEquals(line, e.line(), what);
        assertEquals(reason, e.reason(), what);
    }

    @Test
    void categoryRowsMustMatchItems() throws Exception {
        Path items = write("items.txt", "cat\ndog\nrose\n");
        Path twoRows = write("cats.tsv", "animal\tplant\n1\t0\n1\t0\n");
        ImportException e = assertThrows(ImportException.class,
                () -> ItemFileReader.read(items, twoRows));
        assertEquals("has 2 rows, the item set has 3", e.reason());
        Path badValue = write("cats2.tsv", "animal\tplant\n1\t0\n1\t0\n0\t2\n");
        e = assertThrows(ImportException.class, () -> ItemFileReader.read(items, badValue));
        assertEquals(4, e.line());
        assertEquals("'2' in column 'plant' is not 0 or 1", e.reason());
    }

    @Test
    void categoriesAttachInHeaderOrder() throws Exception {
        Path items = write("items.txt", "cat\ndog\nrose\n");
        Path categories = write("cats.tsv", "plant\tanimal\tpet\n0\t1\t1\n0\t1\t1\n1\t0\t0\n");
        ItemSet read = ItemFileReader.read(items, categories);
        assertEquals(List.of("animal", "pet"), read.get(0).categories());
        assertEquals(List.of("plant"), read.get(2).categories());
    }
}
