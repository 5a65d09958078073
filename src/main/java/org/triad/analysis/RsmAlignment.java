package org.triad.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.triad.model.Rsm;

/**
 * How the rows of two RSMs correspond by item id (never by position): the shared items in the
 * first RSM's order, with their row in each matrix, and the ids found in only one of them.
 *
 * @param sharedIds ids present in both RSMs, in the first RSM's row order
 * @param rowsInFirst for each shared id, its row in the first RSM
 * @param rowsInSecond for each shared id, its row in the second RSM
 * @param onlyInFirst ids of the first RSM missing from the second, in the first's order
 * @param onlyInSecond ids of the second RSM missing from the first, in the second's order
 */
public record RsmAlignment(List<String> sharedIds, int[] rowsInFirst, int[] rowsInSecond,
        List<String> onlyInFirst, List<String> onlyInSecond) {

    /** Copies the lists so that the alignment is immutable. */
    public RsmAlignment {
        sharedIds = List.copyOf(sharedIds);
        onlyInFirst = List.copyOf(onlyInFirst);
        onlyInSecond = List.copyOf(onlyInSecond);
        rowsInFirst = rowsInFirst.clone();
        rowsInSecond = rowsInSecond.clone();
    }

    /**
     * Matches the item ids of two RSMs.
     *
     * @param first its row order decides the order of the shared items
     * @param second any row order
     * @return the alignment; its shared list may be empty
     * @throws IllegalArgumentException when an RSM repeats an id
     */
    public static RsmAlignment of(Rsm first, Rsm second) {
        Map<String, Integer> secondRows = rowsById(second);
        Map<String, Integer> firstRows = rowsById(first);
        List<String> shared = new ArrayList<>();
        List<Integer> inFirst = new ArrayList<>();
        List<Integer> inSecond = new ArrayList<>();
        List<String> onlyFirst = new ArrayList<>();
        for (int row = 0; row < first.size(); row++) {
            String id = first.itemIds().get(row);
            Integer other = secondRows.get(id);
            if (other == null) {
                onlyFirst.add(id);
            } else {
                shared.add(id);
                inFirst.add(row);
                inSecond.add(other);
            }
        }
        List<String> onlySecond = second.itemIds().stream()
                .filter(id -> !firstRows.containsKey(id)).toList();
        return new RsmAlignment(shared, toArray(inFirst), toArray(inSecond), onlyFirst,
                onlySecond);
    }

    /** For each shared id, its row in the first RSM (a copy). */
    @Override
    public int[] rowsInFirst() {
        return rowsInFirst.clone();
    }

    /** For each shared id, its row in the second RSM (a copy). */
    @Override
    public int[] rowsInSecond() {
        return rowsInSecond.clone();
    }

    /** Number of shared items. */
    public int sharedCount() {
        return sharedIds.size();
    }

    /** Whether both RSMs hold exactly the same item ids (in any order). */
    public boolean isComplete() {
        return onlyInFirst.isEmpty() && onlyInSecond.isEmpty();
    }

    /**
     * A user-facing warning when the item sets differ, or an empty string when they match.
     *
     * @return e.g. "compared on 1850 shared items; 4 only in the first RSM (a, b, …)"
     */
    public String warning() {
        if (isComplete()) {
            return "";
        }
        StringBuilder text = new StringBuilder("item sets differ: compared on ")
                .append(sharedCount()).append(" shared items");
        appendMissing(text, onlyInFirst, "first");
        appendMissing(text, onlyInSecond, "second");
        return text.toString();
    }

    private static void appendMissing(StringBuilder text, List<String> ids, String which) {
        if (ids.isEmpty()) {
            return;
        }
        int shown = Math.min(5, ids.size());
        text.append("; ").append(ids.size()).append(" only in the ").append(which)
                .append(" RSM (").append(String.join(", ", ids.subList(0, shown)))
                .append(ids.size() > shown ? ", …)" : ")");
    }

    private static Map<String, Integer> rowsById(Rsm rsm) {
        Map<String, Integer> rows = new HashMap<>(rsm.size() * 2);
        for (int row = 0; row < rsm.size(); row++) {
            if (rows.put(rsm.itemIds().get(row), row) != null) {
                throw new IllegalArgumentException("RSM repeats item id '"
                        + rsm.itemIds().get(row) + "'");
            }
        }
        return rows;
    }

    private static int[] toArray(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).toArray();
    }
}
