package jp.nintei.settings;

import javafx.fxml.FXML;
import java.util.Locale;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import jp.nintei.ui.FormBinder;
import java.math.BigDecimal;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.VBox;
import javafx.util.converter.DefaultStringConverter;
import jp.nintei.domain.EnteredKind;
import jp.nintei.ui.Converters;
import jp.nintei.ui.Localization;

/** Binds the settings form to the presenter. */
public final class SettingsController {

    private final SettingsPresenter presenter;

    @FXML private CheckBox identityCheck;
    @FXML private CheckBox phoneCheck;
    @FXML private CheckBox ndaCheck;
    @FXML private TextField cutoffField;
    @FXML private ComboBox<String> categoryCombo;
    @FXML private Label cutoffError;
    @FXML private Label categoryError;
    @FXML private ChoiceBox<Locale> languageChoice;
    @FXML private ChoiceBox<String> profileChoice;
    @FXML private Label profileAbout;
    @FXML private Label profileProblems;
    @FXML private VBox enteredCard;
    @FXML private VBox earningsCard;
    @FXML private VBox checksCard;
    @FXML private VBox enteredBox;
    @FXML private VBox remindersCard;
    @FXML private CheckBox remindersCheck;
    @FXML private Spinner<Integer> remindersLead;
    @FXML private CheckBox keepRemindingCheck;
    @FXML private CheckBox startAtLoginCheck;
    @FXML private Label startAtLoginHint;
    private final StartAtLoginPresenter startAtLogin;
    /** Bidirectional bindings hold their ends weakly: the adapter of the lead time is kept here. */
    private ObjectProperty<Integer> leadAdapter;

