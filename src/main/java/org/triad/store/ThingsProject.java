package org.triad.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.triad.model.ProgressListener;

/**
 * Builds the bundled THINGS project from {@code datasets/}, or opens it if it exists. The
 * datasets folder holds {@code things/} and {@code vectors/} as described in
 * {@code shared/data/SOURCES.md}.
 */
public final class ThingsProject {
    /** File name of the THINGS project in the user's data folder. */
    public static final String FILE_NAME = "things.triad";

    private static final Logger LOG = LoggerFactory.getLogger(ThingsProject.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String THINGS_DATA = "THINGS-data (Hebart et al. 2023), CC-BY 4.0";
    private static final String DU = "Du et al. (2025) Nat Mach Intell;"
            + " ChangdeDu/LLMs_core_dimensions, MIT";

    /** One judgement file of the bundle and the set it becomes. */
    private record JudgementFile(String path, String set, String source, String description) {
    }

    /** One reference embedding of the bundle. */
    private record ReferenceFile(String matrix, String labels, String name, String citation) {
    }

    /** One feature file of the bundle. */
    private record VectorFile(String path, String name) {
    }

    private static final List<JudgementFile> JUDGEMENTS = List.of(
            new JudgementFile("things/triplets_human_a.txt", "human-a", "human",
                    "48,733 human judgements from " + THINGS_DATA),
            new JudgementFile("things/triplets_human_b_participants.txt", "human-b", "human",
                    "124,710 human judgements with participant numbers from " + THINGS_DATA),
            new JudgementFile("things/du2171/humans.txt", "du2171-humans", "human",
                    "2,171 triplets, one human judgement each; " + DU),
            new JudgementFile("things/du2171/gpt35.txt", "du2171-gpt35", "gpt-3.5-turbo",
                    "the 2,171 triplets answered by gpt-3.5-turbo; " + DU),
            new JudgementFile("things/du2171/gpt4.txt", "du2171-gpt4", "gpt-4-0314",
                    "the 2,171 triplets answered by gpt-4-0314; " + DU));

    private static final List<ReferenceFile> REFERENCES = List.of(
            new ReferenceFile("things/reference/spose_embedding_49d_sorted.txt",
                    "things/reference/labels_49d.txt", "SPoSE 49-d (Hebart et al. 2020)",
                    "Hebart et al. (2020) Nat Hum Behav 4:1173; CC-BY 4.0"),
            new ReferenceFile("things/reference/spose_embedding_66d_sorted.txt",
                    "things/reference/labels_66d.txt", "SPoSE 66-d (Hebart et al. 2023)",
                    "Hebart et al. (2023) eLife 12:e82580; CC-BY 4.0"));

    private static final List<VectorFile> VECTORS = List.of(
            new VectorFile("vectors/things_word2vec_300d.npy", "word2vec 300-d"),
            new VectorFile("vectors/things_minilm_worddef_384d.npy",
                    "MiniLM word+definition 384-d"));

    private static final int STAGES = 1 + JUDGEMENTS.size() + REFERENCES.size() + VECTORS.size();

    private ThingsProject() {
    }

    /**
     * Opens {@code projectFile}; when it does not exist yet, builds it from the bundled data
     * (items with 27 categories, five judgement sets, two reference embeddings with labels, two
     * feature sets). The build writes a temporary file in the same folder and moves it into
     * place only when complete, so an interrupted build leaves no half project behind.
     *
     * @param listener told of each build stage (items, each judgement file, each embedding,
     *     each feature file); may be null
     * @throws StoreException when an existing file cannot be opened or has no items
     * @throws ImportException when a bundled file is missing or malformed
     */
    public static ProjectStore openOrCreate(Path datasetsDir, Path projectFile,
            ProgressListener listener) throws StoreException, ImportException {
        if (Files.exists(projectFile)) {
            ProjectStore store = ProjectStore.open(projectFile);
            if (store.items().size() == 0) {
                store.close();
                throw new StoreException(projectFile + " has no items; delete it to rebuild the"
                        + " THINGS project");
            }
            logCounts("Opened THINGS project", store);
            return store;
        }
        build(datasetsDir, projectFile, listener == null ? ProgressListener.NONE : listener);
        ProjectStore store = ProjectStore.open(projectFile);
        logCounts("Built THINGS project", store);
        return store;
    }

    private static void build(Path datasetsDir, Path projectFile, ProgressListener listener)
            throws StoreException, ImportException {
        Path target = projectFile.toAbsolutePath().normalize();
        Path temporary = target.resolveSibling(target.getFileName() + "." + UUID.randomUUID()
                + ".tmp");
        boolean moved = false;
        try {
            try (ProjectStore store = ProjectStore.open(temporary)) {
                fill(store, datasetsDir, listener);
            }
            removeOrphanJournal(target);
            move(temporary, target);
            moved = true;
        } finally {
            // The temporary file's lock file is its own and nobody else's: remove it.
            deleteQuietly(ProjectLock.lockFileOf(temporary));
            if (!moved) {
                deleteQuietly(temporary, "-wal", "-shm", "-journal");
            }
        }
    }

    private static void fill(ProjectStore store, Path dir, ProgressListener listener)
            throws StoreException, ImportException {
        long started = System.nanoTime();
        int stage = 0;
        listener.progress(stage, STAGES, "Reading THINGS items");
        store.importItems(dir.resolve("things/concepts.tsv"),
                dir.resolve("things/categories27.tsv"));
        for (JudgementFile file : JUDGEMENTS) {
            listener.progress(++stage, STAGES, "Importing judgements: " + file.set());
            store.importJudgements(dir.resolve(file.path()), file.set(), file.description(),
                    file.source());
        }
        for (ReferenceFile file : REFERENCES) {
            listener.progress(++stage, STAGES, "Importing embedding: " + file.name());
            store.importEmbedding(dir.resolve(file.matrix()), file.name(), "reference",
                    dir.resolve(file.labels()), manifest(file.matrix(), file.citation()));
        }
        for (VectorFile file : VECTORS) {
            listener.progress(++stage, STAGES, "Importing vectors: " + file.name());
            store.importFeatures(dir.resolve(file.path()), file.name());
        }
        listener.progress(STAGES, STAGES, "THINGS project ready");
        LOG.debug("Filled THINGS project in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    private static String manifest(String file, String citation) {
        ObjectNode manifest = JSON.createObjectNode();
        manifest.put("source", "datasets/" + file);
        manifest.put("citation", citation);
        manifest.put("sorted", "columns sorted by sum, descending, as published");
        manifest.put("import", "negative weights between -" + EmbeddingFiles.NEGATIVE_TOLERANCE
                + " and 0 (training noise) set to 0");
        return manifest.toString();
    }

    /**
     * A -wal or -shm beside a project file that does not exist is left from an earlier file of
     * that name; SQLite would replay it into the newly moved file, so it must go first.
     */
    private static void removeOrphanJournal(Path target) throws StoreException {
        for (String suffix : List.of("-wal", "-shm")) {
            Path orphan = target.resolveSibling(target.getFileName() + suffix);
            try {
                if (Files.deleteIfExists(orphan)) {
                    LOG.warn("Removed {} left from an earlier project of that name", orphan);
                }
            } catch (IOException e) {
                throw new StoreException("could not remove the stale " + orphan + ": "
                        + e.getMessage(), e);
            }
        }
    }

    private static void move(Path from, Path to) throws StoreException {
        try {
            try {
                Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(from, to);
            }
        } catch (IOException e) {
            throw new StoreException("could not move the new project " + from + " to " + to
                    + ": " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path temporary, String... more) {
        List<String> suffixes = new ArrayList<>(List.of(""));
        suffixes.addAll(List.of(more));
        for (String suffix : suffixes) {
            Path path = temporary.resolveSibling(temporary.getFileName() + suffix);
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                LOG.warn("Could not delete the unfinished project file {}: {}", path,
                        e.getMessage());
            }
        }
    }

    private static void logCounts(String what, ProjectStore store) throws StoreException {
        List<String> sets = new ArrayList<>();
        for (JudgementSetInfo set : store.judgementSets()) {
            sets.add(set.name() + " " + set.count());
        }
        LOG.info("{} {}: {} items, judgement sets [{}], {} embeddings, {} feature sets", what,
                store.file(), store.items().size(), String.join(", ", sets),
                store.embeddings().size(), store.featureSets().size());
    }

    /**
     * The default project file: {@code things.triad} in the folder named by the system
     * property {@code triad.home} when set, else by the environment variable
     * {@code TRIAD_HOME} (reachable from {@code mvn javafx:run}), else in the user's data folder
     * ({@code $XDG_DATA_HOME/triad} or {@code ~/.local/share/triad} on Linux,
     * {@code ~/Library/Application Support/Triad} on macOS, {@code %APPDATA%\Triad} on Windows).
     */
    public static Path defaultProjectFile() {
        return dataFolder().resolve(FILE_NAME);
    }

    /** The folder named by {@code triad.home} or {@code TRIAD_HOME}, if either is set. */
    public static Optional<Path> homeOverride() {
        String home = System.getProperty("triad.home");
        if (home == null || home.isBlank()) {
            home = System.getenv("TRIAD_HOME");
        }
        return home == null || home.isBlank() ? Optional.empty()
                : Optional.of(Path.of(home).toAbsolutePath().normalize());
    }

    private static Path dataFolder() {
        Optional<Path> home = homeOverride();
        if (home.isPresent()) {
            return home.get();
        }
        Path userHome = Path.of(System.getProperty("user.home"));
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("mac")) {
            return userHome.resolve("Library/Application Support/Triad");
        }
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return appData != null ? Path.of(appData, "Triad")
                    : userHome.resolve("AppData/Roaming/Triad");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "triad")
                : userHome.resolve(".local/share/triad");
    }

    /**
     * The bundled datasets folder: the system property {@code triad.datasets} when set, else
     * {@code ./datasets} when it exists, else {@code datasets} beside the folder of the running
     * jar or beside that folder's parent (an installed layout such as {@code lib/triad.jar}).
     * The returned folder may not exist when none of these does.
     */
    public static Path defaultDatasetsDir() {
        String property = System.getProperty("triad.datasets");
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        Path local = Path.of("datasets");
        if (Files.isDirectory(local)) {
            return local;
        }
        for (Path candidate : besideJar()) {
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return local;
    }

    private static List<Path> besideJar() {
        try {
            Path code = Path.of(ThingsProject.class.getProtectionDomain().getCodeSource()
                    .getLocation().toURI()).toAbsolutePath();
            Path folder = code.getParent();
            List<Path> candidates = new ArrayList<>(2);
            if (folder != null) {
                candidates.add(folder.resolve("datasets"));
                if (folder.getParent() != null) {
                    candidates.add(folder.getParent().resolve("datasets"));
                }
            }
            return candidates;
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return List.of();
        }
    }
}
