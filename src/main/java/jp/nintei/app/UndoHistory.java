package jp.nintei.app;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import jp.nintei.i18n.Phrase;
import jp.nintei.domain.RecordKind;
import jp.nintei.domain.Settings;
import jp.nintei.store.LogbookStore;
import jp.nintei.store.RowEdit;

/**
 * The changes made to one logbook in this session, to take back (Undo) and make again (Redo). Each step holds the
 * change that takes it back; applying that returns the change that makes it again, so Undo and Redo are the same
 * operation. At most {@link #LIMIT} steps are kept. Used only on the store's thread, in the order of the changes.
 */
public final class UndoHistory {

    static final int LIMIT = 50;

    /** A change to the logbook that, applied, returns the change that takes it back. */
    interface Reversal {
        Reversal apply(LogbookStore store);
    }

    /** Rows of one kind put back or removed. */
    record Rows<T>(RecordKind<T> kind, RowEdit<T> edit) implements Reversal {
        @Override
        public Reversal apply(LogbookStore store) {
            return new Rows<>(kind, store.records(kind).apply(edit));
        }
    }

    /** The settings as they were. */
    record SettingsAsThey(Settings settings) implements Reversal {
        @Override
        public Reversal apply(LogbookStore store) {
            Settings before = store.settings().load();
            store.settings().save(settings);
            return new SettingsAsThey(before);
        }
    }

    /** One step: what it did, in words, and how to take it back. */
    private record Step(Phrase phrase, Reversal reversal) {
    }

    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();

    /** A change was made: it can be undone, and whatever was undone before it can no longer be redone. */
    void done(Phrase phrase, Reversal takeBack) {
        undo.push(new Step(phrase, takeBack));
        if (undo.size() > LIMIT) {
            undo.removeLast();
        }
        redo.clear();
    }

    /** Takes back the last change; returns what it was, or nothing when there is none. */
    Optional<Phrase> undo(LogbookStore store) {
        return move(store, undo, redo);
    }

    Optional<Phrase> redo(LogbookStore store) {
        return move(store, redo, undo);
    }

    private static Optional<Phrase> move(LogbookStore store, Deque<Step> from, Deque<Step> to) {
        Step step = from.peek();
        if (step == null) {
            return Optional.empty();
        }
        Reversal again = step.reversal().apply(store); // throws, keeping the step, when it cannot be applied
        from.pop();
        to.push(new Step(step.phrase(), again));
        return Optional.of(step.phrase());
    }

    void clear() {
        undo.clear();
        redo.clear();
    }

    /** What Undo and Redo would take back and make again, for the menu. */
    Labels labels() {
        return new Labels(Optional.ofNullable(undo.peek()).map(Step::phrase),
                Optional.ofNullable(redo.peek()).map(Step::phrase));
    }

    /** What Undo and Redo would take back and make again. */
    public record Labels(Optional<Phrase> undo, Optional<Phrase> redo) {
    }
}
