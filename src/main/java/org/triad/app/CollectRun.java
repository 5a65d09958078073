package org.triad.app;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.triad.analysis.SourceAgreement;
import org.triad.app.CollectForm.TripletSource;
import org.triad.collect.CollectionLog;
import org.triad.collect.CollectionProgress;
import org.triad.collect.CollectionRecord;
import org.triad.collect.CollectionSettings;
import org.triad.collect.CollectionTask;
import org.triad.collect.EndpointCheck;
import org.triad.collect.ImageResolver;
import org.triad.collect.ModelCollector;
import org.triad.collect.ModelEndpoint;
import org.triad.collect.ProjectCollectionLog;
import org.triad.collect.PromptImages;
import org.triad.collect.PromptTemplate;
import org.triad.collect.SamplerSettings;
import org.triad.collect.SamplerSettings.Kind;
import org.triad.collect.TripletSampler;
import org.triad.model.CancellationToken;
import org.triad.model.JudgementSet;
import org.triad.model.Triplet;
import org.triad.store.ModelReply;
import org.triad.store.StoreException;

/**
 * The worker side of the Collect view: plans the triplets, checks the endpoint and runs the
 * {@link ModelCollector} into the project's {@link ProjectCollectionLog}. Nothing here touches
 * UI state; every method may read the project file, so call it off the UI thread.
 */
final class CollectRun {
    private CollectRun() {
    }

    /**
     * One run's inputs, copied on the UI thread.
     *
     * @param count new triplets to draw ({@link TripletSource#SAMPLER})
     * @param fromSet the set whose triplets are asked ({@link TripletSource#SET})
     * @param setName the set the model's choices go to
     * @param images whether each prompt sends the three items' images
     * @param wordCards with images: an item without one is described in words, rather than
     *     refusing the run
     * @param retryFailed whether the triplets whose requests failed before are asked again
     */
    record Request(ModelEndpoint endpoint, PromptTemplate template, CollectionSettings settings,
            TripletSource source, Kind sampler, int count, long seed, String fromSet,
            boolean rotations, String setName, boolean images, boolean wordCards,
            boolean retryFailed) {
    }

    /**
     * How a run ended.
     *
     * @param last the collector's final snapshot (this run's triplets only)
     * @param planned triplets of the plan, those asked before included
     * @param earlier triplets of the plan already recorded before this run
     * @param cancelled whether the run was cancelled before it asked everything
     */
    record Outcome(CollectionProgress last, String setName, int planned, int earlier,
            boolean cancelled) {
    }

    /** The endpoint cannot be used; the message says why in one sentence. */
    static final class EndpointProblem extends Exception {
        private static final long serialVersionUID = 1L;

        EndpointProblem(String message) {
            super(message);
        }
    }

    /**
     * Checks the endpoint, plans the triplets and asks those not yet recorded.
     *
     * @param listener snapshots after every finished triplet, on the collector's threads
     * @param failed every failed or unparseable outcome, on the collector's threads
     * @throws EndpointProblem when the endpoint cannot be reached or refuses the key; nothing
     *     is asked or stored then
     */
    static Outcome run(ProjectSession project, Request request,
            Consumer<CollectionProgress> listener, Consumer<CollectionRecord> failed,
            CancellationToken token) throws Exception {
        String unreachable = EndpointCheck.reach(request.endpoint());
        if (unreachable != null) {
            throw new EndpointProblem(unreachable);
        }
        List<CollectionTask> tasks = CollectionTask.plan(triplets(project, request),
                request.rotations(), request.seed());
        ProjectCollectionLog log = new ProjectCollectionLog(project.modelReplies(),
                request.setName(), request.endpoint());
        if (request.retryFailed()) {
            log.retryFailed();
        }
        Set<String> recorded = log.recordedKeys();
        int earlier = (int) tasks.stream().filter(t -> recorded.contains(t.key())).count();
        ModelCollector collector = new ModelCollector(request.endpoint(), request.template(),
                request.settings(), images(project, request));
        CollectionProgress last = collector.run(tasks, project.items(),
                new Watched(log, failed), listener, token);
        return new Outcome(last, request.setName(), tasks.size(), earlier,
                token.isCancelled() && last.done() < last.total());
    }

