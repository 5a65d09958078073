package org.triad.app;

import java.util.List;
import org.triad.analysis.Orderings;
import org.triad.analysis.Rsms;
import org.triad.model.CancellationToken;
import org.triad.model.Embedding;
import org.triad.model.ItemSet;
import org.triad.model.JudgementSet;
import org.triad.model.ProgressListener;
import org.triad.model.Rsm;
import org.triad.training.EngineChoice;
import org.triad.training.SposeConfig;
import org.triad.training.SposeTrainer;
import org.triad.training.TrainingListener;
import org.triad.training.TrainingResult;

/** The {@link ComputeEngine} of the real core: SPoSE training and analysis. */
final class CoreComputeEngine implements ComputeEngine {
    /** Set on the UI thread, read by the training worker. */
    private volatile EngineChoice engineChoice = EngineChoice.AUTO;

    /** The engine the next run trains on (the Preferences dialog's choice). */
    void setEngineChoice(EngineChoice choice) {
        engineChoice = choice;
    }

    @Override
    public String description() {
        // The same words as TrainingResult.engine(), which replaces it after a run.
        int threads = SposeConfig.defaults().threads();
        return "cpu (plain Java, " + threads + (threads == 1 ? " thread)" : " threads)");
    }

    @Override
    public JudgementSet[] split(JudgementSet set, double validationFraction, long seed) {
        return SposeTrainer.split(set, validationFraction, seed);
    }

    @Override
    public TrainingResult train(SposeConfig config, JudgementSet train, JudgementSet validation,
            List<String> itemIds, TrainingListener listener, CancellationToken token) {
        // AUTO trains on a CUDA GPU in a -Pcuda build; the status bar then shows the engine
        // that ran (TrainingResult.engine()).
        return train(config, engineChoice, train, validation, itemIds, listener, token);
    }

    @Override
    public TrainingResult train(SposeConfig config, EngineChoice engine, JudgementSet train,
            JudgementSet validation, List<String> itemIds, TrainingListener listener,
            CancellationToken token) {
        return new SposeTrainer(config, engine).train(train, validation, itemIds, listener,
                token);
    }

    @Override
    public Rsm choiceProbability(Embedding embedding, ProgressListener listener,
            CancellationToken token) {
        return Rsms.choiceProbability(embedding, listener, token);
    }

    @Override
    public int[] categoryOrder(ItemSet items) {
        return Orderings.byCategory(items);
    }
}
