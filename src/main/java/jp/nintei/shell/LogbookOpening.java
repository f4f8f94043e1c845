package jp.nintei.shell;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.concurrent.CompletableFuture;
import jp.nintei.app.Measurement;

/**
 * The logbook's opening on the store's own thread — begun as soon as the start knows the file, while JavaFX starts
 * (a core is mostly idle then), and taken by the window's {@link NinteiApp#openIn} on the same file.
 *
 * @param runner  the thread that opens the logbook, then serves the window
 * @param outcome the logbook opened, or why not
 */
public record LogbookOpening(Path file, FxTaskRunner runner, CompletableFuture<StartupRecovery.Outcome> outcome) {

    /** Begun by a start before JavaFX runs; null once taken. */
    private static LogbookOpening ahead;

    /** Begins opening {@code file} now, for the window that JavaFX is about to show (as Main's start does). */
    public static synchronized LogbookOpening ahead(Path file) {
        ahead = begin(file, false, discard(ahead));
        return ahead;
    }

    /**
     * The opening of {@code file}: the one begun ahead when it is of that file (and no check is wanted first), else
     * one begun now. {@code checkFirst}: with every check before the window (see {@link StartupRecovery#open}).
     */
    static synchronized LogbookOpening of(Path file, boolean checkFirst) {
        LogbookOpening taken = ahead;
        ahead = null;
        if (taken != null && !checkFirst && taken.file.equals(file)) {
            return taken;
        }
        return begin(file, checkFirst, discard(taken));
    }

    /** Begins opening {@code file} once {@code closed} is done (the logbook of an opening no window took, closed). */
    private static LogbookOpening begin(Path file, boolean checkFirst, CompletableFuture<?> closed) {
        FxTaskRunner runner = new FxTaskRunner();
        return new LogbookOpening(file, runner, runner.ahead(() -> {
            closed.handle((done, failed) -> done).join(); // never two openings of one logbook at once
            StartupRecovery.Outcome outcome = StartupRecovery.open(file, checkFirst);
            try {
                // the window's stand-in before its first measure (an empty logbook by the default rules) parses the
                // built-in profiles and runs the engine for the first time: done here, it no longer takes 25-35 ms of
                // the FX thread before the first measure can even be asked for
                Measurement.before(ZonedDateTime.now());
            } catch (RuntimeException | Error e) {
                if (outcome.store() != null) { // said by the window; the logbook is not left open behind it
                    outcome.store().close();
                }
                throw e;
            }
            return outcome;
        }));
    }

    /** An opening no window took: its logbook is closed, and its thread ends; done once it is closed. */
    private static CompletableFuture<?> discard(LogbookOpening unused) {
        if (unused == null) {
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<?> closed = unused.outcome.thenAcceptAsync(o -> {
            if (o.store() != null) {
                o.store().close();
            }
        }, task -> Thread.ofPlatform().daemon().start(task)); // not on the caller's thread (the FX thread)
        Thread.ofPlatform().daemon().start(unused.runner::close); // after the open it runs, not holding the caller
        return closed;
    }
}
