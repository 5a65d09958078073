package org.triad.app;

import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the app remembers between runs: the window's bounds, the last view and the theme.
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

    /** Null when remembering is off. */
    private final Preferences node;

    /** @param node where to keep the values, or null to keep nothing */
    AppPreferences(Preferences node) {
        this.node = node;
    }

    /** The user's preferences for the app, or none when {@value #PROPERTY} is "off". */
    static AppPreferences forUser() {
        if ("off".equalsIgnoreCase(System.getProperty(PROPERTY, ""))) {
            return new AppPreferences(null);
        }
        return new AppPreferences(Preferences.userNodeForPackage(AppPreferences.class));
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
        try {
            node.flush();
        } catch (BackingStoreException e) {
            LOG.warn("Could not save the window layout: {}", e.getMessage());
        }
    }
}
