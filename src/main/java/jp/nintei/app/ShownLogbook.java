package jp.nintei.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import jp.nintei.i18n.Phrase;
import java.nio.file.Path;
import jp.nintei.store.SampleData;
import jp.nintei.store.DemoLogbook;
import jp.nintei.store.LogbookStore;

/**
 * Which logbook the screens show — the user's own, or a demo logbook of its own filled with sample data — each with
 * its own Undo history: back from the sample data, the user's history is there again.
 */
final class ShownLogbook {

    private final LogbookStore own;
    private final UndoHistory ownHistory = new UndoHistory();
    private volatile LogbookStore shown;
    private volatile UndoHistory history;

    /** What the store said that the user should hear (a replaced journal): taken by {@link #takeWarnings()}. */
    private final Queue<Phrase> warnings = new ConcurrentLinkedQueue<>();

    ShownLogbook(LogbookStore own) {
        this.own = own;
        this.shown = own;
        this.history = ownHistory;
        own.onWarning(e -> warnings.add(e.phrase()));
    }

    /** What the store said meanwhile that the user should hear; each once. */
    List<Phrase> takeWarnings() {
        List<Phrase> taken = new ArrayList<>();
        for (Phrase p; (p = warnings.poll()) != null; ) {
            taken.add(p);
        }
        return taken;
    }

    /** The user's own logbook, shown or not. */
    LogbookStore own() {
        return own;
    }

    /** The logbook shown. */
    LogbookStore store() {
        return shown;
    }

    UndoHistory history() {
        return history;
    }

    boolean demo() {
        return shown != own;
    }

    /** A demo logbook filled with {@code sample} is shown; the user's own stays open, as it was. */
    void openDemo(SampleData sample) {
        if (shown == own) {
            shown = DemoLogbook.create(sample);
            history = new UndoHistory();
        }
    }

    /** Back to the user's own logbook and its history; the demo logbook is closed and deleted. */
    void closeDemo() {
        LogbookStore demo = shown;
        if (demo != own) {
            shown = own;
            history = ownHistory;
            DemoLogbook.delete(demo);
        }
    }

    /** Opens the logbooks' files again (a file dialog may have dropped SQLite's locks). */
    void reopen() {
        own.reopen();
        if (shown != own) {
            shown.reopen();
        }
    }

    /**
     * A file the user chose, refused when it is one of the files of either logbook — the one shown and the user's own
     * behind the sample data — whatever it was chosen for: every use case that takes a chosen file asks here (a
     * backup of the sample data once replaced the user's own logbook, because only the shown one was asked about).
     */
    Path chosen(Path chosen, LogbookStore.Purpose what) {
        own.refuseOwnFile(chosen.toAbsolutePath(), what);
        shown.refuseOwnFile(chosen.toAbsolutePath(), what);
        return chosen;
    }
}
