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
public final class SettingsPresenter {

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
        // Only when the stored settings change: a republish after another edit must not wipe what is being typed.
        session.stateProperty().addListener((obs, old, now) -> {
            if (old == null || !old.settings().equals(now.settings())) {
                load(now.settings());
            }
        });
        load(session.stateProperty().get().settings());
        session.changesProperty().addListener(obs -> session.categories(categories::setAll));
        session.categories(categories::setAll);
    }

    private void load(Settings s) {
        form.fill(() -> {
            cutoff.textProperty().set(s.earningsCutoff() == null ? "" : s.earningsCutoff().toString());
            category.textProperty().set(s.earningsCategory());
            identity.set(s.identityVerified());
            phone.set(s.phoneVerified());
            nda.set(s.ndaSigned());
        });
    }

    public boolean save() {
        form.validate();
        if (!form.isValid()) {
            return false;
        }
        Settings settings = new Settings(cutoff.text().isEmpty() ? null : Values.parseYen(cutoff.text()).orElseThrow(),
                category.text(), identity.get(), phone.get(), nda.get());
        session.saveSettings(settings);
        return true;
    }

    public javafx.collections.ObservableList<String> categories() {
        return categories;
    }

    public Form form() {
        return form;
    }
}
