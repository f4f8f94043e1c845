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
    @FXML private ChoiceBox<String> profileChoice;
    @FXML private Label profileAbout;
    @FXML private Label profileProblems;
    @FXML private javafx.scene.layout.VBox enteredCard;
    @FXML private javafx.scene.layout.VBox enteredBox;
    @FXML private javafx.scene.layout.VBox remindersCard;
    @FXML private CheckBox remindersCheck;
    @FXML private javafx.scene.control.Spinner<Integer> remindersLead;
    /** Bidirectional bindings hold their ends weakly: the adapter of the lead time is kept here. */
    private javafx.beans.property.ObjectProperty<Integer> leadAdapter;

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
        languageChoice.setConverter(jp.nintei.ui.Converters.showing(locale -> locale.getDisplayLanguage(locale)));
        languageChoice.valueProperty().bindBidirectional(presenter.language);
        profileChoice.setConverter(jp.nintei.ui.Converters.showing(id -> presenter.profiles().getOrDefault(id, id)));
        Runnable profiles = () -> {
            String chosen = presenter.profile.get();
            profileChoice.getItems().setAll(presenter.profiles().keySet());
            profileChoice.setValue(chosen);
        };
        profiles.run();
        presenter.profiles().addListener((javafx.collections.MapChangeListener<String, String>) c -> profiles.run());
        profileChoice.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                presenter.profile.set(now);
            }
        });
        presenter.profile.addListener((obs, old, now) -> profileChoice.setValue(now));
        profileAbout.textProperty().bind(presenter.profileAboutProperty());
        profileProblems.textProperty().bind(presenter.profileProblemsProperty());
        profileProblems.visibleProperty().bind(presenter.profileProblemsProperty().isNotEmpty());
        profileProblems.managedProperty().bind(profileProblems.visibleProperty());
        showEntered();
        presenter.reminders().ifPresentOrElse(r -> {
            remindersCheck.selectedProperty().bindBidirectional(r.enabled);
            remindersLead.setValueFactory(new javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory(
                    5, 24 * 60, r.leadMinutes.get(), 15));
            leadAdapter = r.leadMinutes.asObject();
            remindersLead.getValueFactory().valueProperty().bindBidirectional(leadAdapter);
            remindersLead.disableProperty().bind(r.enabled.not());
        }, () -> {
            remindersCard.setVisible(false);
            remindersCard.setManaged(false);
        });
        presenter.entered().addListener((javafx.collections.ListChangeListener<SettingsPresenter.EnteredValue>) c ->
                showEntered());
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

    /** One field per value the chosen profile asks the user to enter; the card hides when there is none. */
    private void showEntered() {
        enteredCard.setVisible(!presenter.entered().isEmpty());
        enteredCard.setManaged(!presenter.entered().isEmpty());
        enteredBox.getChildren().clear();
        for (SettingsPresenter.EnteredValue value : presenter.entered()) {
            TextField field = new TextField();
            field.setId("entered-" + value.requirement());
            field.setMaxWidth(240);
            field.textProperty().bindBidirectional(value.text());
            field.textProperty().addListener((obs, old, now) -> {
                if (field.isFocused()) {
                    presenter.typed(value);
                }
            });
            field.setOnAction(e -> presenter.commitEntered(value));
            field.focusedProperty().addListener((obs, was, is) -> {
                if (!is) {
                    presenter.commitEntered(value);
                }
            });
            enteredBox.getChildren().addAll(new Label(value.label()), field);
        }
    }
}
