package jp.nintei.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import jp.nintei.domain.Phrase;

/** The UI language (日本語 / English) and its strings, from the resource bundles {@code i18n/messages}. */
public final class Localization {

    public static final String BUNDLE = "jp.nintei.i18n.messages";
    public static final Locale JAPANESE = Locale.JAPANESE;
    public static final Locale ENGLISH = Locale.ENGLISH;

    private final ReadOnlyObjectWrapper<ResourceBundle> bundle = new ReadOnlyObjectWrapper<>();

    public Localization(Locale locale) {
        setLocale(locale);
    }

    /** Japanese when the system speaks it, else English. */
    public static Locale defaultFor(Locale system) {
        return JAPANESE.getLanguage().equals(system.getLanguage()) ? JAPANESE : ENGLISH;
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

    /** The current language's texts, for what words itself in plain Java ({@link Phrase}, failures). */
    public jp.nintei.domain.Texts texts() {
        return new jp.nintei.domain.Texts(locale());
    }

    /** The string for {@code key}, with {@code {0}}-style arguments filled in; a {@link Phrase} argument is worded too. */
    public String text(String key, Object... args) {
        String pattern = bundle.get().getString(key);
        jp.nintei.domain.Texts texts = new jp.nintei.domain.Texts(locale());
        Object[] worded = java.util.Arrays.stream(args).map(a -> a instanceof Phrase p ? p.in(texts) : a).toArray();
        return new MessageFormat(pattern, locale()).format(worded);
    }
}
