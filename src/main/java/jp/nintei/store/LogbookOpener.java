package jp.nintei.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sqlite.SQLiteConfig;
import java.time.LocalDateTime;
import jp.nintei.i18n.Phrase;
import org.sqlite.SQLiteJDBCLoader;

/**
 * Opening a logbook file: what kind of file it is (decided before anything is created or locked beside it), the one
 * writer's lock, that it is a Nintei logbook this version can open ({@link LogbookChecks}), its permissions, and the
 * upgrade to the latest schema ({@link Migrations}). Whatever it refuses is left exactly as it was.
 */
final class LogbookOpener {

    private static final String QUICK_CHECK = "PRAGMA quick_check";

    private LogbookOpener() {
    }

    /**
     * Opens the logbook for writing, creating it (and its folder, owner-only) when there is none. With
     * {@code deepCheck}, every page is read ({@code quick_check}) and every value checked; with {@code totalsCheck}
     * (the first use of a day) the derived totals are recounted from the rows, and rebuilt when they disagree.
     */
    static Database open(Path file, List<List<String>> migrations, boolean deepCheck, boolean totalsCheck) {
        return open(file, migrations, deepCheck, totalsCheck, false);
    }

    /**
     * As above; with {@code checkLater}, the page and value check is left to the database ({@link DeferredCheck}),
     * to be run before its first write. A logbook is never upgraded unchecked: one whose schema is older is checked
     * before its migrations, whatever was asked.
     */
    static Database open(Path file, List<List<String>> migrations, boolean deepCheck, boolean totalsCheck,
                         boolean checkLater) {
        Path absolute = file.toAbsolutePath();
        refuseOtherKinds(absolute); // before a lock file or a folder is made beside a pipe, device or folder
        if (absolute.getParent() != null) {
            DataFiles.createPrivateDirectories(absolute.getParent());
            if (!Files.isWritable(absolute.getParent())) {
                throw new StoreException(StoreException.Problem.READ_ONLY, absolute, null, "folderReadOnly",
                        absolute.getParent(), absolute.getFileName());
            }
            SafeCopy.clearStale(absolute.getParent()); // copies a restore killed half-way left beside the logbook
        }
        WriterLock lock = WriterLock.acquire(absolute);
        try {
            return open(absolute, migrations, lock, deepCheck, totalsCheck, checkLater);
        } catch (RuntimeException e) {
            lock.release();
            throw e;
        }
    }

