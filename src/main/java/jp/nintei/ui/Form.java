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

    /** One text field and what is wrong with it. */
    public static final class Field {
        private final StringProperty text = new SimpleStringProperty("");
        private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
        private final Supplier<String> rule;
        /** Typed in since the form was filled or emptied: only then does "required" show on an empty field. */
        private boolean touched;

        private Field(Supplier<String> rule) {
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
     * Adds a field whose rule returns the bundle key of its error, or null when the text is fine.
     * The rule sees the whole form through the fields it captures.
     */
    public Field field(java.util.function.Function<String, String> rule) {
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
            String key = f.rule.get();
            // A new, empty form does not open full of "Required": Save stays disabled until it is filled in.
            boolean quiet = REQUIRED.equals(key) && !f.touched;
            f.error.set(key == null || quiet ? "" : l10n.text(key));
            all &= key == null;
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
