package org.triad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.triad.collect.BatchFiles;
import org.triad.collect.CollectionLog;
import org.triad.collect.CollectionProgress;
import org.triad.collect.CollectionRecord;
import org.triad.collect.CollectionSettings;
import org.triad.collect.CollectionTask;
import org.triad.collect.EndpointCheck;
import org.triad.collect.ImageResolver;
import org.triad.collect.JsonlCollectionLog;
import org.triad.collect.ModelCollector;
import org.triad.collect.ModelEndpoint;
import org.triad.collect.ProjectCollectionLog;
import org.triad.collect.PromptImages;
import org.triad.collect.PromptTemplate;
import org.triad.collect.UniformSampler;
import org.triad.model.CancellationToken;
import org.triad.model.Item;
import org.triad.model.ItemSet;
import org.triad.model.Judgement;
import org.triad.model.JudgementSet;
import org.triad.model.Triplet;
import org.triad.store.AtomicFiles;
import org.triad.store.ImportException;
import org.triad.store.IoReasons;
import org.triad.store.ItemImages;
import org.triad.store.ProjectStore;
import org.triad.store.StoreException;
import org.triad.store.ThingsProject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code triad collect}: asks an OpenAI-compatible model for the odd one out of many triplets,
 * or writes / reads OpenAI Batch API files. The raw JSONL log, or the project's
 * {@code model_replies}, makes a run resumable: run the same command again and only the
 * triplets not yet recorded are asked.
 */
@Command(name = "collect", mixinStandardHelpOptions = true,
        description = "Collect odd-one-out judgements from a language model (any "
                + "OpenAI-compatible chat-completions endpoint); resumable.")
