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

/**
 * Fields of an edit form that validate as the user types. Each field has its text and an error message (empty when
 * valid); the form is valid when every field is. Rules may look at other fields: every rule runs again on any change.
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
            } catch (jp.nintei.domain.ValueException e) {
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
    }

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
    public Field field(java.util.function.Function<String, Problem> rule) {
        Field[] self = new Field[1];
        self[0] = new Field(() -> rule.apply(self[0].text()));
        fields.add(self[0]);
        self[0].text.addListener((obs, old, now) -> {
            self[0].touched = !filling;
            dirty.set(dirty.get() || !filling);
            validate();
        });
        return self[0];
    }

    /** Validates again whenever {@code value} (a choice box, a check box) changes. */
    public void watch(ObservableValue<?> value) {
        value.addListener((obs, old, now) -> {
            dirty.set(dirty.get() || !filling);
            validate();
        });
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
        }
        dirty.set(false);
        validate();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** Counts the form as typed in, after a fill that kept what the user was typing. */
    public void markDirty() {
        dirty.set(true);
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
