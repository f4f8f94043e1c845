package jp.nintei.store;

import java.nio.file.Path;
import jp.nintei.i18n.Phrase;
import jp.nintei.i18n.Texts;

/**
 * A logbook that cannot be opened, read or written, with what to tell the user: a {@link Phrase} of the bundle's
 * {@code store.*} texts, worded in the user's language where it is shown ({@link #words}); the message is English.
 */
public class StoreException extends RuntimeException {

    /** What went wrong, for a user interface that acts on the kind (offers a backup, sets damaged rows aside…). */
    public enum Problem {
        NOT_A_LOGBOOK, OTHER_PROGRAM, NEWER_VERSION, DAMAGED, BAD_VALUE, ALREADY_OPEN, NATIVE_LIBRARY, READ_ONLY,
        JOURNAL_REPLACED, OWN_FILE, OTHER
    }

    private final Problem problem;
    private final Path file;
    private final transient Phrase phrase;

    public StoreException(Problem problem, Path file, Throwable cause, String key, Object... args) {
        this(problem, file, new Phrase("store." + key, args), cause);
    }

    public StoreException(Problem problem, Path file, Phrase phrase, Throwable cause) {
        super(phrase.in(Texts.IN_ENGLISH), cause);
        this.problem = problem;
        this.file = file;
        this.phrase = phrase;
    }

    /** An {@link Problem#OTHER} problem. */
    public static StoreException of(String key, Object... args) {
        return new StoreException(Problem.OTHER, null, null, key, args);
    }

    /** An {@link Problem#OTHER} problem, with its cause. */
    public static StoreException of(Throwable cause, String key, Object... args) {
        return new StoreException(Problem.OTHER, null, cause, key, args);
    }

    public Problem problem() {
        return problem;
    }

    /** The file concerned, or null. */
    public Path file() {
        return file;
    }

    /** What to tell the user. */
    public Phrase phrase() {
        return phrase;
    }

    /** The problem in the language of {@code texts}. */
    public String words(Texts texts) {
        return phrase.in(texts);
    }
}
