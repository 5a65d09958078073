package org.triad.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.triad.training.EngineChoice;
import org.triad.training.SposeConfig;

/**
 * The settings a new training run starts from, as the Preferences dialog keeps them.
 *
 * @param validationFraction share of judgements held out for early stopping, in [0, 0.5]
 * @param dims initial dimensions, ≥ 1
 * @param lambda L1 weight λ ≥ 0
 * @param learningRate Adam step size, &gt; 0
 * @param batchSize judgements per step, ≥ 1
 * @param maxEpochs upper bound on epochs, ≥ 1
 * @param patience epochs without a better validation loss before stopping, ≥ 1
 * @param seed seed of the split, the initialisation and the shuffling, ≥ 0
 * @param engine which engine trains: auto, cpu or nd4j
 */
public record TrainingDefaults(double validationFraction, int dims, double lambda,
        double learningRate, int batchSize, int maxEpochs, int patience, int seed,
        EngineChoice engine) {

    /** The largest validation share the Train view offers. */
    static final double MAX_VALIDATION = 0.5;

    /** Refuses values outside the ranges above, naming every one that is wrong. */
    public TrainingDefaults {
        List<String> problems = problems(validationFraction, dims, lambda, learningRate,
                batchSize, maxEpochs, patience, seed, engine);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
    }

    /** SPoSE's defaults for human THINGS data, 10 % validation, engine chosen automatically. */
    public static TrainingDefaults builtIn() {
        SposeConfig spose = SposeConfig.defaults();
        return new TrainingDefaults(0.1, spose.dims(), spose.lambda(), spose.learningRate(),
                spose.batchSize(), spose.maxEpochs(), spose.patience(), (int) spose.seed(),
                EngineChoice.AUTO);
    }

    /** What is wrong with these values, one sentence each; empty when they are fine. */
    static List<String> problems(double validationFraction, int dims, double lambda,
            double learningRate, int batchSize, int maxEpochs, int patience, int seed,
            EngineChoice engine) {
        List<String> problems = new ArrayList<>();
        check(problems, validationFraction >= 0 && validationFraction <= MAX_VALIDATION,
                "Validation share must be between 0 and 0.5, not %s", validationFraction);
        check(problems, dims >= 1, "Dimensions must be at least 1, not %s", dims);
        check(problems, lambda >= 0 && Double.isFinite(lambda),
                "λ must be 0 or more, not %s", lambda);
        check(problems, learningRate > 0 && Double.isFinite(learningRate),
                "Learning rate must be more than 0, not %s", learningRate);
        check(problems, batchSize >= 1, "Batch size must be at least 1, not %s", batchSize);
        check(problems, maxEpochs >= 1, "Max. epochs must be at least 1, not %s", maxEpochs);
        check(problems, patience >= 1, "Patience must be at least 1, not %s", patience);
        check(problems, seed >= 0, "Seed must be 0 or more, not %s", seed);
        check(problems, engine != null, "Engine must be auto, cpu or nd4j%s", "");
        return problems;
    }

    private static void check(List<String> problems, boolean ok, String format, Object value) {
        if (!ok) {
            problems.add(String.format(Locale.ROOT, format, value));
        }
    }
}
