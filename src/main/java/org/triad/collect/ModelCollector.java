package org.triad.collect;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.triad.model.CancellationToken;
import org.triad.model.Item;
import org.triad.model.ItemSet;
import org.triad.model.Triplet;

/**
 * Asks a language model for the odd one out of many triplets: several requests in flight, a
 * requests-per-minute limit, retries with exponential backoff that honour {@code Retry-After},
 * every outcome recorded in a {@link CollectionLog} as soon as it is known. A run skips every
 * triplet the log already holds, so a resumed run never asks a recorded triplet again;
 * cancelling stops new requests and returns once those in flight are recorded.
 */
public final class ModelCollector {
    private static final Logger LOG = LoggerFactory.getLogger(ModelCollector.class);

    private final ChatClient client;
    private final ModelEndpoint endpoint;
    private final PromptTemplate template;
    private final ReplyParser parser = new ReplyParser();
    private final CollectionSettings settings;
    private final PromptImages images;

    /**
     * A collector of text prompts.
     *
     * @param endpoint the model to ask
     * @param template the prompt's wording; text-only
     * @param settings concurrency, rate limit, retries and prices
     */
    public ModelCollector(ModelEndpoint endpoint, PromptTemplate template,
            CollectionSettings settings) {
        this(endpoint, template, settings, null);
    }

    /**
     * A collector that sends the items' images with a multimodal template.
     *
     * @param endpoint the model to ask
     * @param template the prompt's wording; multimodal exactly when {@code images} is given
     * @param settings concurrency, rate limit, retries and prices
     * @param images where the images come from; null for text prompts
     */
    public ModelCollector(ModelEndpoint endpoint, PromptTemplate template,
            CollectionSettings settings, PromptImages images) {
        if (template.multimodal() != (images != null)) {
            throw new IllegalArgumentException(template.multimodal()
                    ? "a multimodal template needs item images" : "item images need a"
                    + " multimodal template (PromptTemplate.MULTIMODAL_DEFAULT)");
        }
        this.endpoint = endpoint;
        this.template = template;
        this.settings = settings;
        this.images = images;
        this.client = new ChatClient(endpoint, null);
    }

    /**
     * Asks every planned triplet the log does not yet hold.
     *
     * @param tasks triplets in presentation order, from {@link CollectionTask#plan}
     * @param items the item set the indices refer to
     * @param log where outcomes go; read first to skip what is already there
     * @param listener receives a snapshot after every finished triplet, on a worker thread
     * @param cancel stops the run after the requests in flight
     * @return the final snapshot of this run
     * @throws MissingImagesException before anything is sent, when a multimodal run meets
     *     items without a usable image and the word fallback is off
     * @throws IOException when the log cannot store an outcome, or an image cannot be read
     */
    public CollectionProgress run(List<CollectionTask> tasks, ItemSet items, CollectionLog log,
            Consumer<CollectionProgress> listener, CancellationToken cancel)
            throws IOException, InterruptedException {
        Set<String> done = log.recordedKeys();
        List<CollectionTask> pending = new ArrayList<>();
        for (CollectionTask task : tasks) {
            if (!done.contains(task.key())) {
                pending.add(task);
            }
        }
        if (images != null) {
            images.check(pending, items);
        }
        LOG.info("Collecting {} triplets from {} ({} already recorded), template {}",
                pending.size(), endpoint.describe(), tasks.size() - pending.size(),
                template.hash());
        Run run = new Run(pending, items, log, listener, cancel);
        CollectionProgress last = run.execute();
        LOG.info("Collection {}: {}", cancel.isCancelled() ? "cancelled" : "finished",
                last.describe());
        return last;
    }

    /** The state of one run, shared by its workers. */
    private final class Run {
        private final List<CollectionTask> pending;
        private final ItemSet items;
        private final CollectionLog log;
        private final Consumer<CollectionProgress> listener;
        private final CancellationToken cancel;
        private final RateLimiter limiter = new RateLimiter(settings.requestsPerMinute());
        private final AtomicInteger nextTask = new AtomicInteger();
        private final AtomicLong parsed = new AtomicLong();
        private final AtomicLong unparseable = new AtomicLong();
        private final AtomicLong failed = new AtomicLong();
        private final AtomicLong retries = new AtomicLong();
        private final AtomicLong promptTokens = new AtomicLong();
        private final AtomicLong completionTokens = new AtomicLong();
        private final long startNanos = System.nanoTime();

        Run(List<CollectionTask> pending, ItemSet items, CollectionLog log,
                Consumer<CollectionProgress> listener, CancellationToken cancel) {
            this.pending = pending;
            this.items = items;
            this.log = log;
            this.listener = listener;
            this.cancel = cancel;
        }

        CollectionProgress execute() throws IOException, InterruptedException {
            int workers = Math.max(1, Math.min(settings.concurrency(), pending.size()));
            ExecutorService pool = Executors.newFixedThreadPool(workers, runnable -> {
                Thread thread = new Thread(runnable, "triad-collect");
                thread.setDaemon(true);
                return thread;
            });
            try {
                List<Future<Void>> futures = new ArrayList<>();
                for (int w = 0; w < workers; w++) {
                    futures.add(pool.submit(this::work));
                }
                for (Future<Void> future : futures) {
                    join(future);
                }
            } finally {
                pool.shutdownNow();
            }
            return snapshot();
        }

