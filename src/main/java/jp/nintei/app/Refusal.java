package jp.nintei.app;

import java.util.List;
import jp.nintei.i18n.Phrase;
import jp.nintei.i18n.Texts;
import jp.nintei.domain.ValueException;
import jp.nintei.store.StoreException;

/**
 * What a use case refused, for either door to say in the user's language: what is wrong (a logbook that cannot be
 * opened, a bad file, a value out of range) and, where there is one, the way back (set the damaged rows aside, restore
 * the latest backup). Nothing was changed.
 */
public final class Refusal extends RuntimeException {

    /** What kind of refusal, for a door that acts on it (the app offers a backup, sets rows aside). */
    public enum Reason { DAMAGED_ROWS, REFUSED_LOGBOOK, ALREADY_OPEN, READ_ONLY, BAD_INPUT, UNKNOWN_KEY, OTHER }

    private final Reason reason;
    private final transient Phrase phrase;
    private final transient List<Phrase> waysBack;

    public Refusal(Reason reason, Phrase phrase, List<Phrase> waysBack, Throwable cause) {
        super(phrase.toString(), cause);
        this.reason = reason;
        this.phrase = phrase;
        this.waysBack = List.copyOf(waysBack);
    }

    public Refusal(Reason reason, Phrase phrase) {
        this(reason, phrase, List.of(), null);
    }

    /** A bad value, file or argument: said with the field or file it is about. */
    public static Refusal badInput(Phrase phrase) {
        return new Refusal(Reason.BAD_INPUT, phrase);
    }

    static Refusal of(ValueException e) {
        return new Refusal(Reason.BAD_INPUT, e.phrase(), List.of(), e);
    }

    static Refusal of(StoreException e) {
        return new Refusal(reasonOf(e.problem()), e.phrase(), List.of(), e);
    }

    static Refusal of(StoreException e, List<Phrase> waysBack) {
        return new Refusal(reasonOf(e.problem()), e.phrase(), waysBack, e);
    }

    private static Reason reasonOf(StoreException.Problem problem) {
        return switch (problem) {
            case BAD_VALUE -> Reason.DAMAGED_ROWS;
            case NOT_A_LOGBOOK, OTHER_PROGRAM, NEWER_VERSION, DAMAGED -> Reason.REFUSED_LOGBOOK;
            case ALREADY_OPEN -> Reason.ALREADY_OPEN;
            case READ_ONLY -> Reason.READ_ONLY;
            case OWN_FILE -> Reason.BAD_INPUT;
            default -> Reason.OTHER;
        };
    }

    public Reason reason() {
        return reason;
    }

    public Phrase phrase() {
        return phrase;
    }

    /** What the user can do about it, each said as a sentence with the command or the button that does it. */
    public List<Phrase> waysBack() {
        return waysBack;
    }

    /** What is wrong, then the ways back, one per line, in the language of {@code texts}. */
    public String words(Texts texts) {
        StringBuilder words = new StringBuilder(phrase.in(texts));
        waysBack.forEach(way -> words.append('\n').append(way.in(texts)));
        return words.toString();
    }
}
