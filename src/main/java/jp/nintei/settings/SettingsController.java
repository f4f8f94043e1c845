package jp.nintei.settings;

import javafx.fxml.FXML;
import java.util.Locale;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import jp.nintei.ui.FormBinder;

/** Binds the settings form to the presenter. */
public final class SettingsController {

    private final SettingsPresenter presenter;

    @FXML private CheckBox identityCheck;
    @FXML private CheckBox phoneCheck;
    @FXML private CheckBox ndaCheck;
    @FXML private TextField cutoffField;
    @FXML private javafx.scene.control.ComboBox<String> categoryCombo;
    @FXML private Label cutoffError;
    @FXML private Label categoryError;
    @FXML private ChoiceBox<Locale> languageChoice;

    public SettingsController(SettingsPresenter presenter) {
        this.presenter = presenter;
    }

    @FXML
    private void initialize() {
        identityCheck.selectedProperty().bindBidirectional(presenter.identity);
        phoneCheck.selectedProperty().bindBidirectional(presenter.phone);
        ndaCheck.selectedProperty().bindBidirectional(presenter.nda);
        FormBinder binder = new FormBinder(presenter.form());
        binder.bind(cutoffField, presenter.cutoff, cutoffError);
        categoryCombo.setItems(presenter.categories());
        binder.bind(categoryCombo.getEditor(), presenter.category, categoryError);
        languageChoice.getItems().setAll(jp.nintei.ui.Localization.JAPANESE, jp.nintei.ui.Localization.ENGLISH);
        languageChoice.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Locale locale) {
                return locale == null ? "" : locale.getDisplayLanguage(locale);
            }

            @Override
            public Locale fromString(String text) {
                return null;
            }
        });
        languageChoice.valueProperty().bindBidirectional(presenter.language);
        // the cutoff and the category are saved when committed: Enter, or the cursor leaving the field
        cutoffField.setOnAction(e -> presenter.commit());
        categoryCombo.getEditor().setOnAction(e -> presenter.commit());
        categoryCombo.valueProperty().addListener((obs, old, now) -> presenter.commit());
        for (javafx.scene.Node field : java.util.List.of(cutoffField, categoryCombo.getEditor())) {
            field.focusedProperty().addListener((obs, was, is) -> {
                if (!is) {
                    presenter.commit();
                }
            });
        }
    }
}
