package org.triad.app;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;

/**
 * Tooltips with the whole text of a label or a chooser, for windows smaller than the default
 * size, where the text may be cut short; none while there is no text.
 */
final class FullText {
    private static final double TIP_WIDTH = 480;

    private FullText() {
    }

    /** The label's own text, on hover. */
    static void tooltip(Labeled labeled) {
        show(labeled, labeled.textProperty());
    }

    /** The chooser's value as the chooser names it, on hover. */
    static <T> void tooltip(ComboBox<T> box) {
        show(box, named(box.valueProperty(), box.converterProperty()));
    }

    /** The choice's value as the choice box names it, on hover. */
    static <T> void tooltip(ChoiceBox<T> box) {
        show(box, named(box.valueProperty(), box.converterProperty()));
    }

    private static <T> ObservableValue<String> named(ObservableValue<T> value,
            ObservableValue<StringConverter<T>> converter) {
        return Bindings.createStringBinding(() -> value.getValue() == null ? ""
                : converter.getValue() == null ? value.getValue().toString()
                : converter.getValue().toString(value.getValue()), value, converter);
    }

    private static void show(Control control, ObservableValue<String> text) {
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(text);
        tip.setWrapText(true);
        tip.setMaxWidth(TIP_WIDTH);
        control.tooltipProperty().bind(Bindings.when(tip.textProperty().isEmpty())
                .then((Tooltip) null).otherwise(tip));
    }
}
