package org.triad.app;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.triad.store.ThingsProject;
import org.triad.training.EngineChoice;

/**
 * What the app remembers between runs: the window's bounds, the last view, the theme and the
 * defaults of a training run (keys {@code train.*}).
 * {@code -Dtriad.prefs=off} keeps nothing, so that tests never touch the user's preferences.
 */
final class AppPreferences {
    /** System property; "off" turns remembering off. */
    static final String PROPERTY = "triad.prefs";
    private static final Logger LOG = LoggerFactory.getLogger(AppPreferences.class);
    private static final String X = "window.x";
    private static final String Y = "window.y";
    private static final String WIDTH = "window.width";
    private static final String HEIGHT = "window.height";
    private static final String VIEW = "view";
    private static final String DARK = "theme.dark";
    private static final String TRAIN = "train.";

    /** Null when remembering is off. */
    private final Preferences node;

    /** @param node where to keep the values, or null to keep nothing */
    AppPreferences(Preferences node) {
        this.node = node;
    }

    /** The user's preferences for the app, or none when {@value #PROPERTY} is "off". */
    static AppPreferences forUser() {
        return new AppPreferences(userNode());
    }

    /**
     * Where the app keeps what it remembers: the user's node of this package, or null when
     * {@value #PROPERTY} is "off". A Triad home named by {@code TRIAD_HOME} (or
     * {@code triad.home}) gets a node of its own, so that a trial there leaves the user's
     * recent projects, window and profiles as they were.
     */
    static Preferences userNode() {
        if ("off".equalsIgnoreCase(System.getProperty(PROPERTY, ""))) {
            return null;
        }
        return forHome(Preferences.userNodeForPackage(AppPreferences.class),
                ThingsProject.homeOverride());
    }

    /** The node under {@code base} for a Triad home, or {@code base} itself without one. */
    static Preferences forHome(Preferences base, Optional<Path> home) {
        return home.map(folder -> base.node("homes").node(UUID.nameUUIDFromBytes(
                        folder.toString().getBytes(StandardCharsets.UTF_8)).toString()))
                .orElse(base);
    }

    /** The window's last bounds, if any were saved. */
    Optional<Rectangle2D> bounds() {
        if (node == null || node.getDouble(WIDTH, 0) <= 0 || node.getDouble(HEIGHT, 0) <= 0) {
            return Optional.empty();
        }
        return Optional.of(new Rectangle2D(node.getDouble(X, 0), node.getDouble(Y, 0),
                node.getDouble(WIDTH, 0), node.getDouble(HEIGHT, 0)));
    }

    /** The name of the last view shown, if any. */
    Optional<String> lastView() {
        return node == null ? Optional.empty() : Optional.ofNullable(node.get(VIEW, null));
    }

    /** Whether the dark theme was on. */
    boolean dark() {
        return node != null && node.getBoolean(DARK, false);
    }

    /** The training defaults last saved; the built-in ones if none were or they are broken. */
    TrainingDefaults trainingDefaults() {
        TrainingDefaults builtIn = TrainingDefaults.builtIn();
        if (node == null || node.get(TRAIN + "dims", null) == null) {
            return builtIn;
        }
        try {
            return new TrainingDefaults(
                    node.getDouble(TRAIN + "validation", builtIn.validationFraction()),
                    node.getInt(TRAIN + "dims", builtIn.dims()),
                    node.getDouble(TRAIN + "lambda", builtIn.lambda()),
                    node.getDouble(TRAIN + "learningRate", builtIn.learningRate()),
                    node.getInt(TRAIN + "batchSize", builtIn.batchSize()),
                    node.getInt(TRAIN + "maxEpochs", builtIn.maxEpochs()),
                    node.getInt(TRAIN + "patience", builtIn.patience()),
                    node.getInt(TRAIN + "seed", builtIn.seed()),
                    EngineChoice.parse(node.get(TRAIN + "engine", "auto")));
        } catch (IllegalArgumentException e) {
            LOG.warn("Ignoring the saved training defaults: {}", e.getMessage());
            return builtIn;
        }
    }

    /** Saves the training defaults now. */
    void saveTrainingDefaults(TrainingDefaults defaults) {
        if (node == null) {
            return;
        }
        node.putDouble(TRAIN + "validation", defaults.validationFraction());
        node.putInt(TRAIN + "dims", defaults.dims());
        node.putDouble(TRAIN + "lambda", defaults.lambda());
        node.putDouble(TRAIN + "learningRate", defaults.learningRate());
        node.putInt(TRAIN + "batchSize", defaults.batchSize());
        node.putInt(TRAIN + "maxEpochs", defaults.maxEpochs());
        node.putInt(TRAIN + "patience", defaults.patience());
        node.putInt(TRAIN + "seed", defaults.seed());
        node.put(TRAIN + "engine", defaults.engine().name().toLowerCase(Locale.ROOT));
        flush("the training defaults");
    }

    /** Saves the theme now, so that a theme chosen in the Preferences dialog is kept. */
    void saveDark(boolean dark) {
        if (node == null) {
            return;
        }
        node.putBoolean(DARK, dark);
        flush("the theme");
    }

    /** Saves the window's bounds, last view and theme in one go, when the window closes. */
    void save(Rectangle2D bounds, String view, boolean dark) {
        if (node == null) {
            return;
        }
        node.putDouble(X, bounds.getMinX());
        node.putDouble(Y, bounds.getMinY());
        node.putDouble(WIDTH, bounds.getWidth());
        node.putDouble(HEIGHT, bounds.getHeight());
        node.put(VIEW, view);
        node.putBoolean(DARK, dark);
        flush("the window layout");
    }

    private void flush(String what) {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            LOG.warn("Could not save {}: {}", what, e.getMessage());
        }
    }
}
