package jp.nintei.settings;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
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
    @FXML private Button settingsSaveButton;
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
        settingsSaveButton.disableProperty().bind(presenter.form().validProperty().not());
    }

    @FXML private void save() {
        presenter.save();
    }
}