final class CollectCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--base-url", defaultValue = "https://api.openai.com/v1", paramLabel = "URL",
            description = "Endpoint base URL (default ${DEFAULT-VALUE}).")
    private String baseUrlText;

    /** The base URL, once {@link #checkOptions} has found it usable. */
    private URI baseUrl;

    @Option(names = "--model", required = true, paramLabel = "ID",
            description = "Model id, e.g. gpt-4o-mini or llama3.2.")
    private String model;

    @Option(names = "--api-key-env", defaultValue = "OPENAI_API_KEY", paramLabel = "VARIABLE",
            description = "Environment variable holding the API key (default ${DEFAULT-VALUE});"
                    + " the key is never written anywhere.")
    private String keyVariable;

    @Option(names = "--temperature", defaultValue = "0",
            description = "Sampling temperature, 0 or more (default ${DEFAULT-VALUE}).")
    private double temperature;

    @Option(names = "--max-tokens", defaultValue = "16",
            description = "Most tokens of a reply (default ${DEFAULT-VALUE}: one letter).")
    private int maxTokens;

    @Option(names = "--timeout", defaultValue = "60",
            description = "Seconds per request (default ${DEFAULT-VALUE}).")
    private int timeoutSeconds;

    @Option(names = "--template", paramLabel = "FILE",
            description = "Prompt template file (placeholders {word1}, {definition1}, "
                    + "{letter1}, ...). Default: the THINGS instruction.")
    private Path templateFile;

    @Option(names = "--items", paramLabel = "FILE",
            description = "Item file. Default: the bundled THINGS concepts.")
    private Path itemFile;

    @Option(names = {"-n", "--triplets"}, defaultValue = "0", paramLabel = "N",
            converter = OptionConverters.TripletCount.class,
            description = "Number of uniformly sampled triplets (unless --from-set); at most"
                    + " 5,000,000 per run.")
    private int count;

    @Option(names = "--from-set", paramLabel = "FILE",
            description = "Ask the triplets of this triplet file instead.")
    private Path fromSet;

    @Option(names = "--seed", defaultValue = "1",
            description = "Seed of the sampled triplets and their order "
                    + "(default ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--rotations", description = "Ask each triplet in all 3 rotations.")
    private boolean rotations;

    @Option(names = "--concurrency", defaultValue = "8",
            description = "Requests in flight at once (default ${DEFAULT-VALUE}).")
    private int concurrency;

    @Option(names = "--rpm", defaultValue = "0", description = "Requests per minute, 0: no limit.")
    private double rpm;

    @Option(names = "--attempts", defaultValue = "5",
            description = "Attempts per triplet; 429, 5xx and timeouts are retried with backoff "
                    + "(default ${DEFAULT-VALUE}).")
    private int attempts;

    @Option(names = "--price-in", defaultValue = "0", description = "Price per 1k prompt tokens.")
    private double priceIn;

    @Option(names = "--price-out", defaultValue = "0",
            description = "Price per 1k completion tokens.")
    private double priceOut;

    @Option(names = "--raw", paramLabel = "FILE",
            description = "Raw JSONL log of every reply; an existing log is resumed.")
    private Path rawFile;

    @Option(names = "--project", paramLabel = "FILE",
            description = "Instead of --raw: store every reply, and the parsed judgements in"
                    + " the set --set, in this project (resumed likewise). Its items are used;"
                    + " a project without items gets those of --items.")
    private Path projectFile;

    @Option(names = "--set", paramLabel = "NAME",
            description = "Judgement set of the project that receives the parsed replies.")
    private String setName;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Triplet file of the parsed judgements (kept pair, then odd one out).")
    private Path outFile;

    @Option(names = "--images",
            description = "Send the three items' images with each request (multimodal models);"
                    + " default template: the multimodal instruction. Image paths are relative"
                    + " to the project's folder, or to the item file's folder with --raw.")
    private boolean images;

    @Option(names = "--word-cards",
            description = "With --images: describe an item without an image in words instead"
                    + " of refusing the run.")
    private boolean wordCards;

    @Option(names = "--image-size", defaultValue = "512", paramLabel = "PIXELS",
            description = "With --images: scale larger images down to this longest side"
                    + " (default ${DEFAULT-VALUE}; 0 sends them as they are).")
    private int imageSize;

    @Option(names = "--batch-export", paramLabel = "FILE",
            description = "Write an OpenAI Batch API request file instead of asking.")
    private Path batchExport;

    @Option(names = "--batch-import", paramLabel = "FILE",
            description = "Record the results of an OpenAI Batch API result file.")
    private Path batchImport;

    @Option(names = "--retry-failed",
            description = "Ask the triplets whose requests failed in an earlier run again "
                    + "(each new outcome replaces its failure); answered ones never are.")
    private boolean retryFailed;

    /** The most triplets done that a progress line has reported; guarded by the writer. */
    private long printed;

    /** The --batch-import file, read and checked before anything is opened. */
    private BatchFiles.Results results;

    /** Set when every request of the run failed: the exit status is then 3. */
    private boolean nothingAnswered;

    @Override
    public Integer call() {
        CliOutputs.requireWritable(spec, "--raw", rawFile);
        CliOutputs.requireWritable(spec, "--out", outFile);
        CliOutputs.requireWritable(spec, "--batch-export", batchExport);
        checkOptions();
        try {
            PromptTemplate template = template();
            if (template.problem() != null) {
                spec.commandLine().getErr().println("triad collect: " + templateFile + ": "
                        + template.problem());
                return 2;
            }
            results = batchImport == null ? null : BatchFiles.readResults(batchImport);
            ModelEndpoint endpoint = ModelEndpoint.withKeyFrom(System.getenv(), keyVariable,
                    baseUrl, model, temperature, maxTokens, Duration.ofSeconds(timeoutSeconds));
            return projectFile == null ? collectIntoLog(template, endpoint)
                    : collectIntoProject(template, endpoint);
        } catch (ImportException | StoreException | IOException | IllegalArgumentException e) {
            spec.commandLine().getErr().println("triad collect: " + IoReasons.describe(e));
            return 2;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }

    /**
     * Reads every input and plans the run before the raw log is opened, so that a refused run
     * leaves no log, and an existing one as it was.
     */
    private int collectIntoLog(PromptTemplate template, ModelEndpoint endpoint)
            throws IOException, ImportException, InterruptedException {
        ItemSet items = CliInputs.readItems(itemFile);
        List<CollectionTask> tasks = plan(items);
        if (refused(endpoint)) {
            return 2;
        }
        Path folder = itemFile == null ? ThingsProject.defaultDatasetsDir().resolve("things")
                : itemFile.toAbsolutePath().getParent();
        try (JsonlCollectionLog log = new JsonlCollectionLog(rawFile)) {
            collect(tasks, items, template, endpoint, log,
                    promptImages(item -> ItemImages.resolve(folder, item)));
        }
        return status();
    }

    /**
     * Collects into the project. A project that does not exist yet is created only once the
     * inputs are read and the run planned; an existing one gets the items of --items only
     * then.
     */
    private int collectIntoProject(PromptTemplate template, ModelEndpoint endpoint)
            throws IOException, ImportException, StoreException, InterruptedException {
        ItemSet given = null;
        List<CollectionTask> tasks = null;
        if (!Files.exists(projectFile)) {
            given = CliInputs.readItems(itemFile);
            tasks = plan(given);
            if (refused(endpoint)) {
                return 2;
            }
        }
        try (ProjectStore store = ProjectStore.open(projectFile)) {
            boolean empty = store.items().size() == 0;
            ItemSet items = !empty ? store.items()
                    : given != null ? given : CliInputs.readItems(itemFile);
            if (tasks == null) {
                tasks = plan(items);
                if (refused(endpoint)) {
                    return 2;
                }
            }
            if (empty) {
                store.setItems(items);
            }
            collect(tasks, items, template, endpoint,
                    new ProjectCollectionLog(store, setName, endpoint),
                    promptImages(store::resolveImage));
        }
        return status();
    }

    /** Prints why the endpoint cannot be used, if it cannot; true then. */
    private boolean refused(ModelEndpoint endpoint) throws InterruptedException {
        String unusable = unusable(endpoint);
        if (unusable != null) {
            spec.commandLine().getErr().println("triad collect: " + unusable
                    + " Nothing was asked.");
        }
        return unusable != null;
    }

    /**
     * Why a run against the endpoint cannot start, as the Collect view checks it: a host
     * that is not this machine without a key, or a server that does not answer (asked for its
     * models, which costs no tokens); null when it can, or when no request is sent.
     */
    private String unusable(ModelEndpoint endpoint) throws InterruptedException {
        if (batchExport != null || batchImport != null) {
            return null;
        }
        if (EndpointCheck.lacksKey(baseUrl, endpoint.apiKey())) {
            return "the environment variable " + keyVariable + " is not set, and " + baseUrl
                    + " is not on this machine, so it needs an API key (--api-key-env names "
                    + "the variable that holds it).";
        }
        return EndpointCheck.reach(endpoint);
    }

    private int status() {
        if (nothingAnswered) {
            spec.commandLine().getErr().println("triad collect: every request failed; the "
                    + "reasons are in the log; --retry-failed asks those triplets again");
            return 3;
        }
        return 0;
    }

    /** Refuses a value out of range before anything is read or asked, naming it. */
    private void checkOptions() {
        String url = EndpointCheck.urlProblem(baseUrlText);
        if (url != null) {
            throw new ParameterException(spec.commandLine(), "--base-url: " + url);
        }
        baseUrl = URI.create(baseUrlText.strip());
        if (model.isBlank()) {
            throw new ParameterException(spec.commandLine(), "--model must name the model,"
                    + " e.g. llama3.2 for Ollama or gpt-4o-mini for OpenAI");
        }
        atLeast("--temperature", temperature, 0);
        atLeast("--max-tokens", maxTokens, 1);
        atLeast("--timeout", timeoutSeconds, 1);
        atLeast("--concurrency", concurrency, 1);
        atLeast("--attempts", attempts, 1);
        atLeast("--rpm", rpm, 0);
        atLeast("--price-in", priceIn, 0);
        atLeast("--price-out", priceOut, 0);
        atLeast("--image-size", imageSize, 0);
        atLeast("-n", count, 0);
        if (batchExport != null && batchImport != null) {
            throw new ParameterException(spec.commandLine(),
                    "give --batch-export or --batch-import, not both");
        }
        checkDestination();
        if (fromSet == null && count < 1) {
            throw new ParameterException(spec.commandLine(), "give -n N (≥ 1) or --from-set"
                    + " FILE");
        }
    }

    /** Refuses a run with no place, or two places, to record into. */
    private void checkDestination() {
        if ((rawFile == null) == (projectFile == null)
                || (projectFile == null) != (setName == null)) {
            throw new ParameterException(spec.commandLine(), "give either --raw FILE or"
                    + " --project FILE with --set NAME");
        }
        if (setName != null && setName.isBlank()) {
            throw new ParameterException(spec.commandLine(), "--set needs a name that is not"
                    + " blank, not '" + setName + "'");
        }
    }

    private void atLeast(String option, double value, double least) {
        if (!(value >= least)) {
            throw new ParameterException(spec.commandLine(), String.format(Locale.ROOT,
                    "%s must be at least %s, not %s", option, number(least), number(value)));
        }
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    private PromptTemplate template() throws ImportException {
        if (templateFile == null) {
            return images ? PromptTemplate.MULTIMODAL_DEFAULT : PromptTemplate.DEFAULT;
        }
        return PromptTemplate.read(templateFile, images);
    }

    /** The images of a multimodal run; null without {@code --images}. */
    private PromptImages promptImages(StoreImages find) {
        if (!images) {
            return null;
        }
        return new PromptImages(item -> {
            try {
                return find.resolve(item);
            } catch (StoreException e) {
                throw new ImageResolver.Refused(e.getMessage());
            }
        }, imageSize, wordCards);
    }

    /** An image lookup of the store layer. */
    private interface StoreImages {
        Optional<Path> resolve(Item item) throws StoreException;
    }

    private void collect(List<CollectionTask> tasks, ItemSet items, PromptTemplate template,
            ModelEndpoint endpoint, CollectionLog log, PromptImages prompts)
            throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        if (retryFailed) {
            out.printf("%d failed triplets of earlier runs will be asked again%n",
                    log.retryFailed());
        }
        runOrBatch(tasks, items, template, prompts, endpoint, log, out);
        if (outFile != null) {
            out.printf("%d parsed judgements written to %s%n", writeParsed(log), outFile);
        }
        if (projectFile != null && batchExport == null) {
            long parsed = log.records().stream()
                    .filter(r -> r.status() == CollectionRecord.Status.PARSED).count();
            out.printf("%s now holds %d replies of %s; the %d parsed ones are the judgement set"
                    + " '%s'%n", projectFile, log.records().size(), model, parsed, setName);
        }
    }

    private void runOrBatch(List<CollectionTask> tasks, ItemSet items, PromptTemplate template,
            PromptImages prompts, ModelEndpoint endpoint, CollectionLog log, PrintWriter out)
            throws IOException, InterruptedException {
        if (batchExport != null) {
            out.printf("%d requests written to %s%n", BatchFiles.exportRequests(tasks, items,
                    template, prompts, endpoint, log, batchExport), batchExport);
        } else if (batchImport != null) {
            out.printf("%d results recorded from %s%n", BatchFiles.importResults(results,
                    tasks, items, template, model, log), batchImport);
        } else {
            CollectionSettings settings = new CollectionSettings(concurrency, rpm, attempts,
                    Duration.ofSeconds(1), Duration.ofSeconds(60), priceIn, priceOut);
            ModelCollector collector = new ModelCollector(endpoint, template, settings, prompts);
            CancellationToken cancel = new CancellationToken();
            CountDownLatch ended = new CountDownLatch(1);
            Thread hook = new Thread(() -> interrupted(cancel, ended, endpoint),
                    "triad-collect-cancel");
            Runtime.getRuntime().addShutdownHook(hook);
            CollectionProgress last;
            try {
                last = collector.run(tasks, items, log, p -> report(p, out), cancel);
            } finally {
                ended.countDown();
            }
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                return;
            }
            if (last.total() == 0) {
                out.println("nothing left to ask: every triplet of this run is already "
                        + "recorded (" + log.recordedKeys().size() + " in the log)");
            } else if (last.done() > printed) {
                out.println(last.describe());
            }
            nothingAnswered = last.failed() > 0 && last.parsed() + last.unparseable() == 0;
        }
    }

    /**
     * Ctrl-C or a kill: stop asking, and keep the program alive until the requests in flight
     * have been answered and recorded, so that no answer that arrived is lost (and paid for
     * again by the next run).
     */
    private void interrupted(CancellationToken cancel, CountDownLatch ended,
            ModelEndpoint endpoint) {
        cancel.cancel();
        spec.commandLine().getErr().println("triad collect: interrupted; recording the answers"
                + " of the requests in flight before stopping");
        spec.commandLine().getErr().flush();
        try {
            ended.await(endpoint.timeout().toMillis() + 5_000, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Prints every 5 %; reports from the workers may arrive out of order, late ones not. */
    private void report(CollectionProgress progress, PrintWriter out) {
        long step = Math.max(1, progress.total() / 20);
        if (progress.done() % step == 0 || progress.done() == progress.total()) {
            synchronized (out) {
                if (progress.done() > printed) {
                    printed = progress.done();
                    out.println(progress.describe());
                    out.flush();
                }
            }
        }
    }

    /** The run's tasks: the triplets of --from-set, or -n sampled ones, in their orders. */
    private List<CollectionTask> plan(ItemSet items) throws ImportException {
        List<Triplet> triplets = new ArrayList<>();
        if (fromSet != null) {
            JudgementSet set = CliInputs.readJudgements("from", List.of(fromSet), items.size());
            for (int t = 0; t < set.size(); t++) {
                triplets.add(new Triplet(set.keptA(t), set.keptB(t), set.odd(t)));
            }
        } else {
            UniformSampler.checkPerRun(count);
            UniformSampler sampler = new UniformSampler(IntStream.range(0, items.size())
                    .toArray(), new SplittableRandom(seed));
            for (int t = 0; t < count; t++) {
                triplets.add(sampler.next());
            }
        }
        return CollectionTask.plan(triplets, rotations, seed);
    }

    private int writeParsed(CollectionLog log) throws IOException {
        List<String> lines = new ArrayList<>();
        for (CollectionRecord outcome : log.records()) {
            if (outcome.status() == CollectionRecord.Status.PARSED) {
                Judgement judgement = new Judgement(outcome.shown(), outcome.odd(), model, -1,
                        null, -1);
                lines.add(judgement.keptA() + " " + judgement.keptB() + " " + judgement.odd());
            }
        }
        AtomicFiles.write(outFile, part -> Files.write(part, lines, StandardCharsets.UTF_8));
        return lines.size();
    }
}
