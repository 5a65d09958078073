package org.triad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.triad.model.Item;
import org.triad.model.ItemSet;

/** The {@code items}, {@code categories} and {@code item_categories} tables. */
final class ItemTable {
    private ItemTable() {
    }

    /** Number of stored items. */
    static int count(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            return Schema.count(statement, "SELECT count(*) FROM items");
        }
    }

    /** Inserts items at indices 0..n-1; categories are numbered in alphabetical order. */
    static void insert(Connection connection, ItemSet items) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO items"
                + " (idx, item_id, label, definition, image) VALUES (?, ?, ?, ?, ?)")) {
            for (int i = 0; i < items.size(); i++) {
                Item item = items.get(i);
                insert.setInt(1, i);
                insert.setString(2, item.id());
                insert.setString(3, item.label());
                insert.setString(4, item.definition());
                insert.setString(5, item.image());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        insertCategories(connection, items);
    }

    private static void insertCategories(Connection connection, ItemSet items)
            throws SQLException {
        TreeSet<String> names = new TreeSet<>();
        items.items().forEach(item -> names.addAll(item.categories()));
        Map<String, Integer> indexOf = new HashMap<>();
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO categories (idx, name) VALUES (?, ?)")) {
            for (String name : names) {
                indexOf.put(name, indexOf.size());
                insert.setInt(1, indexOf.get(name));
                insert.setString(2, name);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO item_categories (item_idx, category_idx) VALUES (?, ?)")) {
            for (int i = 0; i < items.size(); i++) {
                for (String category : items.get(i).categories()) {
                    insert.setInt(1, i);
                    insert.setInt(2, indexOf.get(category));
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    /** Reads all items in index order, each with its categories in category order. */
    static ItemSet read(Connection connection) throws SQLException {
        Map<Integer, List<String>> categories = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT ic.item_idx, c.name"
                        + " FROM item_categories ic JOIN categories c ON c.idx = ic.category_idx"
                        + " ORDER BY ic.item_idx, c.idx")) {
            while (rows.next()) {
                categories.computeIfAbsent(rows.getInt(1), k -> new ArrayList<>(2))
                        .add(rows.getString(2));
            }
        }
        List<Item> items = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT idx, item_id, label, definition,"
                        + " image FROM items ORDER BY idx")) {
            while (rows.next()) {
                items.add(new Item(rows.getString(2), rows.getString(3), rows.getString(4),
                        rows.getString(5), categories.getOrDefault(rows.getInt(1), List.of())));
            }
        }
        return new ItemSet(items);
    }

    /** Names of all categories in category order (alphabetical). */
    static List<String> categoryNames(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT name FROM categories ORDER BY idx")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }
}
