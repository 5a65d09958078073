package org.triad.app;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.triad.model.CancellationToken;
import org.triad.model.Embedding;
import org.triad.model.EpochReport;
import org.triad.model.ItemSet;
import org.triad.model.JudgementSet;
import org.triad.model.ProgressListener;
import org.triad.model.Rsm;
import org.triad.model.RsmKind;
import org.triad.training.EngineChoice;
import org.triad.training.SposeConfig;
import org.triad.training.TrainingListener;
import org.triad.training.TrainingResult;

/**
 * A fast stand-in for the core: "training" reports made-up epochs and returns a fixed
 * embedding; the RSM follows the exact definition, which is quick for a few dozen items.
 */
final class FakeEngine implements ComputeEngine {
    private final Embedding trained;
    int rsmCalls;
    /** The engine the last run asked for; null before one. */
    EngineChoice lastEngine;

    FakeEngine(Embedding trained) {
        this.trained = trained;
    }

    @Override
    public String description() {
        return "CPU engine (plain Java, 1 threads)";
    }

    @Override
    public JudgementSet[] split(JudgementSet set, double validationFraction, long seed) {
        int validation = (int) Math.round(set.size() * validationFraction);
        int[] all = IntStream.range(0, set.size()).toArray();
        return new JudgementSet[] {
            set.select(set.name() + ":train", Arrays.copyOf(all, all.length
                    - validation)),
            set.select(set.name() + ":validation", Arrays.copyOfRange(all,
                    all.length - validation, all.length)),
        };
    }

    @Override
    public TrainingResult train(SposeConfig config, EngineChoice engine, JudgementSet train,
            JudgementSet validation, List<String> itemIds, TrainingListener listener,
            CancellationToken token) {
        lastEngine = engine;
        return train(config, train, validation, itemIds, listener, token);
    }

    @Override
    public TrainingResult train(SposeConfig config, JudgementSet train, JudgementSet validation,
            List<String> itemIds, TrainingListener listener, CancellationToken token) {
        List<EpochReport> history = new ArrayList<>();
        for (int epoch = 1; epoch <= config.maxEpochs() && !token.isCancelled(); epoch++) {
            EpochReport report = new EpochReport(epoch, 1.2 / epoch + 0.8, 0.4 + 0.02 * epoch,
                    1.1 / epoch + 0.9, 0.38 + 0.02 * epoch, config.dims() - epoch, 0.01);
            history.add(report);
            listener.epochFinished(report);
        }
        return new TrainingResult(trained, history, history.size(), token.isCancelled(),
                1000, "fake engine");
    }

    @Override
    public Rsm choiceProbability(Embedding embedding, ProgressListener listener,
            CancellationToken token) {
        rsmCalls++;
        int n = embedding.itemCount();
        double[] values = new double[n * n];
        for (int i = 0; i < n; i++) {
            listener.progress(i, n, "row " + i);
            for (int j = 0; j < n; j++) {
                values[i * n + j] = i == j ? 1 : probability(embedding, i, j);
            }
        }
        return new Rsm(RsmKind.CHOICE_PROBABILITY, embedding.itemIds(), values);
    }

    private static double probability(Embedding embedding, int i, int j) {
        int n = embedding.itemCount();
        double sum = 0;
        double sij = PlantedData.dot(embedding, i, j);
        for (int k = 0; k < n; k++) {
            if (k != i && k != j) {
                double eij = Math.exp(sij);
                sum += eij / (eij + Math.exp(PlantedData.dot(embedding, i, k))
                        + Math.exp(PlantedData.dot(embedding, j, k)));
            }
        }
        return sum / (n - 2);
    }

    @Override
    public int[] categoryOrder(ItemSet items) {
        return IntStream.range(0, items.size()).boxed()
                .sorted(Comparator.comparing(i -> items.get(i).categories().isEmpty() ? "~"
                        : items.get(i).categories().get(0)))
                .mapToInt(Integer::intValue).toArray();
    }
}
