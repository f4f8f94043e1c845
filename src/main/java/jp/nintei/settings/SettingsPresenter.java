package jp.nintei.settings;

import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import jp.nintei.ui.Form;
import jp.nintei.ui.LogbookSession;
import jp.nintei.domain.Settings;
import jp.nintei.domain.Values;

/** Settings: the three verification checks, the earnings cutoff and its category, the language. */
public final class SettingsPresenter implements jp.nintei.ui.UnsavedEdits {

    private final LogbookSession session;
    private final Form form;
    public final Form.Field cutoff;
    public final Form.Field category;
    /** The categories the jobs use: the earnings category is picked from them, so a typo does not lose earnings. */
    private final javafx.collections.ObservableList<String> categories = javafx.collections.FXCollections
            .observableArrayList();
    public final BooleanProperty identity = new SimpleBooleanProperty();
    public final BooleanProperty phone = new SimpleBooleanProperty();
    public final BooleanProperty nda = new SimpleBooleanProperty();
    /** 日本語 or English; choosing one switches the whole app at once. */
    public final ObjectProperty<Locale> language = new SimpleObjectProperty<>();

    public SettingsPresenter(LogbookSession session, Consumer<Locale> switchLanguage) {
        this.session = session;
        language.set(session.l10n().locale());
        session.l10n().bundleProperty().addListener((obs, old, now) -> language.set(session.l10n().locale()));
        language.addListener((obs, old, now) -> {
            if (now != null) {
                switchLanguage.accept(now);
            }
        });
        this.form = new Form(session.l10n());
        cutoff = form.field(v -> v.isEmpty() || Values.parseYen(v).filter(y -> y >= 1).isPresent() ? null : "error.cutoff");
        category = form.field(v -> null);
        // Only when the stored settings change, and never over a field being typed in: a republish after another
        // edit (or after a check box applied) must not wipe what is being typed.
        session.stateProperty().addListener((obs, old, now) -> {
            if (!stored.equals(now.settings())) {
                load(now.settings());
            }
        });
        load(session.stateProperty().get().settings());
        // check boxes apply at once
        for (BooleanProperty check : java.util.List.of(identity, phone, nda)) {
            check.addListener((obs, old, now) -> {
                if (!loading) {
                    apply(new Settings(stored.earningsCutoff(), stored.earningsCategory(), identity.get(), phone.get(),
                            nda.get()), false);
                }
            });
        }
        session.changesProperty().addListener(obs -> session.categories(categories::setAll));
        session.categories(categories::setAll);
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
            boolean typing = form.isDirty() && (!cutoffText.equals(cutoffText(s))
                    || !categoryText.equals(s.earningsCategory()));
            form.fill(() -> {
                cutoff.textProperty().set(cutoffText);
                category.textProperty().set(categoryText);
                identity.set(s.identityVerified());
                phone.set(s.phoneVerified());
                nda.set(s.ndaSigned());
            });
            if (typing) {
                form.markDirty();
            }
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
                category.text(), identity.get(), phone.get(), nda.get()), true);
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

    public javafx.collections.ObservableList<String> categories() {
        return categories;
    }

    public Form form() {
        return form;
    }
}
