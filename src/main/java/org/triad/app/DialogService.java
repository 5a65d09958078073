package org.triad.app;

/**
 * The only way view models speak to the user outside their own views, so that they can be
 * tested without a toolkit. Implementations log an error once, where it is shown.
 */
public interface DialogService {
    /**
     * Tells the user that something failed.
     *
     * @param title what the user was doing, e.g. "Training failed"
     * @param cause the failure; its message is shown
     */
    void showError(String title, Throwable cause);
}
