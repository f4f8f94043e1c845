package jp.nintei.ui;

import java.util.function.Function;
import javafx.util.StringConverter;

/** How a choice box shows its items: one way only (the choices are never typed). */
public final class Converters {

    private Converters() {
    }

    public static <T> StringConverter<T> showing(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
