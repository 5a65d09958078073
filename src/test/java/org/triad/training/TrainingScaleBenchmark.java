package org.triad.training;

import java.util.SplittableRandom;
import org.triad.model.CancellationToken;
import org.triad.model.JudgementSet;
import org.triad.testdata.Golden;
import org.triad.testdata.HeapPeak;

/**
 * Trains one epoch of SPoSE with the CPU engine on 4.7 million seeded random judgements over
 * 1,854 items (the size of THINGS-data), packed in memory, with 10,000 validation judgements,
 * and prints the seconds and the peak heap. Run it as docs/PERFORMANCE.md ("Scale") shows.
 */
public final class TrainingScaleBenchmark {
    private static final int ITEMS = 1_854;
    private static final int TRAIN = 4_700_000;
    private static final int VALIDATION = 10_000;

    private TrainingScaleBenchmark() {
    }

    /** @param args optional: batch size (default 100) and threads (default 2) */
    public static void main(String[] args) {
        int batch = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        SplittableRandom random = new SplittableRandom(47);
        JudgementSet train = random(random, "train", TRAIN);
        JudgementSet validation = random(random, "validation", VALIDATION);
        SposeConfig config = new SposeConfig(100, 0.008, 0.001, batch, 1, 10, 1L, threads);
        System.out.printf("%,d training judgements over %,d items, batch %d, %d threads,"
                + " max heap %d MB%n", TRAIN, ITEMS, batch, threads,
                Runtime.getRuntime().maxMemory() >> 20);

        HeapPeak.reset();
        long start = System.nanoTime();
        TrainingResult result = new SposeTrainer(config, EngineChoice.CPU).train(train,
                validation, Golden.ids(ITEMS), TrainingListener.NONE, CancellationToken.none());
        double seconds = (System.nanoTime() - start) / 1e9;
        var epoch = result.history().get(0);
        System.out.printf("1 epoch: %.1f s (%,.0f judgements/s), peak heap %d MB,"
                + " train loss %.4f, validation loss %.4f%n", seconds, TRAIN / seconds,
                HeapPeak.mib(), epoch.trainLoss(), epoch.validationLoss());
    }

    /** Seeded random triplets of three distinct items, packed (kept, kept, odd). */
    private static JudgementSet random(SplittableRandom random, String name, int count) {
        int[] packed = new int[3 * count];
        for (int t = 0; t < count; t++) {
            int a = random.nextInt(ITEMS);
            int b = random.nextInt(ITEMS - 1);
            b += b >= a ? 1 : 0;
            int c;
            do {
                c = random.nextInt(ITEMS);
            } while (c == a || c == b);
            packed[3 * t] = a;
            packed[3 * t + 1] = b;
            packed[3 * t + 2] = c;
        }
        return new JudgementSet(name, ITEMS, packed);
    }
}
