package jp.nintei.settings;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import jp.nintei.domain.Metric;
import jp.nintei.settings.EnteredValues.EnteredValue;
import jp.nintei.domain.SettingKey;
import jp.nintei.domain.Settings;
import jp.nintei.i18n.Texts;
import jp.nintei.domain.ValueException;
import jp.nintei.domain.Values;
import jp.nintei.ui.Form;
import jp.nintei.ui.LogbookSession;
import jp.nintei.ui.Reminders;
import jp.nintei.ui.UnsavedEdits;

/** Settings: the three verification checks, the earnings cutoff and its category, the language. */
public final class SettingsPresenter implements UnsavedEdits {

    private final LogbookSession session;
    private final Form form;
    public final Form.Field cutoff;
    public final Form.Field category;
    /** The categories the jobs use: the earnings category is picked from them, so a typo does not lose earnings. */
    private final ObservableList<String> categories = FXCollections
            .observableArrayList();
    public final BooleanProperty identity = new SimpleBooleanProperty();
    public final BooleanProperty phone = new SimpleBooleanProperty();
    public final BooleanProperty nda = new SimpleBooleanProperty();
    /** The rule profile the logbook is measured by; choosing one applies at once. */
    public final ObjectProperty<String> profile = new SimpleObjectProperty<>(Settings.DEFAULT_PROFILE);
    /** The profiles to choose from: id → name in the app's language. */
    private final ObservableMap<String, String> profiles = FXCollections
            .observableMap(new LinkedHashMap<>());
    private final ReadOnlyStringWrapper profileAbout = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper profileProblems = new ReadOnlyStringWrapper("");
    /** The chosen profile's requirements that the user enters (the logbook cannot compute them). */
    private final EnteredValues entered = new EnteredValues();

    /** The sections the chosen profile uses: Lancers' earnings line, and which checks count. Others are hidden. */
    private final ReadOnlyBooleanWrapper earningsUsed = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper identityUsed = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper phoneUsed = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper ndaUsed = new ReadOnlyBooleanWrapper();

