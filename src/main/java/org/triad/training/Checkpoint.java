package org.triad.training;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.triad.model.EpochReport;
import org.triad.model.JudgementSet;

/**
 * Everything a SPoSE run needs to continue bit for bit after its epoch {@code epoch}: the
 * engine state (X, Adam m and v, step), the early-stopping state, the best X so far, the
 * history, and fingerprints of the data and settings it belongs to. Read and written by
 * {@link CheckpointFiles} (layout in docs/FORMATS.md).
 *
 * <p>The shuffle is not stored as generator state: the trainer draws each epoch's order from
 * one seeded stream applied to the previous epoch's order, so resuming replays the first
 * {@code epoch} shuffles (a few milliseconds) and checks the result against
 * {@code orderSha256}.
 *
 * @param folder where it was read from or written to
 * @param epoch completed epochs, ≥ 1
 * @param config the settings it was trained with
 * @param engine display name of the engine that trained it
 * @param data fingerprint of the item count and the training and validation judgements
 * @param state the engine state after epoch {@code epoch}
 * @param bestWeights X of the best epoch so far (the initial X before any), n_items × dims
 * @param bestEpoch the epoch of bestWeights, 0 for the initial X
 * @param bestLoss the early-stopping best validation loss, +∞ before any
 * @param epochsWithoutImprovement the early-stopping counter
 * @param history one report per completed epoch
 * @param trainedTriplets training judgements stepped so far (for the throughput)
 * @param trainedSeconds seconds spent in training steps so far
 * @param orderSha256 SHA-256 of the judgement order of epoch {@code epoch}
 */
public record Checkpoint(Path folder, int epoch, SposeConfig config, String engine,
        DataFingerprint data, EngineState state, float[] bestWeights, int bestEpoch,
        double bestLoss, int epochsWithoutImprovement, List<EpochReport> history,
        long trainedTriplets, double trainedSeconds, String orderSha256) {

    /** Copies the history. */
    public Checkpoint {
        history = List.copyOf(history);
    }

    /**
     * The data a run was trained on, as hashes ({@link RunManifest#sha256}).
     *
     * @param itemCount n_items
     * @param trainJudgements training judgements
     * @param trainSha256 hash of the training judgements in their order
     * @param validationJudgements validation judgements
     * @param validationSha256 hash of the validation judgements
     */
    public record DataFingerprint(int itemCount, int trainJudgements, String trainSha256,
            int validationJudgements, String validationSha256) {

        /** The fingerprint of a run's data. */
        public static DataFingerprint of(JudgementSet train, JudgementSet validation) {
            return new DataFingerprint(train.itemCount(), train.size(), RunManifest.sha256(train),
                    validation.size(), RunManifest.sha256(validation));
        }
    }

    /**
     * Refuses to continue a run with other data or other settings than the checkpoint's.
     * The thread count and the maximum number of epochs may differ: neither changes the
     * numbers of the epochs both runs train.
     *
     * @throws IllegalArgumentException naming every field that differs
     */
    public void requireMatch(SposeConfig now, JudgementSet train, JudgementSet validation) {
        List<String> differences = new ArrayList<>();
        differ(differences, "dims", config.dims(), now.dims());
        differ(differences, "lambda", config.lambda(), now.lambda());
        differ(differences, "learning rate", config.learningRate(), now.learningRate());
        differ(differences, "batch size", config.batchSize(), now.batchSize());
        differ(differences, "patience", config.patience(), now.patience());
        differ(differences, "seed", config.seed(), now.seed());
        differ(differences, "similarity", config.similarity(), now.similarity());
        differ(differences, "temperature", config.temperature(), now.temperature());
        DataFingerprint current = DataFingerprint.of(train, validation);
        differ(differences, "item count", data.itemCount(), current.itemCount());
        differ(differences, "training judgements (sha256)", describe(data.trainJudgements(),
                data.trainSha256()), describe(current.trainJudgements(), current.trainSha256()));
        differ(differences, "validation judgements (sha256)", describe(
                data.validationJudgements(), data.validationSha256()), describe(
                current.validationJudgements(), current.validationSha256()));
        if (!differences.isEmpty()) {
            throw new IllegalArgumentException("checkpoint " + folder + " (epoch " + epoch
                    + ") belongs to another run: " + String.join("; ", differences)
                    + ". Resume with the same data and settings, or start without --resume.");
        }
        if (now.maxEpochs() < epoch) {
            throw new IllegalArgumentException("checkpoint " + folder + " is at epoch " + epoch
                    + ", past the maximum of " + now.maxEpochs() + " epochs");
        }
    }

    private static String describe(int count, String sha256) {
        return count + " judgements, " + sha256.substring(0, Math.min(12, sha256.length()));
    }

    private static void differ(List<String> differences, String name, Object then, Object now) {
        if (!then.equals(now)) {
            differences.add(String.format(Locale.ROOT, "%s is %s in the checkpoint, %s now", name,
                    then, now));
        }
    }
}
