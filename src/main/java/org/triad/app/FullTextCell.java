package org.triad.app;

import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;

/** A table cell of text that a narrow column may cut short, with its whole text on hover. */
final class FullTextCell<S> extends TableCell<S, String> {
    private final Tooltip tip = new Tooltip();

    @Override
    protected void updateItem(String text, boolean empty) {
        super.updateItem(text, empty);
        boolean blank = empty || text == null || text.isEmpty();
        setText(blank ? null : text);
        tip.setText(blank ? "" : text);
        setTooltip(blank ? null : tip);
    }
}
