package jp.nintei.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Arrays;
import java.util.function.Function;

/**
 * The words Nintei shows, in Japanese or English, from the bundle {@code jp/nintei/i18n/messages} that the app, the
 * CLI and the CSV import share. Plain Java: the CLI and the import use it without JavaFX.
 */
public final class Texts {

    public static final String BUNDLE = "jp.nintei.i18n.messages";
    public static final Locale JAPANESE = Locale.JAPANESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Texts IN_ENGLISH = new Texts(ENGLISH);

    private final ResourceBundle bundle;
    private final Locale locale;

    public Texts(Locale locale) {
        this(ResourceBundle.getBundle(BUNDLE, languageOf(locale), ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES)), locale);
    }

    /** The texts of {@code bundle} (the app's, with its keyboard hints written for the platform) in {@code locale}. */
    public Texts(ResourceBundle bundle, Locale locale) {
        this.locale = languageOf(locale);
        this.bundle = bundle;
    }

    /** Japanese when {@code locale} speaks it, else English. */
    public static Locale languageOf(Locale locale) {
        return JAPANESE.getLanguage().equals(locale.getLanguage()) ? JAPANESE : ENGLISH;
    }

    /**
     * The CLI's language, from the environment as POSIX tools read it: the first of {@code LC_ALL}, {@code
     * LC_MESSAGES}, {@code LANG} that is set; Japanese for {@code ja_*}, English otherwise.
     */
    public static Locale fromEnvironment(Function<String, String> env) {
        for (String name : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
            String value = env.apply(name);
            if (value != null && !value.isEmpty()) {
                return value.startsWith("ja") ? JAPANESE : ENGLISH;
            }
        }
        return ENGLISH;
    }

    public Locale locale() {
        return locale;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The text of {@code key}, with {@code {0}}-style arguments filled in; a {@link Phrase} argument is worded too. */
    public String text(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("No text '" + key + "' in " + BUNDLE + " (" + locale + ")", e);
        }
        Object[] worded = Arrays.stream(args).map(a -> a instanceof Phrase p ? p.in(this) : a).toArray();
        return new MessageFormat(pattern, locale).format(worded); // always: '' is ' whether or not there are arguments
    }
}