    /** The images of a multimodal run, from the project's image folder; null for text. */
    private static PromptImages images(ProjectSession project, Request request) {
        if (!request.images()) {
            return null;
        }
        return new PromptImages(item -> {
            try {
                return project.resolveImage(item);
            } catch (StoreException e) {
                throw new ImageResolver.Refused(e.getMessage());
            }
        }, PromptImages.DEFAULT_LONGEST_SIDE, request.wordCards());
    }

    /** The triplets to ask: drawn by the sampler from the seed, or those of a set. */
    static List<Triplet> triplets(ProjectSession project, Request request)
            throws StoreException {
        return triplets(project, request.source(), request.sampler(), request.count(),
                request.seed(), request.fromSet());
    }

    /** The triplets to ask: {@code count} drawn by the sampler, or those of {@code fromSet}. */
    static List<Triplet> triplets(ProjectSession project, TripletSource source, Kind kind,
            int count, long seed, String fromSet) throws StoreException {
        List<Triplet> triplets = new ArrayList<>();
        if (source == TripletSource.SET) {
            JudgementSet set = project.judgementSet(fromSet);
            for (int t = 0; t < set.size(); t++) {
                triplets.add(new Triplet(set.keptA(t), set.keptB(t), set.odd(t)));
            }
            return triplets;
        }
        int[] pool = IntStream.range(0, project.items().size()).toArray();
        TripletSampler sampler = SamplerSettings.of(kind, seed)
                .create(pool, null, new SplittableRandom(seed));
        for (int t = 0; t < count; t++) {
            triplets.add(sampler.next());
        }
        return triplets;
    }

    /**
     * What a set already holds from a model, e.g. "'model · x' already holds 40 replies of x
     * (38 parsed, 2 failed); a run skips them." Empty when it holds none.
     */
    static String stored(ProjectSession project, String setName, String model)
            throws StoreException {
        if (setName == null || setName.isBlank() || model == null || model.isBlank()) {
            return "";
        }
        List<ModelReply> replies = project.modelReplies().replies(setName.strip(), model.strip());
        if (replies.isEmpty()) {
            return "";
        }
        Map<CollectionRecord.Status, Integer> counts = new EnumMap<>(
                CollectionRecord.Status.class);
        for (ModelReply reply : replies) {
            counts.merge(CollectionRecord.Status.valueOf(reply.status().toUpperCase(Locale.ROOT)),
                    1, Integer::sum);
        }
        List<String> parts = new ArrayList<>();
        counts.forEach((status, n) -> parts.add(String.format(Locale.ROOT, "%,d %s", n,
                status.name().toLowerCase(Locale.ROOT))));
        return String.format(Locale.ROOT, "'%s' already holds %,d replies of %s (%s); a run"
                + " skips those triplets, failed ones too unless asked again.",
                setName.strip(), replies.size(), model.strip(), String.join(", ", parts));
    }

    /**
     * The agreement of the model's set with a set of people's judgements on the triplets both
     * answered, in one line.
     */
    static String compare(ProjectSession project, String modelSet, String peopleSet)
            throws StoreException {
        SourceAgreement agreement = SourceAgreement.between(project.judgementSet(modelSet),
                project.judgementSet(peopleSet));
        if (agreement.sharedTriplets() == 0) {
            return "'" + modelSet + "' and '" + peopleSet + "' share no triplet.";
        }
        return String.format(Locale.ROOT, "On the %,d triplets both answered, '%s' agrees"
                + " with '%s' on %.1f %% (%,d of %,d answer pairs the same; chance 33.3 %%).",
                agreement.sharedTriplets(), modelSet, peopleSet, 100 * agreement.share(),
                agreement.sameChoices(), agreement.answerPairs());
    }

    /** Passes every outcome to the project's log and shows the failed ones. */
    private static final class Watched implements CollectionLog {
        private final CollectionLog log;
        private final Consumer<CollectionRecord> failed;

        Watched(CollectionLog log, Consumer<CollectionRecord> failed) {
            this.log = log;
            this.failed = failed;
        }

        @Override
        public Set<String> recordedKeys() {
            return log.recordedKeys();
        }

        @Override
        public int retryFailed() {
            return log.retryFailed();
        }

        @Override
        public void record(CollectionRecord outcome) throws IOException {
            log.record(outcome);
            if (outcome.status() != CollectionRecord.Status.PARSED) {
                failed.accept(outcome);
            }
        }

        @Override
        public List<CollectionRecord> records() {
            return log.records();
        }
    }
}
