package org.triad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.triad.model.CancellationToken;
import org.triad.model.EpochReport;
import org.triad.model.JudgementSet;
import org.triad.store.ImportException;
import org.triad.store.TripletFileReader;
import org.triad.training.EngineChoice;
import org.triad.training.SposeConfig;
import org.triad.training.SposeTrainer;
import org.triad.training.TrainingListener;
import org.triad.training.TrainingResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code triad bench}: measurements of Triad's core jobs. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks of Triad's core jobs.",
        subcommands = {BenchCommand.Train.class, BenchRsmCommand.class,
            BenchCollectCommand.class})
final class BenchCommand implements Runnable {
    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * {@code triad bench train}: trains every engine × batch size for the same fixed number of
     * epochs from the same seed and prints throughput, memory and validation accuracy.
     */
    @Command(name = "train", mixinStandardHelpOptions = true,
            description = "SPoSE training speed per engine and batch size on the THINGS "
                    + "benchmark split.")
    static final class Train implements Callable<Integer> {
        private static final SposeConfig DEFAULTS = SposeConfig.defaults();

        @Spec
        private CommandSpec spec;

        @Option(names = "--train", paramLabel = "FILE",
                defaultValue = "../shared/bench/things_train.txt",
                description = "Training triplets (default ${DEFAULT-VALUE}).")
        private Path trainFile;

        @Option(names = "--validation", paramLabel = "FILE",
                defaultValue = "../shared/bench/things_val.txt",
                description = "Validation triplets (default ${DEFAULT-VALUE}).")
        private Path validationFile;

        @Option(names = "--item-count", defaultValue = "1854",
                description = "Items the triplets index (default ${DEFAULT-VALUE}, THINGS).")
        private int itemCount;

        @Option(names = "--epochs", defaultValue = "5",
                description = "Epochs per run, no early stopping (default ${DEFAULT-VALUE}).")
        private int epochs;

        @Option(names = "--engines", split = ",", defaultValue = "cpu,nd4j",
                converter = OptionConverters.Engine.class,
                description = "Engines to measure (default ${DEFAULT-VALUE}).")
        private List<EngineChoice> engines;

        @Option(names = "--batch-sizes", split = ",", defaultValue = "100,1024,16384",
                description = "Batch sizes to measure (default ${DEFAULT-VALUE}).")
        private List<Integer> batchSizes;

        @Option(names = "--dims", description = "Initial dimensions (default ${DEFAULT-VALUE}).")
        private int dims = DEFAULTS.dims();

        @Option(names = "--seed", description = "Random seed (default ${DEFAULT-VALUE}).")
        private long seed = DEFAULTS.seed();

        @Option(names = "--threads", description = "Threads (default ${DEFAULT-VALUE}).")
        private int threads = DEFAULTS.threads();

        @Override
        public Integer call() throws IOException {
            JudgementSet train;
            JudgementSet validation;
            try {
                train = read("train", trainFile);
                validation = read("validation", validationFile);
            } catch (ImportException e) {
                spec.commandLine().getErr().println("triad bench train: " + e.getMessage());
                return 2;
            }
            PrintWriter out = spec.commandLine().getOut();
            out.printf(Locale.ROOT, "%d training, %d validation judgements, %d items; %d dims, "
                    + "lambda %s, lr %s, seed %d, %d epochs, %d threads; %d cores, load %s%n",
                    train.size(), validation.size(), itemCount, dims, DEFAULTS.lambda(),
                    DEFAULTS.learningRate(), seed, epochs, threads,
                    Runtime.getRuntime().availableProcessors(), loadAverage());
            out.println("| engine | batch | triplets/s | s/epoch | peak heap MiB | peak RSS MiB "
                    + "| val acc % (epoch " + epochs + ") |");
            out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
            List<String> ids = IntStream.range(0, itemCount).mapToObj(i -> "item" + i).toList();
            for (EngineChoice engine : engines) {
                for (int batchSize : batchSizes) {
                    out.println(measure(engine, batchSize, train, validation, ids));
                    out.flush();
                }
            }
            return 0;
        }

        private String measure(EngineChoice engine, int batchSize, JudgementSet train,
                JudgementSet validation, List<String> ids) {
            SposeConfig config = new SposeConfig(dims, DEFAULTS.lambda(),
                    DEFAULTS.learningRate(), batchSize, epochs, epochs, seed, threads);
            System.gc();
            Memory.resetPeaks();
            TrainingResult result = new SposeTrainer(config, engine).train(train, validation,
                    ids, TrainingListener.NONE, CancellationToken.none());
            long heap = Memory.peakHeapBytes();
            long rss = Memory.peakRssBytes();
            EpochReport last = result.history().get(result.history().size() - 1);
            double tps = result.tripletsPerSecond();
            return String.format(Locale.ROOT, "| %s | %d | %.0f | %.2f | %d | %s | %.2f |",
                    result.engine(), batchSize, tps, train.size() / tps, heap >> 20,
                    rss < 0 ? "n/a" : Long.toString(rss >> 20),
                    100 * last.validationAccuracy());
        }

        private JudgementSet read(String name, Path file) throws ImportException {
            return JudgementSet.of(name, itemCount,
                    TripletFileReader.read(file, itemCount, "bench"));
        }

        private static String loadAverage() {
            try {
                String[] fields = Files.readString(Path.of("/proc/loadavg"),
                        StandardCharsets.US_ASCII).trim().split("\\s+");
                return fields[0] + " " + fields[1] + " " + fields[2];
            } catch (IOException | RuntimeException e) {
                return String.format(Locale.ROOT, "%.2f",
                        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            }
        }
    }

    /** Peak memory of this process: heap pools from JMX, resident set from /proc. */
    static final class Memory {
        private static final Path STATUS = Path.of("/proc/self/status");
        private static final Path CLEAR_REFS = Path.of("/proc/self/clear_refs");

        private Memory() {
        }

        /**
         * Resets the heap pools' peaks and, on Linux, the resident-set high-water mark
         * (writing 5 to clear_refs), so the next peaks belong to the next run only.
         */
        static void resetPeaks() {
            for (MemoryPoolMXBean pool : heapPools()) {
                pool.resetPeakUsage();
            }
            try {
                Files.writeString(CLEAR_REFS, "5", StandardCharsets.US_ASCII);
            } catch (IOException | RuntimeException e) {
                // Not Linux, or not allowed: VmHWM is then the peak since the JVM started.
            }
        }

        /** Sum of the heap pools' peak usage since {@link #resetPeaks()}. */
        static long peakHeapBytes() {
            long sum = 0;
            for (MemoryPoolMXBean pool : heapPools()) {
                sum += pool.getPeakUsage().getUsed();
            }
            return sum;
        }

        /** VmHWM of /proc/self/status in bytes (heap, native and ND4J memory); −1 if absent. */
        static long peakRssBytes() {
            try {
                for (String line : Files.readAllLines(STATUS, StandardCharsets.US_ASCII)) {
                    if (line.startsWith("VmHWM:")) {
                        String kib = line.substring(6).trim().split("\\s+")[0];
                        return Long.parseLong(kib) * 1024;
                    }
                }
            } catch (IOException | RuntimeException e) {
                return -1;
            }
            return -1;
        }

        private static List<MemoryPoolMXBean> heapPools() {
            List<MemoryPoolMXBean> pools = new ArrayList<>();
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
                    pools.add(pool);
                }
            }
            return pools;
        }
    }
}
