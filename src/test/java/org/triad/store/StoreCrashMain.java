package org.triad.store;

import java.nio.file.Path;
import java.util.List;
import org.triad.model.CancellationToken;
import org.triad.model.Embedding;

/**
 * The child of {@link StoreCrashTest}: writes to a project in a loop, printing a line after
 * each progress report and each commit, until the test kills it with SIGKILL.
 *
 * <ul>
 *   <li>{@code import <project> <triplets> <sets>}: imports the file into sets {@code s0},
 *       {@code s1}, … ; prints {@code progress sN} and {@code committed sN}.</li>
 *   <li>{@code save <project> <count>}: saves embedding {@code eN} and feature set
 *       {@code fN} in turn; prints {@code committed eN} / {@code committed fN}.</li>
 * </ul>
 */
public final class StoreCrashMain {
    /** Columns of every saved embedding and feature set: about 1.5 MB each for 1,854 items. */
    static final int DIMS = 200;

    private StoreCrashMain() {
    }

    /** @param args the mode and its arguments, as above */
    public static void main(String[] args) throws Exception {
        try (ProjectStore store = ProjectStore.open(Path.of(args[1]))) {
            if (args[0].equals("import")) {
                importSets(store, Path.of(args[2]), Integer.parseInt(args[3]));
            } else {
                save(store, Integer.parseInt(args[2]));
            }
        }
        System.out.println("done");
    }

    private static void importSets(ProjectStore store, Path triplets, int sets)
            throws Exception {
        for (int s = 0; s < sets; s++) {
            String name = "s" + s;
            store.importJudgements(triplets, name, "crash test", "crash",
                    (done, total, message) -> say("progress " + name),
                    CancellationToken.none());
            say("committed " + name);
        }
    }

    private static void save(ProjectStore store, int count) throws Exception {
        List<String> ids = store.items().ids();
        for (int i = 0; i < count; i++) {
            store.saveEmbedding("e" + i, "vectors", embedding(ids, i), null, List.of());
            say("committed e" + i);
            store.saveFeatures("f" + i, values(ids.size(), i + 1000), DIMS, "crash");
            say("committed f" + i);
        }
    }

    /** The embedding saved as {@code e<index>}: the same values in every JVM. */
    static Embedding embedding(List<String> ids, int index) {
        return new Embedding(ids, DIMS, values(ids.size(), index), List.of());
    }

    /** Values of save number {@code index}, distinct per index, non-negative. */
    static float[] values(int items, int index) {
        float[] values = new float[items * DIMS];
        for (int k = 0; k < values.length; k++) {
            values[k] = ((k * 31L + index * 7919L) % 1009) / 1009f;
        }
        return values;
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