    public ReadOnlyBooleanProperty earningsUsedProperty() {
        return earningsUsed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty identityUsedProperty() {
        return identityUsed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty phoneUsedProperty() {
        return phoneUsed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty ndaUsedProperty() {
        return ndaUsed.getReadOnlyProperty();
    }

    /** 日本語 or English; choosing one switches the whole app at once. */
    public final ObjectProperty<Locale> language = new SimpleObjectProperty<>();

    /** The reminders' switch and lead time (kept by the app, not in the logbook); null in tests without them. */
    private final Reminders reminders;

    public SettingsPresenter(LogbookSession session, Consumer<Locale> switchLanguage) {
        this(session, switchLanguage, null);
    }

    public SettingsPresenter(LogbookSession session, Consumer<Locale> switchLanguage, Reminders reminders) {
        this.reminders = reminders;
        this.session = session;
        language.set(session.l10n().locale());
        session.l10n().bundleProperty().addListener((obs, old, now) -> language.set(session.l10n().locale()));
        language.addListener((obs, old, now) -> {
            if (now != null) {
                switchLanguage.accept(now);
            }
        });
        this.form = new Form(session.l10n());
        // the rule of `set earnings.cutoff`, worded for a form
        cutoff = form.field(v -> v.isEmpty() || Form.Problem.check(() -> SettingKey.EARNINGS_CUTOFF
                .parseInto(Settings.EMPTY, v)) == null ? null : Form.Problem.of("error.cutoff"));
        category = form.field(v -> Form.Problem.check(() -> Values.category("earnings.category", v)));
        // Only when the stored settings change, and never over a field being typed in: a republish after another
        // edit (or after a check box applied) must not wipe what is being typed.
        session.shown().stateProperty().addListener((obs, old, now) -> {
            if (!stored.equals(now.settings())) {
                load(now.settings());
            }
        });
        load(session.shown().stateProperty().get().settings());
        profile.addListener((obs, old, now) -> {
            if (!loading && now != null && !now.equals(stored.profile())) {
                apply(stored.withProfile(now), false);
            }
            describeProfile();
        });
        session.shown().stateProperty().addListener(obs -> describeProfile());
        session.l10n().bundleProperty().addListener(obs -> describeProfile());
        describeProfile();
        // check boxes apply at once
        for (BooleanProperty check : List.of(identity, phone, nda)) {
            check.addListener((obs, old, now) -> {
                if (!loading) {
                    apply(new Settings(stored.earningsCutoff(), stored.earningsCategory(), identity.get(), phone.get(),
                            nda.get(), stored.profile(), stored.entered()), false);
                }
            });
        }
        // measured with the state, in its transaction: a change brings them, no screen reads them again
        categories.setAll(session.shown().stateProperty().get().categories());
        session.shown().stateProperty().addListener((obs, old, now) -> {
            if (!now.categories().equals(categories)) {
                categories.setAll(now.categories());
            }
        });
    }

    /** The settings as last stored (or being stored): what the fields show when not being typed in. */
    private Settings stored = Settings.EMPTY;
    private boolean loading;

    private void load(Settings s) {
        Settings before = stored;
        stored = s;
        loading = true;
        try {
            // a field whose text differs from what was stored is being typed in: it keeps the user's text
            String cutoffText = cutoff.text().equals(cutoffText(before)) ? cutoffText(s) : cutoff.textProperty().get();
            String categoryText = category.text().equals(before.earningsCategory()) ? s.earningsCategory()
                    : category.textProperty().get();
            form.fill(() -> {
                cutoff.textProperty().set(cutoffText);
                category.textProperty().set(categoryText);
                identity.set(s.identityVerified());
                phone.set(s.phoneVerified());
                nda.set(s.ndaSigned());
                profile.set(s.profile());
            });
            // a field kept as the user typed it still differs from what is stored: the form stays dirty
            form.loadedAs(cutoff, cutoffText(s));
            form.loadedAs(category, s.earningsCategory());
        } finally {
            loading = false;
        }
    }

    private static String cutoffText(Settings s) {
        return s.earningsCutoff() == null ? "" : s.earningsCutoff().toString();
    }

    /**
     * The cutoff or category field was committed (Enter, or the cursor left it): a valid value is saved at once; an
     * invalid one stays, with its error, and is not saved.
     */
    public boolean commit() {
        form.validate();
        if (!form.isValid()) {
            return false;
        }
        apply(new Settings(cutoff.text().isEmpty() ? null : Values.parseYen(cutoff.text()).orElseThrow(),
                category.text(), identity.get(), phone.get(), nda.get(), stored.profile(), stored.entered()), true);
        return true;
    }

    /** Kept for the Save button and Enter: the same as committing the fields. */
    public boolean save() {
        return commit();
    }

    /** Saves {@code settings} unless they are what is stored; committed fields then show the value as saved. */
    private void apply(Settings settings, boolean fieldsCommitted) {
        if (!settings.equals(stored)) {
            stored = settings; // what is being saved: a republish of it does not reload the fields
            session.saveSettings(settings);
        }
        if (fieldsCommitted) {
            form.fill(() -> {
                cutoff.textProperty().set(cutoffText(settings));
                category.textProperty().set(settings.earningsCategory());
            });
        }
    }

    /** The profiles, the chosen one's sentence and sources, problems of profile files, and its entered values. */
    private void describeProfile() {
        var state = session.shown().stateProperty().get();
        String language = session.l10n().locale().getLanguage();
        Map<String, String> names = new LinkedHashMap<>();
        for (var p : state.profiles().profiles()) {
            names.put(p.id(), p.name(language) + (p.builtIn() ? "" : " " + session.l10n().text("settings.yourProfile")));
        }
        if (!names.equals(profiles)) {
            profiles.clear();
            profiles.putAll(names);
        }
        var chosen = state.profiles().findOrDefault(profile.get() == null ? stored.profile() : profile.get());
        profileAbout.set(chosen.about(language) + "\n" + session.l10n().text("settings.profileSources",
                chosen.sources(language)));
        Texts texts = session.l10n().texts();
        profileProblems.set(String.join("\n", state.profiles().problems().stream().map(p -> p.in(texts)).toList()));
        // the settings the chosen profile uses, and nothing else: the Lancers earnings line is not coconala's
        earningsUsed.set(chosen.rules().stream().anyMatch(r -> r.metric() == Metric.EARNINGS));
        Set<String> checks = new HashSet<>();
        chosen.rules().stream().filter(r -> r.metric() == Metric.CHECKS_DONE)
                .forEach(r -> checks.addAll(r.checks()));
        identityUsed.set(checks.contains("identity"));
        phoneUsed.set(checks.contains("phone"));
        ndaUsed.set(checks.contains("nda"));
        entered.show(chosen, language, stored.entered());
    }

    /** A field of an entered value changed: kept as typing until committed. */
    public void typed(EnteredValue value) {
        entered.typed(value);
    }

    /**
     * An entered value's control was committed: saved when valid (by the rule of its kind, as {@code set} checks it);
     * the error is said otherwise. An empty text clears it.
     */
    public boolean commitEntered(EnteredValue value) {
        try {
            apply(stored.withEntered(value.requirement(), entered.committed(value)), false);
            return true;
        } catch (ValueException e) {
            session.status().sayError(session.l10n().text("settings.enteredInvalid", value.label(),
                    e.problem(session.l10n().texts())));
            return false;
        }
    }

    public Optional<Reminders> reminders() {
        return Optional.ofNullable(reminders);
    }

    public ObservableMap<String, String> profiles() {
        return profiles;
    }

    public ReadOnlyStringProperty profileAboutProperty() {
        return profileAbout.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty profileProblemsProperty() {
        return profileProblems.getReadOnlyProperty();
    }

    public ObservableList<EnteredValue> entered() {
        return entered.list();
    }

    @Override
    public boolean settle() {
        return !form.isDirty() || commit();
    }

    @Override
    public String unsavedDescription() {
        return session.l10n().text("settings.unsaved");
    }

    @Override
    public void discard() {
        Settings s = stored;
        form.fill(() -> {
            cutoff.textProperty().set(cutoffText(s));
            category.textProperty().set(s.earningsCategory());
        });
    }

    public ObservableList<String> categories() {
        return categories;
    }

    public Form form() {
        return form;
    }
}
