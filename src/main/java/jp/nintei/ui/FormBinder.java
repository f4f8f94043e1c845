package jp.nintei.ui;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

/**
 * Binds text fields to a presenter's {@link Form}: the text both ways, the error as a ControlsFX decoration on the
 * field and as words in a label next to it. The rules themselves live in the presenter.
 */
public final class FormBinder {

    private final ValidationSupport validation = new ValidationSupport();

    public FormBinder(Form form) {
        form.validProperty().addListener((obs, old, now) -> validation.revalidate());
    }

    public void bind(TextField control, Form.Field field, Label errorLabel) {
        control.textProperty().bindBidirectional(field.textProperty());
        errorLabel.textProperty().bind(field.errorProperty());
        errorLabel.getStyleClass().add("field-error");
        errorLabel.visibleProperty().bind(field.errorProperty().isNotEmpty());
        errorLabel.managedProperty().bind(errorLabel.visibleProperty());
        validation.registerValidator(control, false, (javafx.scene.control.Control c, String value) ->
                ValidationResult.fromErrorIf(c, field.error(), !field.error().isEmpty()));
        field.errorProperty().addListener((obs, old, now) -> validation.revalidate(control));
    }
}
