package org.triad.app;

import javafx.application.Application;

/**
 * Entry point of the desktop app. A plain main class (not a subclass of {@link Application}) so
 * that the app also starts from a classpath jar, where the JavaFX launcher check would refuse a
 * main class that extends Application.
 */
public final class TriadLauncher {
    private TriadLauncher() {
    }

    /**
     * Starts the app.
     *
     * @param args an optional project file; without it the bundled THINGS project is opened
     */
    public static void main(String[] args) {
        Application.launch(TriadApp.class, args);
    }
}
