package org.triad.app;

import java.util.ArrayList;
import java.util.List;

/** Remembers the errors a view model showed. */
final class RecordingDialogs implements DialogService {
    final List<String> errors = new ArrayList<>();

    @Override
    public void showError(String title, Throwable cause) {
        errors.add(title + ": " + cause.getMessage());
    }
}
