package org.triad.app;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.triad.training.EngineChoice;

/**
 * State and commands of the Preferences dialog: the training defaults as typed (text, so that
 * a wrong value can be named rather than silently clamped), the engine and the theme. Apply
 * checks everything, then hands the defaults to the Train view and saves them.
 */
final class PreferencesViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(PreferencesViewModel.class);

    private final Workbench workbench;
    private final BooleanProperty windowDark;
    private final AppPreferences preferences;
    private final StringProperty validation = new SimpleStringProperty();
    private final StringProperty dims = new SimpleStringProperty();
    private final StringProperty lambda = new SimpleStringProperty();
    private final StringProperty learningRate = new SimpleStringProperty();
    private final StringProperty batchSize = new SimpleStringProperty();
    private final StringProperty maxEpochs = new SimpleStringProperty();
    private final StringProperty patience = new SimpleStringProperty();
    private final StringProperty seed = new SimpleStringProperty();
    private final ObjectProperty<EngineChoice> engine = new SimpleObjectProperty<>();
    private final BooleanProperty dark = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper errors = new ReadOnlyStringWrapper("");

    /**
     * @param windowDark the window's theme, which the nav toggle and Ctrl+Shift+T also switch
     * @param preferences where the values are saved
     */
    PreferencesViewModel(Workbench workbench, BooleanProperty windowDark,
            AppPreferences preferences) {
        this.workbench = workbench;
        this.windowDark = windowDark;
        this.preferences = preferences;
        reload();
    }

    /** Fills the fields with the values in force, e.g. each time the dialog opens. */
    void reload() {
        show(workbench.trainingDefaultsProperty().get());
        dark.set(windowDark.get());
        errors.set("");
    }

    /** Fills the training fields with the built-in defaults; nothing is applied yet. */
    void restoreBuiltIn() {
        show(TrainingDefaults.builtIn());
        errors.set("");
    }

    private void show(TrainingDefaults values) {
        validation.set(number(values.validationFraction()));
        dims.set(Integer.toString(values.dims()));
        lambda.set(number(values.lambda()));
        learningRate.set(number(values.learningRate()));
        batchSize.set(Integer.toString(values.batchSize()));
        maxEpochs.set(Integer.toString(values.maxEpochs()));
        patience.set(Integer.toString(values.patience()));
        seed.set(Integer.toString(values.seed()));
        engine.set(values.engine());
    }

    /** Shows 0.008 as "0.008", not "8.0E-3". */
    private static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /**
     * Checks the fields; when all are right, the Train view starts from them, the theme
     * follows, and both are saved.
     *
     * @return whether the values were applied; if not, {@link #errorsProperty()} says why
     */
    boolean apply() {
        List<String> problems = new ArrayList<>();
        TrainingDefaults values = parse(problems);
        if (values == null) {
            errors.set(String.join("\n", problems));
            return false;
        }
        errors.set("");
        workbench.trainingDefaultsProperty().set(values);
        windowDark.set(dark.get());
        preferences.saveTrainingDefaults(values);
        preferences.saveDark(dark.get());
        LOG.info("Training defaults set to {}", values);
        return true;
    }

    /** The typed values, or null with every problem added to {@code problems}. */
    private TrainingDefaults parse(List<String> problems) {
        double v = decimal("Validation share", validation.get(), problems);
        int d = integer("Dimensions", dims.get(), problems);
        double l = decimal("λ", lambda.get(), problems);
        double lr = decimal("Learning rate", learningRate.get(), problems);
        int b = integer("Batch size", batchSize.get(), problems);
        int e = integer("Max. epochs", maxEpochs.get(), problems);
        int p = integer("Patience", patience.get(), problems);
        int s = integer("Seed", seed.get(), problems);
        // Every wrong field at once: a value out of range too, unless it did not even parse.
        List<String> unreadable = List.copyOf(problems);
        for (String range : TrainingDefaults.problems(v, d, l, lr, b, e, p, s, engine.get())) {
            String field = range.substring(0, Math.max(0, range.indexOf(" must")));
            if (unreadable.stream().noneMatch(problem -> problem.startsWith(field + " "))) {
                problems.add(range);
            }
        }
        return problems.isEmpty() ? new TrainingDefaults(v, d, l, lr, b, e, p, s, engine.get())
                : null;
    }

    private static double decimal(String name, String text, List<String> problems) {
        try {
            return Double.parseDouble(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            problems.add(String.format(Locale.ROOT, "%s must be a number, not \"%s\"", name,
                    text == null ? "" : text.strip()));
            return Double.NaN;
        }
    }

    private static int integer(String name, String text, List<String> problems) {
        try {
            return Integer.parseInt(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            problems.add(String.format(Locale.ROOT, "%s must be a whole number, not \"%s\"",
                    name, text == null ? "" : text.strip()));
            return 0;
        }
    }

    StringProperty validationProperty() {
        return validation;
    }

    StringProperty dimsProperty() {
        return dims;
    }

    StringProperty lambdaProperty() {
        return lambda;
    }

    StringProperty learningRateProperty() {
        return learningRate;
    }

    StringProperty batchSizeProperty() {
        return batchSize;
    }

    StringProperty maxEpochsProperty() {
        return maxEpochs;
    }

    StringProperty patienceProperty() {
        return patience;
    }

    StringProperty seedProperty() {
        return seed;
    }

    ObjectProperty<EngineChoice> engineProperty() {
        return engine;
    }

    /** The theme chosen in the dialog; the window follows on apply. */
    BooleanProperty darkProperty() {
        return dark;
    }

    /** Why the last apply was refused, one problem a line; empty otherwise. */
    ReadOnlyStringProperty errorsProperty() {
        return errors.getReadOnlyProperty();
    }
}