    private static Database open(Path absolute, List<List<String>> migrations, WriterLock lock, boolean deepCheck,
                                 boolean totalsCheck, boolean checkLater) {
        boolean existed = Files.exists(absolute);
        List<Phrase> notices = new ArrayList<>();
        if (existed && LogbookChecks.isEmptyFile(absolute)) {
            if (Backups.latest(absolute).isPresent()) {
                // a logbook that was used has backups: an empty file in its place is damage, not a new start
                throw new RefusedFileException(StoreException.Problem.DAMAGED, absolute, "emptyWithBackups", absolute);
            }
            DataFiles.makePrivate(absolute);
            existed = false;
        } else if (existed) {
            LogbookChecks.checkHeader(absolute);
            if (!Files.isWritable(absolute)) {
                throw new StoreException(StoreException.Problem.READ_ONLY, absolute, null, "fileReadOnly", absolute);
            }
        } else {
            DataFiles.createPrivateFile(absolute);
        }
        notices.addAll(DataFiles.makeLogbookPrivate(absolute));
        Connection connection = connect(absolute, false);
        try {
            boolean checkNow = deepCheck || checkLater && totalsCheck;
            LogbookChecks.inspect(absolute, connection, existed, migrations.size(), checkNow ? QUICK_CHECK : null);
            if (!checkNow && existed && LogbookChecks.intPragma(connection, "user_version") < migrations.size()) {
                LogbookChecks.inspect(absolute, connection, true, migrations.size(), QUICK_CHECK); // never upgraded unchecked
                checkNow = true;
            }
            try (Statement st = connection.createStatement()) {
                st.execute("PRAGMA journal_mode = WAL");
                st.execute("PRAGMA synchronous = FULL");
                // 32 MB of page cache instead of 2: a 500,000-row import takes 8.7 s instead of 10.5 (the benchmark)
                st.execute("PRAGMA cache_size = -32768");
            }
            MigrationRunner.upgrade(connection, migrations);
            notices.addAll(DataFiles.makeLogbookPrivate(absolute)); // the -wal and -shm SQLite made just now
            Database db = new Database(absolute, connection, lock, () -> connect(absolute, false));
            db.noticed(notices);
            if (checkLater && existed && !checkNow) {
                db.deferred.leave(QUICK_CHECK);
            }
            if (totalsCheck && migrations.size() == Migrations.latest()) {
                TotalsCheck.repair(db, LocalDateTime.now(), true);
            }
            return db;
        } catch (SQLException e) {
            closeQuietly(connection);
            throw StoreException.of(e, "openFailed", absolute, e.getMessage());
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    /**
     * Opens an existing, up-to-date logbook for reading only, without the writer lock: {@code summary}, {@code get}
     * and {@code export} work while the app has the logbook open. Nothing is created, migrated or cleaned; a write
     * through it is refused. Empty when the logbook must first be opened the usual way: its schema is older (it must
     * be upgraded), or the deep check finds totals that disagree with the rows (they must be rebuilt).
     */
    static Optional<Database> openForReadingOnly(Path file, boolean deepCheck) {
        Path absolute = file.toAbsolutePath();
        refuseOtherKinds(absolute);
        if (!Files.exists(absolute) || LogbookChecks.isEmptyFile(absolute)) {
            return Optional.empty(); // a new, empty logbook: the normal open decides what it is
        }
        if (absolute.getParent() != null && !Files.isWritable(absolute.getParent())) {
            return Optional.empty(); // SQLite could not make the shared-memory file: the usual open explains
        }
        LogbookChecks.checkHeader(absolute);
        Connection connection = connect(absolute, true);
        try {
            LogbookChecks.inspect(absolute, connection, true, Migrations.latest(), null);
            if (LogbookChecks.intPragma(connection, "user_version") < Migrations.latest()) {
                closeQuietly(connection);
                return Optional.empty(); // the usual open checks it before it upgrades it
            }
            if (deepCheck && !totalsAgree(absolute, connection)) {
                // a damaged logbook is named here, with its ways back, even where the app holds it open
                LogbookChecks.inspect(absolute, connection, true, Migrations.latest(), QUICK_CHECK);
                closeQuietly(connection);
                return Optional.empty();
            }
            Database db = new Database(absolute, connection, null, () -> connect(absolute, true));
            if (deepCheck) { // the day's backup follows at once, and the copy's verification stands for the check
                db.deferred.leave(QUICK_CHECK);
            }
            return Optional.of(db);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection);
            if (e instanceof RuntimeException r) {
                throw r;
            }
            throw StoreException.of(e, "openFailed", absolute, e.getMessage());
        }
    }

    /**
     * Whether the derived totals agree with the rows. A page SQLite cannot read on the way is the page check's to
     * name: it runs then, and refuses the logbook with the ways back.
     */
    private static boolean totalsAgree(Path absolute, Connection connection) throws SQLException {
        try {
            return TotalsCheck.findings(connection).isEmpty();
        } catch (SQLException e) {
            LogbookChecks.inspect(absolute, connection, true, Migrations.latest(), QUICK_CHECK);
            throw e;
        }
    }

    /**
     * Checks, without writing to it, that {@code file} is a whole Nintei logbook this version can open
     * ({@code PRAGMA integrity_check}): what a backup must pass before it is restored.
     */
    static void verify(Path file) {
        Path absolute = file.toAbsolutePath();
        if (!Files.exists(absolute)) {
            throw new RefusedFileException(StoreException.Problem.NOT_A_LOGBOOK, absolute, "noSuchFile", absolute);
        }
        refuseOtherKinds(absolute);
        LogbookChecks.checkHeader(absolute);
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c = config.createConnection("jdbc:sqlite:" + absolute)) {
            LogbookChecks.inspect(absolute, c, true, Migrations.latest(), "PRAGMA integrity_check");
            if (LogbookChecks.intPragma(c, "application_id") != Migrations.APPLICATION_ID) {
                throw new RefusedFileException(StoreException.Problem.NOT_A_LOGBOOK, absolute, "not_a_logbook",
                        absolute);
            }
        } catch (SQLException e) {
            throw new RefusedFileException(StoreException.Problem.DAMAGED, absolute, "unreadable", absolute,
                    e.getMessage());
        }
    }

    /** A folder, a pipe or a device is never a logbook: refused before anything is made beside it. */
    static void refuseOtherKinds(Path absolute) {
        if (Files.exists(absolute) && !Files.isRegularFile(absolute)) {
            throw new RefusedFileException(StoreException.Problem.NOT_A_LOGBOOK, absolute, Files.isDirectory(absolute)
                    ? "isFolder" : "notRegular", absolute);
        }
        if (Files.isSymbolicLink(absolute) && !Files.exists(absolute)) {
            throw new RefusedFileException(StoreException.Problem.NOT_A_LOGBOOK, absolute, "danglingLink", absolute);
        }
    }

    static Connection connect(Path file, boolean readOnly) {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(5000);
        if (readOnly) {
            config.setReadOnly(true);
        } else {
            config.enforceForeignKeys(true);
        }
        try {
            return config.createConnection("jdbc:sqlite:" + file);
        } catch (SQLException e) {
            if (!nativeLibraryLoads()) {
                throw nativeLibraryMissing(e);
            }
            throw StoreException.of(e, "openFailed", file, e.getMessage());
        } catch (LinkageError | IllegalStateException e) {
            throw nativeLibraryMissing(e);
        }
    }

    private static boolean nativeLibraryLoads() {
        try {
            return SQLiteJDBCLoader.initialize();
        } catch (Exception | LinkageError e) {
            return false;
        }
    }

    private static StoreException nativeLibraryMissing(Throwable cause) {
        Path folder = Path.of(System.getProperty("org.sqlite.tmpdir", System.getProperty("java.io.tmpdir")));
        return new StoreException(StoreException.Problem.NATIVE_LIBRARY, folder, cause, "native_library", folder);
    }

    static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // nothing left to do with a connection that will not close
        }
    }
}
