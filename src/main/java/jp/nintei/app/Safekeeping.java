package jp.nintei.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import jp.nintei.i18n.Phrase;
import jp.nintei.store.Backups;
import jp.nintei.store.LogbookRepair;
import jp.nintei.store.LogbookStore;
import jp.nintei.store.RefusedFileException;
import jp.nintei.store.StoreException;
import jp.nintei.store.LogbookLocation;

/** Keeping a logbook safe: a backup where the user says, a restore from one, and the repair of a damaged logbook. */
public final class Safekeeping {

    private Safekeeping() {
    }

    /** A consistent, checked copy of the logbook at {@code target} (SQLite's online backup API). */
    public static void backupTo(OpenLogbook logbook, Path target) {
        try {
            logbook.store.backupTo(target);
        } catch (StoreException e) {
            throw Refusal.of(e);
        }
    }

    /** What a restore did: the logbook restored, and where the one it replaced is kept (when there was one). */
    public record Restored(Path logbook, Optional<Path> kept) {
    }

    /**
     * Replaces the logbook at {@code file}, which no Nintei has open, with a checked backup; the logbook it replaces is
     * kept in the backups folder. The restored logbook is then opened once (its schema brought up to date).
     */
    public static Restored restore(Path file, Path backup, Clock clock) {
        try {
            Optional<Path> kept = Backups.restoreFile(file, backup, LocalDateTime.now(clock));
            try (LogbookStore store = LogbookStore.open(file, LocalDate.now(clock))) {
                return new Restored(store.file(), kept);
            }
        } catch (StoreException e) {
            throw Refusal.of(e);
        }
    }

    /** What a repair did: the rows set aside (none when none was damaged), and what else it said. */
    public record Repaired(Optional<SetAside> setAside, List<Phrase> notices) {
    }

    /** How many rows were set aside, the CSV file that holds them, and the copy of the whole logbook kept. */
    public record SetAside(int rows, Path csv, Path keptCopy) {
    }

    /**
     * Sets aside the rows holding values Nintei cannot read — into a CSV file beside a copy of the whole logbook — and
     * recounts the totals; the rest of the logbook stays as it is.
     */
    public static Repaired repair(Path file, Clock clock) {
        if (!Files.exists(file)) {
            throw new Refusal(Refusal.Reason.OTHER, new Phrase("app.noLogbook", file.toAbsolutePath(),
                    LogbookLocation.ENV_VARIABLE));
        }
        try {
            Optional<SetAside> setAside = Optional.empty();
            try (LogbookStore store = LogbookStore.open(file, LocalDate.now(clock))) {
                store.recountTotals(LocalDateTime.now(clock));
                return new Repaired(setAside, store.takeNotices());
            } catch (RefusedFileException e) {
                if (e.problem() != StoreException.Problem.BAD_VALUE) {
                    throw Refusal.of(e, OpenLogbook.waysBack(file, e));
                }
            }
            LogbookRepair.SetAside done = LogbookRepair.setAsideDamagedRows(file, LocalDateTime.now(clock));
            setAside = Optional.of(new SetAside(done.rows(), done.csv(), done.keptCopy()));
            try (LogbookStore store = LogbookStore.open(file, LocalDate.now(clock))) {
                return new Repaired(setAside, store.takeNotices());
            }
        } catch (StoreException e) {
            throw Refusal.of(e);
        }
    }
}