        private void join(Future<Void> future) throws IOException, InterruptedException {
            try {
                future.get();
            } catch (ExecutionException e) {
                // Stop the other workers too: a log that cannot write must not lose answers.
                cancel.cancel();
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                throw new IllegalStateException("collection worker failed", e.getCause());
            }
        }

        private Void work() throws IOException, InterruptedException {
            while (!cancel.isCancelled()) {
                int index = nextTask.getAndIncrement();
                if (index >= pending.size()) {
                    return null;
                }
                CollectionTask task = pending.get(index);
                CollectionRecord outcome = ask(task, prompt(task));
                if (outcome == null) {
                    return null;
                }
                log.record(outcome);
                listener.accept(countAndSnapshot(outcome));
            }
            return null;
        }

        /** One triplet with its retries; null when cancelled before an outcome. */
        private Prompt prompt(CollectionTask task) throws IOException {
            List<Item> shown = BatchFiles.shown(task, items);
            return images == null ? Prompt.text(template.render(shown))
                    : images.prompt(template, shown);
        }

        private CollectionRecord ask(CollectionTask task, Prompt prompt)
                throws InterruptedException {
            List<Item> shown = BatchFiles.shown(task, items);
            long tokensIn = 0;
            long tokensOut = 0;
            for (int attempt = 1;; attempt++) {
                if (!limiter.acquire(cancel)) {
                    return null;
                }
                long sent = System.nanoTime();
                try {
                    ChatReply reply = client.complete(prompt);
                    tokensIn += reply.promptTokens();
                    tokensOut += reply.completionTokens();
                    return outcome(task, shown, reply, attempt, tokensIn, tokensOut, sent);
                } catch (ChatException e) {
                    if (!e.retryable() || attempt >= settings.maxAttempts()) {
                        LOG.warn("Triplet {} failed after {} attempts: {}", task.key(), attempt,
                                e.getMessage());
                        return new CollectionRecord(task.key(), task.shown(),
                                CollectionRecord.Status.FAILED, -1, "", e.getMessage(), attempt,
                                tokensIn, tokensOut, template.hash(), endpoint.model(),
                                System.currentTimeMillis(), millisSince(sent));
                    }
                    if (!backOff(task, attempt, e)) {
                        return null;
                    }
                }
            }
        }

        private boolean backOff(CollectionTask task, int attempt, ChatException e)
                throws InterruptedException {
            retries.incrementAndGet();
            java.time.Duration wait = e.retryAfter() != null ? e.retryAfter()
                    : settings.backoff(attempt);
            LOG.warn("Retrying triplet {} in {} ms after: {}", task.key(), wait.toMillis(),
                    e.getMessage());
            return Waits.until(System.nanoTime() + wait.toNanos(), cancel);
        }

        private CollectionRecord outcome(CollectionTask task, List<Item> shown, ChatReply reply,
                int attempt, long tokensIn, long tokensOut, long sent) {
            ParsedReply read = parser.parse(reply.content(), shown);
            Triplet triplet = task.shown();
            int odd = switch (read.position()) {
                case 0 -> triplet.a();
                case 1 -> triplet.b();
                case 2 -> triplet.c();
                default -> -1;
            };
            if (odd < 0) {
                LOG.warn("Unparseable reply for triplet {}: {}", task.key(), read.how());
            }
            return new CollectionRecord(task.key(), triplet, odd < 0
                    ? CollectionRecord.Status.UNPARSEABLE : CollectionRecord.Status.PARSED, odd,
                    reply.content(), read.how(), attempt, tokensIn, tokensOut, template.hash(),
                    endpoint.model(), System.currentTimeMillis(), millisSince(sent));
        }

        /** Counts an outcome and takes a snapshot in one step, so every snapshot adds up. */
        private synchronized CollectionProgress countAndSnapshot(CollectionRecord outcome) {
            count(outcome);
            return snapshot();
        }

        private void count(CollectionRecord outcome) {
            switch (outcome.status()) {
                case PARSED -> parsed.incrementAndGet();
                case UNPARSEABLE -> unparseable.incrementAndGet();
                default -> failed.incrementAndGet();
            }
            promptTokens.addAndGet(outcome.promptTokens());
            completionTokens.addAndGet(outcome.completionTokens());
        }

        private synchronized CollectionProgress snapshot() {
            long finished = parsed.get() + unparseable.get() + failed.get();
            double seconds = Math.max(1e-9, (System.nanoTime() - startNanos) / 1e9);
            double rate = finished / seconds;
            double eta = finished == 0 ? Double.NaN : (pending.size() - finished) / rate;
            double cost = promptTokens.get() / 1000.0 * settings.promptPricePer1k()
                    + completionTokens.get() / 1000.0 * settings.completionPricePer1k();
            return new CollectionProgress(finished, pending.size(), parsed.get(),
                    unparseable.get(), failed.get(), retries.get(), rate, eta,
                    promptTokens.get(), completionTokens.get(), cost);
        }
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
