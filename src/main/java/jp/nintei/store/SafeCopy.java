package jp.nintei.store;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;
import jp.nintei.files.TempFiles;
import org.sqlite.SQLiteConnection;

/**
 * Copies of a logbook that cannot replace anything until they are known to be whole: written to a temporary file
 * created owner-only from its first byte, turned into a plain (non-WAL) file that opens even in a read-only folder,
 * checked ({@code integrity_check}, the same row counts as the source), and only then moved over the target in one
 * atomic rename. Whatever fails on the way, the target — an older backup, or the logbook — is untouched and the
 * temporary file is gone.
 */
final class SafeCopy {

    private SafeCopy() {
    }

    /**
     * Writes a consistent copy of the open logbook into {@code target} (an existing empty file, or none) with SQLite's
     * online backup API, and returns the row counts of what it copied: both are read in one read transaction, so a
     * write by another connection in between cannot make them disagree. Every step's result is checked: a full disk or
     * an unwritable file fails here.
     */
    static RowCounts onlineBackup(Database db, Path target) {
        return db.read(c -> {
            RowCounts counts = RowCounts.of(c); // opens the read transaction the backup then copies
            int rc = ((SQLiteConnection) c).getDatabase().backup("main", target.toString(), null);
            if (rc != 0) {
                throw StoreException.of("backupFailedCode", target, rc);
            }
            return counts;
        });
    }

    /**
     * A consistent copy of the open logbook at {@code target}, verified before it replaces anything. Its verification
     * is as deep as the check the open may have left for later, on the same pages: where that check has not run yet,
     * the copy's stands for it ({@link DeferredCheck#standIn}), and a logbook is not read twice from end to end.
     */
    static void backup(Database source, Path target) {
        Path temp = newTemp(target);
        try {
            RowCounts counts = onlineBackup(source, temp);
            source.deferred.standIn(source.file(), source.writable(), () -> verify(temp, counts));
            moveAtomically(temp, target);
        } finally {
            deleteQuietly(temp);
        }
    }

    /**
     * A verified copy of the logbook file {@code source} (read through SQLite, so a {@code -wal} beside it counts) at
     * {@code target}; returns its row counts.
     */
    static RowCounts copyFile(Path source, Path target) {
        Path temp = newTemp(target);
        try {
            RowCounts expected;
            SQLiteConfig config = new SQLiteConfig();
            config.setReadOnly(true);
            try (Connection c = config.createConnection("jdbc:sqlite:" + source.toAbsolutePath())) {
                expected = RowCounts.of(c);
                int rc = ((SQLiteConnection) c).getDatabase().backup("main", temp.toString(), null);
                if (rc != 0) {
                    throw StoreException.of("copyFailedCode", source, rc);
                }
            } catch (SQLException e) {
                throw StoreException.of(e, "copyFailed", source, e.getMessage());
            }
            verify(temp, expected);
            moveAtomically(temp, target);
            return expected;
        } finally {
            deleteQuietly(temp);
        }
    }

    /** An empty owner-only file beside {@code target}, with a name no other copy uses. */
    static Path newTemp(Path target) {
        Path dir = target.toAbsolutePath().getParent();
        DataFiles.createPrivateDirectories(dir);
        try {
            return TempFiles.create(dir, "db");
        } catch (IOException e) {
            throw StoreException.of(e, "cannotWriteCopy", dir, DataFiles.reason(e));
        }
    }

    /**
     * The copy must be a whole Nintei logbook holding {@code expected}, every value within its rule: its pages, indexes
     * and CHECKs ({@code integrity_check} on a writable connection, which tests them) and the rules the CHECKs do not
     * hold ({@link LogbookChecks#inspect}). It is left as a plain rollback-journal file.
     */
    static void verify(Path copy, RowCounts expected) {
        try (Connection c = new SQLiteConfig().createConnection("jdbc:sqlite:" + copy)) {
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA journal_mode = DELETE"); // its answer read and closed before the checks
            }
            try {
                LogbookChecks.inspect(copy, c, true, Migrations.latest(), "PRAGMA integrity_check");
            } catch (RefusedFileException e) {
                throw StoreException.of(e, "copyNotWhole", copy, e.phrase());
            }
            RowCounts found = RowCounts.of(c);
            if (!found.equals(expected)) {
                throw StoreException.of("copyCounts", found.jobs(), found.messages(), found.reviews(), expected.jobs(),
                        expected.messages(), expected.reviews());
            }
        } catch (SQLException e) {
            throw StoreException.of(e, "copyUnreadable", copy, e.getMessage());
        }
        DataFiles.makePrivate(copy);
    }

    static void moveAtomically(Path from, Path to) {
        try {
            try {
                Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw StoreException.of(e, "cannotMove", from, to, DataFiles.reason(e));
        }
    }

    static void deleteQuietly(Path file) {
        for (String suffix : new String[] {"", "-journal", "-wal", "-shm"}) {
            try {
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
            } catch (IOException ignored) {
                // a temporary file left behind is removed at the next start
            }
        }
    }

    /** Removes temporary copies a killed process left in {@code dir} (Nintei's own names only). */
    static void clearStale(Path dir) {
        TempFiles.clearStale(dir);
    }
}
