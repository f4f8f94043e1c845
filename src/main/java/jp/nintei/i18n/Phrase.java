package jp.nintei.i18n;

import java.util.Arrays;
import java.util.List;

/**
 * Words to say, as a bundle key and its arguments, put into a language only when they are shown: a message made on
 * one thread in one language can be shown in the other after a switch. An argument that is itself a phrase is worded
 * in the same language.
 */
public record Phrase(String key, Object... args) {

    public Phrase {
        args = args.clone();
    }

    /** Text that is already words (a file's own message): shown as it is, in any language. */
    public static Phrase verbatim(String text) {
        return new Phrase("text.verbatim", text);
    }

    /** Phrases said one after another, separated as the language separates a list. */
    public static Phrase joined(List<Phrase> phrases) {
        return new Phrase("text.joined", new Joined(phrases));
    }

    /** A list worded lazily: each phrase in the language, joined with the language's separator. */
    private record Joined(List<Phrase> phrases) {
    }

    /** The phrase in the language of {@code texts}. */
    public String in(Texts texts) {
        Object[] worded = Arrays.stream(args).map(a -> a instanceof Phrase p ? p.in(texts)
                : a instanceof Joined j ? String.join(texts.text("list.separator"), j.phrases().stream()
                        .map(p -> p.in(texts)).toList()) : a).toArray();
        return texts.text(key, worded);
    }

    @Override
    public String toString() {
        return in(Texts.IN_ENGLISH);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Phrase p && key.equals(p.key) && Arrays.equals(args, p.args);
    }

    @Override
    public int hashCode() {
        return 31 * key.hashCode() + Arrays.hashCode(args);
    }
}
