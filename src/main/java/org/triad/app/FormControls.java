package org.triad.app;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.ParseException;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.util.StringConverter;

/** Small builders for the settings forms: labels and number spinners bound to properties. */
final class FormControls {
    private FormControls() {
    }

    /** A label in the form-label style. */
    static Label label(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("form-label");
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }

    /** A label with an id and a style class, for text bound later. */
    static Label text(String id, String style) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(style);
        return label;
    }

    /** An editable integer spinner bound both ways to {@code value}. */
    static Spinner<Integer> integer(String id, ObjectProperty<Integer> value, int min, int max,
            int step, ObservableBooleanValue disabled) {
        Spinner<Integer> spinner = new Spinner<>();
        spinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max,
                value.get(), step));
        return bind(id, spinner, value, disabled);
    }

    /** An editable decimal spinner that shows small values such as 0.00015 in full. */
    static Spinner<Double> decimal(String id, ObjectProperty<Double> value, double min,
            double max, double step, String pattern, ObservableBooleanValue disabled) {
        SpinnerValueFactory.DoubleSpinnerValueFactory factory =
                new SpinnerValueFactory.DoubleSpinnerValueFactory(min, max, value.get(), step);
        DecimalFormat format = new DecimalFormat(pattern, new DecimalFormatSymbols(Locale.ROOT));
        factory.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double number) {
                return number == null ? "" : format.format(number);
            }

            @Override
            public Double fromString(String typed) {
                try {
                    return typed == null ? factory.getValue()
                            : format.parse(typed.strip()).doubleValue();
                } catch (ParseException e) {
                    return factory.getValue();
                }
            }
        });
        Spinner<Double> spinner = new Spinner<>();
        spinner.setValueFactory(factory);
        return bind(id, spinner, value, disabled);
    }

    private static <T> Spinner<T> bind(String id, Spinner<T> spinner, ObjectProperty<T> value,
            ObservableBooleanValue disabled) {
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setPrefWidth(120);
        spinner.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                disabled::get, disabled));
        spinner.getValueFactory().valueProperty().bindBidirectional(value);
        // A typed value counts when the field loses focus, not only on Enter.
        spinner.focusedProperty().addListener((o, old, now) -> {
            if (!now) {
                spinner.increment(0);
            }
        });
        return spinner;
    }
}
