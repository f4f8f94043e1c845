package jp.nintei.ui;

import java.util.Locale;
import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import jp.nintei.i18n.Phrase;
import jp.nintei.i18n.Texts;

/** The UI language (日本語 / English) and its strings, from the resource bundles {@code i18n/messages}. */
public final class Localization {

    public static final String BUNDLE = Texts.BUNDLE;
    public static final Locale JAPANESE = Texts.JAPANESE;
    public static final Locale ENGLISH = Texts.ENGLISH;

    private final ReadOnlyObjectWrapper<ResourceBundle> bundle = new ReadOnlyObjectWrapper<>();

    public Localization(Locale locale) {
        setLocale(locale);
    }

    /** Japanese when the system speaks it, else English. */
    public static Locale defaultFor(Locale system) {
        return Texts.languageOf(system);
    }

    public void setLocale(Locale locale) {
        Locale language = defaultFor(locale);
        bundle.set(Shortcuts.forPlatform(ResourceBundle.getBundle(BUNDLE, language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))));
    }

    public Locale locale() {
        return JAPANESE.getLanguage().equals(bundle.get().getLocale().getLanguage()) ? JAPANESE : ENGLISH;
    }

    public ReadOnlyObjectProperty<ResourceBundle> bundleProperty() {
        return bundle.getReadOnlyProperty();
    }

    public ResourceBundle bundle() {
        return bundle.get();
    }

    /** The phrase in the current language. */
    public String text(Phrase phrase) {
        return text(phrase.key(), phrase.args());
    }

    /** The current language's texts (the one way words are made, here and in the CLI), hints for this platform. */
    public Texts texts() {
        return new Texts(bundle.get(), locale());
    }

    /** The string for {@code key}, with {@code {0}}-style arguments filled in; a {@link Phrase} argument is worded too. */
    public String text(String key, Object... args) {
        return texts().text(key, args);
    }
}
