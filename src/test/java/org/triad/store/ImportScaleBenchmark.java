package org.triad.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.triad.model.Item;
import org.triad.model.ItemSet;
import org.triad.model.JudgementSet;

/**
 * Imports a THINGS-sized triplet file (4.7 million lines over 1,854 items) into a fresh
 * project and prints the seconds and the peak heap; then reads it packed. Run it as
 * docs/PERFORMANCE.md shows, with {@code -Xmx1g}. Seeded, so every run imports the same file.
 */
public final class ImportScaleBenchmark {
    private static final int ITEMS = 1_854;
    private static final int LINES = 4_700_000;

    private ImportScaleBenchmark() {
    }

    /** @param args optional: a folder to work in (default: a new temporary folder) */
    public static void main(String[] args) throws Exception {
        Path folder = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("triad");
        try {
            run(folder);
        } finally {
            if (args.length == 0) {
                deleteTree(folder);
            }
        }
    }

    private static void run(Path folder) throws Exception {
        Path triplets = folder.resolve("triplets_4.7M.txt");
        writeTriplets(triplets);
        System.out.printf("file: %,d lines, %.1f MB; max heap %d MB%n", LINES,
                Files.size(triplets) / 1e6, Runtime.getRuntime().maxMemory() >> 20);
        Path project = folder.resolve("scale.triad");
        try (ProjectStore store = ProjectStore.open(project)) {
            List<Item> items = new ArrayList<>(ITEMS);
            for (int i = 0; i < ITEMS; i++) {
                items.add(Item.of("item" + i, "word " + i));
            }
            store.setItems(new ItemSet(items));
            measure("import into the project", () -> store.importJudgements(triplets,
                    "scale", "generated"));
            measure("read the set back packed", () -> store.judgementSet("scale").size());
        }
        measure("TripletFileReader.readPacked", () -> {
            JudgementSet set = TripletFileReader.readPacked(triplets, ITEMS);
            return set.size();
        });
        System.out.printf("project file: %.1f MB%n", Files.size(project) / 1e6);
    }

    /** Work whose result is a count. */
    @FunctionalInterface
    private interface Work {
        long run() throws Exception;
    }

    private static void measure(String what, Work work) throws Exception {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long gcBefore = gcMillis();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long count = work.run();
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        System.out.printf("%-30s %,10d judgements %6.1f s (cpu %5.1f s)  peak heap %4d MB"
                + "  gc %d ms%n", what, count, seconds, cpu, peak >> 20, gcMillis() - gcBefore);
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }

    /** Seeded random triplets of three distinct items, 4th column a participant. */
    private static void writeTriplets(Path file) throws IOException {
        Random random = new Random(47);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            StringBuilder line = new StringBuilder(32);
            for (int t = 0; t < LINES; t++) {
                int a = random.nextInt(ITEMS);
                int b = random.nextInt(ITEMS - 1);
                b += b >= a ? 1 : 0;
                int c;
                do {
                    c = random.nextInt(ITEMS);
                } while (c == a || c == b);
                line.setLength(0);
                line.append(a).append(' ').append(b).append(' ').append(c).append(' ')
                        .append(t % 12_000).append('\n');
                out.write(line.toString().getBytes(StandardCharsets.US_ASCII));
            }
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
