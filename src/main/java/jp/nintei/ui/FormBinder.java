package jp.nintei.ui;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import java.util.Objects;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;

/**
 * Binds text fields to a presenter's {@link Form}: the text both ways, the error as a ControlsFX decoration on the
 * field and as words in a label next to it. The rules themselves live in the presenter.
 */
public final class FormBinder {

    private final ValidationSupport validation = new ValidationSupport();

    public FormBinder(Form form) {
        form.validProperty().addListener((obs, old, now) -> validation.revalidate());
    }

    /**
     * An editable combo box: its editor is the field, and its own value follows the field — else a value picked before
     * would be written back into an emptied editor (a new job showing the last job's category).
     */
    public void bind(ComboBox<String> combo, Form.Field field, Label errorLabel) {
        bind(combo.getEditor(), field, errorLabel);
        field.textProperty().addListener((obs, old, now) -> {
            String value = now == null || now.isEmpty() ? null : now;
            if (!Objects.equals(combo.getValue(), value)) {
                combo.setValue(value);
            }
        });
        combo.valueProperty().addListener((obs, old, now) -> {
            if (now != null && !now.equals(field.textProperty().get())) {
                field.textProperty().set(now);
            }
        });
    }

    public void bind(TextField control, Form.Field field, Label errorLabel) {
        control.textProperty().bindBidirectional(field.textProperty());
        errorLabel.textProperty().bind(field.errorProperty());
        errorLabel.getStyleClass().add("field-error");
        // the line is kept even when empty: an error appearing never moves the fields below it (a click in flight
        // would land on the wrong control); one line, the whole message in a tooltip when it is longer
        errorLabel.visibleProperty().bind(field.errorProperty().isNotEmpty());
        errorLabel.setWrapText(false);
        errorLabel.setTextOverrun(OverrunStyle.ELLIPSIS);
        errorLabel.setMinHeight(Control.USE_PREF_SIZE);
        Tooltip full = new Tooltip();
        full.textProperty().bind(field.errorProperty());
        errorLabel.setTooltip(full);
        validation.registerValidator(control, false, (Control c, String value) ->
                ValidationResult.fromErrorIf(c, field.error(), !field.error().isEmpty()));
        field.errorProperty().addListener((obs, old, now) -> validation.revalidate(control));
    }
}
