package org.triad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triad.app.CollectForm.KeySource;
import org.triad.app.CollectForm.TripletSource;
import org.triad.collect.CollectionProgress;
import org.triad.collect.FakeChatServer;
import org.triad.collect.FakeChatServer.Answer;
import org.triad.collect.PromptTemplate;
import org.triad.model.Judgement;
import org.triad.store.ProjectStore;

/**
 * The Collect view model without a toolkit, against the in-process chat server and a real
 * project file: a run, a cancelled and resumed run, failures, bad input and the key.
 */
class CollectViewModelTest {
    private static final String SET = "model · fake-model";
    private static final String SECRET = "sk-test-0123456789";

    @TempDir
    Path folder;
    private Path file;
    private StoreProjectSession project;
    private Workbench workbench;
    private RecordingDialogs dialogs;
    private FakeChatServer server;

    @BeforeEach
    void open() throws Exception {
        file = folder.resolve("collect.triad");
        PlantedData.writeProject(file);
        ProjectStore store = ProjectStore.open(file);
        project = new StoreProjectSession(store);
        dialogs = new RecordingDialogs();
        workbench = new Workbench(project, new FakeEngine(PlantedData.embedding(
                project.items())), new SerialTaskRunner(), dialogs);
    }

    @AfterEach
    void close() throws Exception {
        if (server != null) {
            server.close();
        }
        project.close();
    }

    private CollectViewModel model(Map<String, String> environment, EndpointProfiles profiles) {
        CollectViewModel model = new CollectViewModel(workbench, environment, profiles);
        model.load();
        return model;
    }

    private CollectViewModel answering(java.util.function.BiFunction<String, Integer, Answer>
            script) throws IOException {
        server = new FakeChatServer(script);
        CollectViewModel model = model(Map.of(), new EndpointProfiles(null));
        CollectForm form = model.form();
        form.baseUrlProperty().set(server.baseUrl().toString());
        form.modelProperty().set("fake-model");
        form.countProperty().set(20);
        form.concurrencyProperty().set(2);
        return model;
    }

    @Test
    void aRunStoresEveryReplyAndSaysWhereTheJudgementsWent() throws Exception {
        CollectViewModel model = answering((prompt, attempt) -> Answer.reply("A"));
        assertEquals(SET, model.form().setNameProperty().get(), "the set follows the model id");
        model.start();

        CollectionProgress last = model.snapshotProperty().get();
        assertEquals(20, last.done());
        assertEquals(20, last.total());
        assertEquals(20, last.parsed());
        assertEquals(20 * 40, last.promptTokens());
        assertFalse(model.runningProperty().get());
        assertTrue(model.statusProperty().get().startsWith("Finished: 20 of 20 triplets"),
                model.statusProperty().get());
        assertTrue(model.statusProperty().get().contains("went to the set '" + SET + "'"));
        assertEquals("Ready", workbench.jobStatusProperty().get());
        assertEquals(20, project.judgementSet(SET).size());
        assertEquals(20, project.modelReplies().replies(SET, "fake-model").size());
        assertTrue(model.setNames().contains(SET), "the set list is reloaded");
        assertTrue(model.storedProperty().get().startsWith("'" + SET + "' already holds 20"
                + " replies of fake-model (20 parsed)"), model.storedProperty().get());
        assertEquals(List.of(), dialogs.errors);
    }

    @Test
    void aCancelledRunResumesWithoutAskingAnyTripletTwice() throws Exception {
        AtomicInteger asked = new AtomicInteger();
        CollectViewModel model = answering((prompt, attempt) -> {
            if (asked.incrementAndGet() == 7) {
                // What closing the window does: cancel every running job.
                workbench.shutdown();
            }
            return Answer.reply("B");
        });
        model.form().concurrencyProperty().set(1);
        model.start();
        CollectionProgress first = model.snapshotProperty().get();
        assertTrue(model.statusProperty().get().startsWith("Cancelled after 7 of 20"),
                model.statusProperty().get());
        assertEquals(7, project.modelReplies().replies(SET, "fake-model").size());
        assertTrue(model.storedProperty().get().contains("already holds 7 replies"));

        model.start();
        CollectionProgress second = model.snapshotProperty().get();
        assertEquals(13, second.total(), "only what the first run left is asked");
        assertEquals(20, first.done() + second.done());
        assertTrue(model.statusProperty().get().contains("7 of the 20 planned were asked"
                + " before and skipped"), model.statusProperty().get());
        assertEquals(20, server.askedCounts().size());
        assertTrue(server.askedCounts().values().stream().allMatch(n -> n == 1),
                "no prompt was asked twice: " + server.askedCounts());
        assertEquals(20, project.judgementSet(SET).size());
    }

