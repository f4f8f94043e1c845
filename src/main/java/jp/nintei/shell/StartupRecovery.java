package jp.nintei.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import jp.nintei.store.LogbookRepair;
import jp.nintei.ui.*;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import jp.nintei.store.Backups;
import jp.nintei.store.LogbookStore;
import jp.nintei.store.RefusedFileException;
import jp.nintei.store.StoreException;

/**
 * Opening the logbook at start-up, and the way back when it is refused: the latest automatic backup, restored only
 * when the user says so. The refused file is never changed; a restore moves it into the backups folder.
 */
final class StartupRecovery {

    /**
     * What happened when opening.
     *
     * @param store  the open logbook, or null when it could not be opened
     * @param error  why not
     * @param backup the backup that could replace a refused logbook
     */
    record Outcome(LogbookStore store, StoreException error, Optional<Path> backup) {
    }

    /** What the start-up dialog offers for a logbook it could not open. */
    enum Choice { SET_ASIDE, RESTORE, QUIT }

    /**
     * The choices for a refused logbook, in the order shown. Setting the damaged rows aside keeps everything else
     * (offered when only some values are bad); restoring loses what was logged since the backup. The default, what
     * Enter does, is always {@link Choice#QUIT}: nothing is replaced unless the user chooses it.
     */
    static List<Choice> choices(Outcome outcome) {
        List<Choice> choices = new ArrayList<>();
        if (outcome.error() != null && outcome.error().problem() == StoreException.Problem.BAD_VALUE) {
            choices.add(Choice.SET_ASIDE);
        }
        if (outcome.backup().isPresent()) {
            choices.add(Choice.RESTORE);
        }
        choices.add(Choice.QUIT);
        return choices;
    }

    static final Choice DEFAULT = Choice.QUIT;

    /** Sets the damaged rows aside (kept in a CSV file, with a copy of the whole logbook) and opens the rest. */
    static LogbookStore setAside(Path file, LocalDateTime now, Consumer<
            LogbookRepair.SetAside> onDone) {
        onDone.accept(LogbookRepair.setAsideDamagedRows(file, now));
        return LogbookStore.open(file);
    }

    private StartupRecovery() {
    }

    /**
     * Opens the logbook for the window; with {@code checkFirst}, with every check first (else the page and value check
     * is left for after the gauges: {@link LogbookStore#openForUse}).
     */
    static Outcome open(Path file, boolean checkFirst) {
        try {
            return new Outcome(checkFirst ? LogbookStore.open(file)
                    : LogbookStore.openForUse(file), null, Optional.empty());
        } catch (RefusedFileException e) {
            // a logbook from a newer Nintei needs that Nintei; an older backup would lose what it wrote
            return new Outcome(null, e, e.problem() == StoreException.Problem.NEWER_VERSION ? Optional.empty()
                    : Backups.latest(file));
        } catch (StoreException e) {
            return new Outcome(null, e, Optional.empty());
        }
    }

    /** Restores {@code backup} over the refused logbook and opens it. */
    static LogbookStore restore(Path file, Path backup, LocalDateTime now) {
        Backups.restoreFile(file, backup, now);
        return LogbookStore.open(file);
    }
}