    public SettingsController(SettingsPresenter presenter, StartAtLoginPresenter startAtLogin) {
        this.startAtLogin = startAtLogin;
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
        binder.bind(categoryCombo, presenter.category, categoryError);
        languageChoice.getItems().setAll(Localization.JAPANESE, Localization.ENGLISH);
        languageChoice.setConverter(Converters.showing(locale -> locale.getDisplayLanguage(locale)));
        languageChoice.valueProperty().bindBidirectional(presenter.language);
        profileChoice.setConverter(Converters.showing(id -> presenter.profiles().getOrDefault(id, id)));
        Runnable profiles = () -> {
            String chosen = presenter.profile.get();
            profileChoice.getItems().setAll(presenter.profiles().keySet());
            profileChoice.setValue(chosen);
        };
        profiles.run();
        presenter.profiles().addListener((MapChangeListener<String, String>) c -> profiles.run());
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
        // only what the chosen profile uses: the Lancers earnings line does not show for coconala or CrowdWorks
        shownWhen(earningsCard, presenter.earningsUsedProperty());
        shownWhen(identityCheck, presenter.identityUsedProperty());
        shownWhen(phoneCheck, presenter.phoneUsedProperty());
        shownWhen(ndaCheck, presenter.ndaUsedProperty());
        shownWhen(checksCard, presenter.identityUsedProperty().or(presenter.phoneUsedProperty())
                .or(presenter.ndaUsedProperty()));
        presenter.reminders().ifPresentOrElse(r -> {
            remindersCheck.selectedProperty().bindBidirectional(r.enabled);
            remindersLead.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(
                    5, 24 * 60, r.leadMinutes.get(), 15));
            leadAdapter = r.leadMinutes.asObject();
            remindersLead.getValueFactory().valueProperty().bindBidirectional(leadAdapter);
            remindersLead.disableProperty().bind(r.enabled.not());
            keepRemindingCheck.selectedProperty().bindBidirectional(r.keepReminding);
            keepRemindingCheck.disableProperty().bind(r.enabled.not());
        }, () -> {
            remindersCard.setVisible(false);
            remindersCard.setManaged(false);
        });
        startAtLoginCheck.selectedProperty().bindBidirectional(startAtLogin.on);
        startAtLoginCheck.setDisable(!startAtLogin.available());
        startAtLoginHint.setVisible(!startAtLogin.available());
        startAtLoginHint.setManaged(!startAtLogin.available());
        presenter.entered().addListener((ListChangeListener<EnteredValues.EnteredValue>) c ->
                showEntered());
        // the cutoff and the category are saved when committed: Enter, or the cursor leaving the field
        cutoffField.setOnAction(e -> presenter.commit());
        categoryCombo.getEditor().setOnAction(e -> presenter.commit());
        categoryCombo.valueProperty().addListener((obs, old, now) -> presenter.commit());
        for (Node field : List.of(cutoffField, categoryCombo.getEditor())) {
            field.focusedProperty().addListener((obs, was, is) -> {
                if (!is) {
                    presenter.commit();
                }
            });
        }
    }

    private static void shownWhen(Node node, ObservableBooleanValue shown) {
        node.visibleProperty().bind(shown);
        node.managedProperty().bind(shown);
    }

    /**
     * One control per value the chosen profile asks the user to enter, of its kind: a check box for yes / no (a dash
     * until entered), a spinner for a count or a rating. The card hides when there is none.
     */
    private void showEntered() {
        enteredCard.setVisible(!presenter.entered().isEmpty());
        enteredCard.setManaged(!presenter.entered().isEmpty());
        enteredBox.getChildren().clear();
        for (EnteredValues.EnteredValue value : presenter.entered()) {
            Node control = switch (value.kind()) {
                case YES_NO -> yesNo(value);
                case COUNT, RATING -> spinner(value);
            };
            control.setId("entered-" + value.requirement());
            enteredBox.getChildren().addAll(value.kind() == EnteredKind.YES_NO
                    ? List.of(control) : List.of(new Label(value.label()), control));
        }
    }

    private Node yesNo(EnteredValues.EnteredValue value) {
        CheckBox box = new CheckBox(value.label());
        box.setAllowIndeterminate(false);
        Runnable show = () -> {
            String text = value.text().get();
            box.setIndeterminate(text == null || text.isBlank()); // not entered yet: neither yes nor no
            box.setSelected("1".equals(text));
        };
        show.run();
        value.text().addListener((obs, old, now) -> show.run());
        box.setOnAction(e -> {
            value.text().set(box.isSelected() ? "yes" : "no");
            presenter.commitEntered(value);
        });
        return box;
    }

    private Node spinner(EnteredValues.EnteredValue value) {
        Spinner<String> spinner = new Spinner<>();
        boolean rating = value.kind() == EnteredKind.RATING;
        spinner.setValueFactory(new EnteredSteps(rating ? new BigDecimal("0.1") : BigDecimal.ONE,
                value.kind().max()));
        spinner.setEditable(true);
        spinner.setMaxWidth(160);
        spinner.getValueFactory().valueProperty().bindBidirectional(value.text());
        spinner.getEditor().textProperty().addListener((obs, old, now) -> {
            if (spinner.getEditor().isFocused()) {
                presenter.typed(value);
            }
        });
        Runnable commit = () -> {
            value.text().set(spinner.getEditor().getText());
            presenter.commitEntered(value);
        };
        spinner.getEditor().setOnAction(e -> commit.run());
        spinner.getEditor().focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                commit.run();
            }
        });
        spinner.valueProperty().addListener((obs, old, now) -> {
            if (!spinner.getEditor().isFocused()) {
                presenter.commitEntered(value); // an arrow was clicked
            }
        });
        return spinner;
    }

    /** Steps of a count or a rating, as text (empty: not entered); the kind's own rule decides what is valid. */
    private static final class EnteredSteps extends SpinnerValueFactory<String> {
        private final BigDecimal step;
        private final BigDecimal max;

        EnteredSteps(BigDecimal step, BigDecimal max) {
            this.step = step;
            this.max = max;
            setConverter(new DefaultStringConverter());
            setValue("");
        }

        @Override
        public void decrement(int steps) {
            set(current().subtract(step.multiply(BigDecimal.valueOf(steps))));
        }

        @Override
        public void increment(int steps) {
            set(current().add(step.multiply(BigDecimal.valueOf(steps))));
        }

        private BigDecimal current() {
            try {
                return new BigDecimal(getValue().strip());
            } catch (RuntimeException e) {
                return BigDecimal.ZERO;
            }
        }

        private void set(BigDecimal value) {
            BigDecimal bounded = value.max(BigDecimal.ZERO).min(max);
            setValue(bounded.stripTrailingZeros().scale() < 0 ? bounded.setScale(0).toPlainString()
                    : bounded.stripTrailingZeros().toPlainString());
        }
    }
}
