package jp.nintei.shell;

import jp.nintei.ui.*;
import java.nio.file.Path;
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

    private StartupRecovery() {
    }

    static Outcome open(Path file) {
        try {
            return new Outcome(LogbookStore.open(file), null, Optional.empty());
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
