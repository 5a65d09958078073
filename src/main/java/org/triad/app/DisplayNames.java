package org.triad.app;

import java.util.function.Function;
import javafx.util.StringConverter;

/** Shows values in choice boxes by a name; the boxes are never edited, so nothing is parsed. */
final class DisplayNames {
    private DisplayNames() {
    }

    /** A converter that shows {@code name(value)}, and nothing for no value. */
    static <T> StringConverter<T> of(Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }
}