    @Test
    void failuresAndUnparseableRepliesAreCountedAndListed() throws Exception {
        AtomicInteger asked = new AtomicInteger();
        CollectViewModel model = answering((prompt, attempt) -> switch (asked
                .incrementAndGet() % 5) {
            case 0 -> Answer.status(400, null);
            case 1 -> Answer.reply("I cannot decide between these");
            default -> Answer.reply("C");
        });
        model.form().concurrencyProperty().set(1);
        model.start();
        CollectionProgress last = model.snapshotProperty().get();
        assertEquals(4, last.failed());
        assertEquals(4, last.unparseable());
        assertEquals(12, last.parsed());
        assertEquals(CollectViewModel.REASONS, model.reasons().size());
        assertTrue(model.reasons().contains("failed: HTTP 400"), model.reasons().toString());
        assertTrue(model.reasons().contains("unparseable: 'I cannot decide between these'"),
                model.reasons().toString());
        assertEquals(12, project.judgementSet(SET).size());
    }

    @Test
    void failedOnesAreAskedAgainOnlyWhenTicked() throws Exception {
        AtomicInteger asked = new AtomicInteger();
        java.util.concurrent.atomic.AtomicBoolean down =
                new java.util.concurrent.atomic.AtomicBoolean(true);
        CollectViewModel model = answering((prompt, attempt) -> down.get()
                && asked.incrementAndGet() % 4 == 0 ? Answer.status(400, null)
                : Answer.reply("A"));
        model.form().concurrencyProperty().set(1);
        model.start();
        long failed = model.snapshotProperty().get().failed();
        assertEquals(5, failed, model.statusProperty().get());
        asked.set(0);

        down.set(false);
        model.start();
        assertEquals(0, model.snapshotProperty().get().total(), "failed ones are skipped");

        model.form().retryFailedProperty().set(true);
        model.start();
        assertEquals(failed, model.snapshotProperty().get().total());
        assertEquals(failed, model.snapshotProperty().get().parsed());
        assertEquals(20 + failed, server.requests().size(), "only the failed asked again");
        assertEquals(20, project.modelReplies().replies(SET, "fake-model").size());
        assertEquals(20, project.judgementSet(SET).size());
    }

    @Test
    void askingTheTripletsOfASetThenComparingWithPeople() throws Exception {
        List<Judgement> people = PlantedData.judgements(PlantedData.embedding(project.items()),
                12, 5, "people");
        try (ProjectStore store = ProjectStore.open(file)) {
            store.addJudgements("human-c", "twelve", people);
        }
        CollectViewModel model = answering((prompt, attempt) -> Answer.reply("A"));
        model.load();
        model.form().tripletSourceProperty().set(TripletSource.SET);
        model.form().fromSetProperty().set("human-c");
        assertEquals("human-c", model.peopleSetProperty().get(), "compared with the asked set");
        model.start();
        assertEquals(12, model.snapshotProperty().get().done());
        model.compareWithPeople();
        assertTrue(model.comparisonProperty().get().startsWith("On the 12 triplets both"
                + " answered, '" + SET + "' agrees with 'human-c' on "),
                model.comparisonProperty().get());
    }

    @Test
    void aBadBaseUrlIsOneSentenceAndAsksNothing() throws Exception {
        CollectViewModel model = model(Map.of(), new EndpointProfiles(null));
        model.form().modelProperty().set("llama3.2");
        model.form().baseUrlProperty().set("localhost:11434/v1");
        model.start();
        assertTrue(model.statusErrorProperty().get());
        assertTrue(model.statusProperty().get().contains("must start with http:// or https://"),
                model.statusProperty().get());

        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        model.form().baseUrlProperty().set("http://127.0.0.1:" + closedPort + "/v1");
        model.start();
        assertTrue(model.statusProperty().get().startsWith("Nothing answers at http://127.0.0.1:"
                + closedPort + "/v1 (connection refused)"), model.statusProperty().get());
        assertTrue(model.statusProperty().get().endsWith("Nothing was asked."));
        assertFalse(model.runningProperty().get());
        assertEquals(List.of(), dialogs.errors, "no dialog with a stack trace");
        assertFalse(project.judgementSets().stream().anyMatch(s -> s.name().startsWith(
                "model ·")), "nothing was stored");
    }

    @Test
    void aMissingKeyForARemoteEndpointIsSaidBeforeAnythingIsSent() {
        CollectViewModel model = model(Map.of(), new EndpointProfiles(null));
        CollectForm form = model.form();
        form.baseUrlProperty().set("https://api.openai.com/v1");
        form.modelProperty().set("gpt-4o-mini");
        assertEquals("not set", form.keyStatus().get());
        model.start();
        assertEquals("The environment variable 'OPENAI_API_KEY' is not set: set it before"
                + " starting Triad, or type the key for this session.",
                model.statusProperty().get());
        form.keySourceProperty().set(KeySource.TYPED);
        model.start();
        assertTrue(model.statusProperty().get().startsWith("Type the API key"));
        assertFalse(model.runningProperty().get());

        CollectForm withKey = model(Map.of("MY_KEY", "x"), new EndpointProfiles(null)).form();
        withKey.keyVariableProperty().set("MY_KEY");
        assertEquals("set", withKey.keyStatus().get());
    }

