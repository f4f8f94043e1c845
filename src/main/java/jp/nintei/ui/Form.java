package jp.nintei.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import java.util.Objects;
import java.util.function.Function;
import jp.nintei.domain.Column;
import jp.nintei.domain.ValueException;

/**
 * Fields of an edit form that validate as the user types. Each field has its text and an error message (empty when
 * valid); the form is valid when every field is. Rules may look at other fields: every rule runs again on any change.
 * The form is dirty exactly when a field, or a watched value, differs from what was last loaded or saved into it —
 * never merely because something was set again to the same value.
 */
public final class Form {

    /**
     * What is wrong with a field: a bundle key and its arguments.
     *
     * @param key  the bundle key of the message
     * @param args its arguments
     */
    public record Problem(String key, Object... args) {

        /** The problem of {@code key}, or none for null. */
        public static Problem of(String key) {
            return key == null ? null : new Problem(key);
        }

        /**
         * Runs a rule of the domain ({@code Values}, {@code TimeFormats}): the very rule the CSV import, {@code set}
         * and the records apply, so a form never accepts what another door refuses. Its refusal is the problem.
         */
        public static Problem check(Runnable rule) {
            try {
                rule.run();
                return null;
            } catch (ValueException e) {
                return new Problem(e.key(), e.args());
            }
        }
    }

    /** One text field and what is wrong with it. */
    public static final class Field {
        private final StringProperty text = new SimpleStringProperty("");
        private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
        private final Supplier<Problem> rule;
        /** Typed in since the form was filled or emptied: only then does "required" show on an empty field. */
        private boolean touched;
        /** The text as last loaded or saved: the field is dirty while its text differs from it. */
        private String loaded = "";

        private Field(Supplier<Problem> rule) {
            this.rule = rule;
        }

        public StringProperty textProperty() {
            return text;
        }

        public String text() {
            return text.get() == null ? "" : text.get().strip();
        }

        public ReadOnlyStringProperty errorProperty() {
            return error.getReadOnlyProperty();
        }

        public String error() {
            return error.get();
        }

        /** Typed in by the user since the form was last filled (a value set by code is not). */
        public boolean touched() {
            return touched;
        }
    }

    /** A watched value (a choice box, a check box) and what it was when last loaded or saved. */
    private static final class Watched {
        private final ObservableValue<?> value;
        private Object loaded;

        Watched(ObservableValue<?> value) {
            this.value = value;
            this.loaded = value.getValue();
        }
    }

    private final List<Watched> watched = new ArrayList<>();

    private final List<Field> fields = new ArrayList<>();
    private boolean filling;
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(true);
    /** Something was typed or chosen since the form was last filled or emptied: leaving would lose it. */
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final Localization l10n;

    public Form(Localization l10n) {
        this.l10n = l10n;
        l10n.bundleProperty().addListener((obs, old, now) -> validate());
    }

    /**
     * Adds a field whose rule returns its problem, or null when the text is fine.
     * The rule sees the whole form through the fields it captures.
     */
    public Field field(Function<String, Problem> rule) {
        Field[] self = new Field[1];
        self[0] = new Field(() -> rule.apply(self[0].text()));
        fields.add(self[0]);
        self[0].text.addListener((obs, old, now) -> {
            if (!filling) {
                self[0].touched = true;
            }
            dirty.set(differs());
            validate();
        });
        return self[0];
    }

    /**
     * Adds the field of {@code column} of a row: while empty it is "Required" when the column is
     * ({@link Column#required()} — the flag the CSV import uses too); otherwise {@code rule} decides.
     */
    public Field field(Column<?> column, Function<String, Problem> rule) {
        return field(v -> v.isEmpty() && column.required() ? Problem.of(REQUIRED) : rule.apply(v));
    }

    /** Validates again whenever {@code value} (a choice box, a check box) changes. */
    public void watch(ObservableValue<?> value) {
        watched.add(new Watched(value));
        value.addListener((obs, old, now) -> {
            dirty.set(differs());
            validate();
        });
    }

    /** Whether anything differs from what was last loaded or saved (while filling, nothing does). */
    private boolean differs() {
        if (filling) {
            return false;
        }
        for (Field f : fields) {
            if (!f.text().equals(f.loaded)) {
                return true;
            }
        }
        for (Watched w : watched) {
            if (!Objects.equals(w.value.getValue(), w.loaded)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Sets one field from code — the clock a new message's time follows — as loaded: it does not make the form
     * dirty, and the user's typing in other fields stays as it is.
     */
    public void refill(Field field, String text) {
        boolean was = filling;
        filling = true;
        try {
            field.text.set(text);
            field.loaded = field.text();
        } finally {
            filling = was;
        }
        dirty.set(differs());
        validate();
    }

    /**
     * Counts {@code loaded} as what {@code field} holds when saved, though its text is kept as the user typed it: the
     * form stays dirty for a text being typed while the stored value changed under it.
     */
    public void loadedAs(Field field, String loaded) {
        field.loaded = loaded == null ? "" : loaded.strip();
        dirty.set(differs());
    }

    public void validate() {
        boolean all = true;
        for (Field f : fields) {
            Problem problem = f.rule.get();
            // A new, empty form does not open full of "Required": Save stays disabled until it is filled in.
            boolean quiet = problem != null && REQUIRED.equals(problem.key()) && !f.touched;
            f.error.set(problem == null || quiet ? "" : l10n.text(problem.key(), problem.args()));
            all &= problem == null;
        }
        valid.set(all);
    }

    /** Sets field texts from code (loading a row, emptying the form) without counting them as typed. */
    public void fill(Runnable setTexts) {
        filling = true;
        try {
            setTexts.run();
        } finally {
            filling = false;
        }
        for (Field f : fields) {
            f.touched = false;
            f.loaded = f.text();
        }
        for (Watched w : watched) {
            w.loaded = w.value.getValue();
        }
        dirty.set(false);
        validate();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    /** The bundle key of a required field left empty. */
    public static final String REQUIRED = "error.required";

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public boolean isValid() {
        return valid.get();
    }
}
