package jp.nintei.domain;

import jp.nintei.i18n.Phrase;
import jp.nintei.i18n.Texts;
import java.util.List;
import java.util.Arrays;

/**
 * A value that is not one Nintei keeps: which field, and what is wrong as a bundle key with its arguments, so that
 * every door (the CSV import, a form, {@code set}, a profile file) words it in the user's language and names the field.
 * The message itself is English, for logs and tests.
 */
public final class ValueException extends IllegalArgumentException {

    private final String field;
    private final String key;
    private final transient List<Object> args;

    public ValueException(String field, String key, Object... args) {
        super(field + ": " + new Phrase(key, args).in(Texts.IN_ENGLISH));
        this.field = field;
        this.key = key;
        this.args = Arrays.asList(args.clone());
    }

    /** The field (a CSV column name, a setting key, a profile key). */
    public String field() {
        return field;
    }

    /** The bundle key of the problem. */
    public String key() {
        return key;
    }

    public Object[] args() {
        return args.toArray();
    }

    /** The field and its problem ("threshold: '80%' is not a number from 0 to 1"), to word in a language. */
    public Phrase phrase() {
        return new Phrase("value.field", field, new Phrase(key, args()));
    }

    /** The problem alone, without the field, in the language of {@code texts}. */
    public String problem(Texts texts) {
        return texts.text(key, args());
    }
}