    @Test
    void theKeyIsSentButNeverStoredInTheProjectOrTheProfiles() throws Exception {
        server = new FakeChatServer((prompt, attempt) -> Answer.reply("A"));
        MemoryPreferences preferences = new MemoryPreferences();
        CollectViewModel model = model(Map.of("OPENAI_API_KEY", SECRET),
                new EndpointProfiles(preferences));
        CollectForm form = model.form();
        form.baseUrlProperty().set(server.baseUrl().toString());
        form.modelProperty().set("fake-model");
        form.countProperty().set(5);
        model.start();
        form.keySourceProperty().set(KeySource.TYPED);
        form.typedKeyProperty().set(SECRET + "-typed");
        form.countProperty().set(10);
        model.start();
        model.saveProfile("local fake");

        assertEquals(10, project.judgementSet(SET).size());
        assertTrue(server.requests().stream().anyMatch(r -> ("Bearer " + SECRET)
                .equals(r.authorization())), "the variable's key was sent");
        assertTrue(server.requests().stream().anyMatch(r -> ("Bearer " + SECRET + "-typed")
                .equals(r.authorization())), "the typed key was sent");
        project.close();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path each : files.filter(Files::isRegularFile).toList()) {
                String bytes = new String(Files.readAllBytes(each), StandardCharsets.ISO_8859_1);
                assertFalse(bytes.contains(SECRET), "the key is in " + each.getFileName());
            }
        }
        assertTrue(preferences.everything().contains("local fake"));
        assertFalse(preferences.everything().contains(SECRET), preferences.everything());
        assertTrue(preferences.everything().contains("OPENAI_API_KEY"), "the variable's name");
    }

    @Test
    void theTemplateIsCheckedHashedAndPreviewed() {
        CollectViewModel model = model(Map.of(), new EndpointProfiles(null));
        assertEquals("", model.templateProblemProperty().get());
        String defaultHash = model.templateHashProperty().get();
        assertTrue(model.previewProperty().get().startsWith("Here are three objects:\nA. cat:"
                + " a cat (animal)\nB. soup: a soup (food)\nC. hoe: a hoe (tool)"),
                model.previewProperty().get());

        model.form().templateProperty().set("Odd one out?\n{word1}, {wrod2}, {word3}");
        assertTrue(model.templateProblemProperty().get().startsWith("line 2: unknown"
                + " placeholder {wrod2}"), model.templateProblemProperty().get());
        model.form().templateProperty().set("{word1} {word3}");
        assertEquals("item 2 never appears: use {word2} or {definition2}",
                model.templateProblemProperty().get());
        model.form().modelProperty().set("m");
        model.start();
        assertTrue(model.statusProperty().get().startsWith("The prompt template is not usable"));
        assertTrue(model.previewProperty().get().equals("cat hoe"));
        assertFalse(defaultHash.equals(model.templateHashProperty().get()));

        model.resetTemplate();
        assertEquals("", model.templateProblemProperty().get());
        assertEquals(defaultHash, model.templateHashProperty().get());
    }

    @Test
    void profilesKeepEverythingButTheKey() {
        EndpointProfiles profiles = new EndpointProfiles(new MemoryPreferences());
        CollectViewModel model = model(Map.of(), profiles);
        CollectForm form = model.form();
        form.baseUrlProperty().set("https://api.openai.com/v1");
        form.modelProperty().set("gpt-4o-mini");
        form.keyVariableProperty().set("WORK_KEY");
        form.promptPriceProperty().set(0.00015);
        form.concurrencyProperty().set(3);
        model.saveProfile("openai");
        form.baseUrlProperty().set(CollectForm.DEFAULT_URL);
        form.modelProperty().set("llama3.2");
        model.saveProfile("ollama");
        assertEquals(List.of("ollama", "openai"), profiles.list().stream()
                .map(EndpointProfiles.Profile::name).toList());

        model.useProfile(model.profiles().get(1));
        assertEquals("https://api.openai.com/v1", form.baseUrlProperty().get());
        assertEquals("gpt-4o-mini", form.modelProperty().get());
        assertEquals("WORK_KEY", form.keyVariableProperty().get());
        assertEquals(0.00015, form.promptPriceProperty().get());
        assertEquals(3, form.concurrencyProperty().get());
        model.deleteProfile("openai");
        assertEquals(1, model.profiles().size());
        assertNull(profiles.list().stream().filter(p -> p.name().equals("openai")).findFirst()
                .orElse(null));
        model.saveProfile("  ");
        assertTrue(model.statusErrorProperty().get());
    }

    @Test
    void profilesFollowThePreferencesSwitch() {
        String before = System.getProperty(AppPreferences.PROPERTY);
        try {
            System.setProperty(AppPreferences.PROPERTY, "off");
            EndpointProfiles memory = EndpointProfiles.forUser();
            memory.save(new CollectForm(Map.of()).profile("x"));
            assertEquals(1, memory.list().size());
            assertEquals(0, EndpointProfiles.forUser().list().size(), "kept in memory only");
        } finally {
            if (before == null) {
                System.clearProperty(AppPreferences.PROPERTY);
            } else {
                System.setProperty(AppPreferences.PROPERTY, before);
            }
        }
    }

    @Test
    void sendingImagesRefusesItemsWithoutOneUnlessTheyAreDescribedInWords() throws Exception {
        CollectViewModel model = answering((prompt, attempt) -> Answer.reply("C"));
        CollectForm form = model.form();
        form.imagesProperty().set(true);
        assertEquals(PromptTemplate.MULTIMODAL_DEFAULT.text(), form.templateProperty().get(),
                "the untouched default follows the kind of prompt");
        assertTrue(form.template().multimodal());
        assertEquals("", model.templateProblemProperty().get(), "letters name the items");
        assertTrue(model.previewProperty().get().contains("[A: image of "),
                model.previewProperty().get());
        model.start();
        assertTrue(model.statusErrorProperty().get());
        assertTrue(model.statusProperty().get().contains("no image")
                && model.statusProperty().get().endsWith("Nothing was asked."),
                model.statusProperty().get());
        assertEquals(0, server.requests().size());
        assertEquals(Job.State.FAILED, workbench.jobs().all().get(0).stateProperty().get());

        form.wordCardsProperty().set(true);
        model.start();
        assertEquals(20, model.snapshotProperty().get().parsed());
        assertEquals(20, server.requests().size());
        for (FakeChatServer.Request request : server.requests()) {
            assertTrue(request.content().isArray(), "content parts: " + request.content());
        }
        assertEquals(Job.State.FINISHED, workbench.jobs().all().get(0).stateProperty().get());
        form.imagesProperty().set(false);
        assertEquals(PromptTemplate.DEFAULT.text(), form.templateProperty().get());
    }

    @Test
    void aFeatureSetAnswersTheTripletsIntoItsOwnSet() throws Exception {
        // The planted embedding as features: its most similar pair is the planted group's.
        org.triad.model.Embedding planted = PlantedData.embedding(project.items());
        project.close();
        try (ProjectStore store = ProjectStore.open(file)) {
            store.saveFeatures("planted", planted.toArray(), planted.dims(), null);
        }
        project = new StoreProjectSession(ProjectStore.open(file));
        workbench = new Workbench(project, new FakeEngine(planted), new SerialTaskRunner(),
                dialogs);
        CollectViewModel model = model(Map.of(), new EndpointProfiles(null));
        assertEquals(List.of("planted"), model.vectors().featureSets());
        model.form().countProperty().set(25);
        model.answerFromVectors();

        String set = "vectors · planted · dot";
        assertFalse(model.statusErrorProperty().get(), model.statusProperty().get());
        assertEquals("25 triplets answered by the most similar pair by dot product of "
                + "'planted' went to the set '" + set + "'.", model.statusProperty().get());
        assertEquals(set, model.lastSetProperty().get());
        assertEquals(25, project.judgementSet(set).size());
        assertTrue(model.setNames().contains(set));
        assertEquals(Job.State.FINISHED, workbench.jobs().all().get(0).stateProperty().get());

        model.vectors().temperatureProperty().set(0.5);
        model.form().tripletSourceProperty().set(TripletSource.SET);
        model.form().fromSetProperty().set(set);
        model.answerFromVectors();
        assertEquals(25, project.judgementSet(set + " · T=0.5").size(),
                model.statusProperty().get());
        model.vectors().temperatureProperty().set(0.0);
        model.answerFromVectors();
        assertEquals(25, project.judgementSet(set + " (2)").size(), "a taken name is numbered");
        assertTrue(model.comparisonProperty().get().contains("agrees with"),
                model.comparisonProperty().get());
    }

    /** Inline like {@link InlineTaskRunner}, but one update at a time from many threads. */
    private static final class SerialTaskRunner implements TaskRunner {
        private final InlineTaskRunner inline = new InlineTaskRunner();

        @Override
        public <T> void submit(String title, Work<T> work,
                java.util.function.Consumer<? super T> onSuccess,
                java.util.function.Consumer<Throwable> onFailure) {
            inline.submit(title, work, onSuccess, onFailure);
        }

        @Override
        public synchronized void publish(Runnable update) {
            update.run();
        }
    }
}
