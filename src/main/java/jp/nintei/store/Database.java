package jp.nintei.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.sqlite.SQLiteConfig;

/**
 * One open logbook file. Opening checks that the file is a Nintei logbook this version understands and refuses
 * anything else without writing to it; then it upgrades the schema by {@link Migrations}. All access goes through
 * {@link #read} and {@link #write}, one at a time; every write is one transaction.
 */
public final class Database implements AutoCloseable {

    /** Work on the connection. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }


    /** Runs before every read and write; the window tests install one that fails a store call on the FX thread. */
    private static volatile Runnable accessCheck = () -> { };

    private final Path file;
    private final Connection connection;
    /** The engine's few queries, prepared once: preparing them cost more than running them. */
    private final java.util.Map<String, java.sql.PreparedStatement> prepared = new java.util.HashMap<>();
    private final WriterLock lock;

    private Database(Path file, Connection connection, WriterLock lock) {
        this.file = file;
        this.connection = connection;
        this.lock = lock;
    }

    /**
     * Opens the logbook at {@code file}, creating it (and its folder, owner-only) when it does not exist. Only one
     * Nintei process at a time may have a logbook open: another one waits briefly, then is refused.
     */
    public static Database open(Path file) {
        return open(file, Migrations.ALL, true);
    }

    /**
     * Opens the logbook with {@code quick_check} or, when {@code deepCheck} is false, without it (it reads every page:
     * a second on a big logbook); the other checks run either way, and reading a damaged page still fails.
     */
    static Database open(Path file, boolean deepCheck) {
        return open(file, Migrations.ALL, deepCheck);
    }

    /**
     * Opens an existing, up-to-date logbook for reading only, without the writer lock: {@code summary}, {@code get}
     * and {@code export} work while the app has the logbook open. Nothing is created, migrated or cleaned; a write
     * through it is refused. Returns empty when the logbook's schema is older than this version's (it must be
     * upgraded first, which needs the lock).
     */
    static java.util.Optional<Database> openForReadingOnly(Path file, boolean deepCheck) {
        Path absolute = file.toAbsolutePath();
        if (!Files.isRegularFile(absolute)) {
            throw new RefusedFileException(StoreException.Problem.NOT_A_LOGBOOK, absolute, absolute + " is not a file (a "
                    + "folder, a pipe or a device), so it cannot be a logbook. It was left untouched.");
        }
        if (LogbookChecks.isEmptyFile(absolute)) {
            return java.util.Optional.empty(); // a new, empty logbook: the normal open decides what it is
        }
        if (absolute.getParent() != null && !Files.isWritable(absolute.getParent())) {
            return java.util.Optional.empty(); // SQLite could not make the shared-memory file: the usual open explains
        }
        LogbookChecks.checkHeader(absolute);
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(5000);
        Connection connection;
        try {
            connection = config.createConnection("jdbc:sqlite:" + absolute);
        } catch (SQLException e) {
            throw new StoreException("Cannot open the logbook " + absolute + ": " + e.getMessage(), e);
        }
        try {
            LogbookChecks.inspect(absolute, connection, true, Migrations.ALL.size(),
                    deepCheck ? "PRAGMA quick_check" : null);
            if (LogbookChecks.intPragma(connection, "user_version") < Migrations.ALL.size()) {
                closeQuietly(connection);
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(new Database(absolute, connection, null));
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection);
            if (e instanceof RuntimeException r) {
                throw r;
            }
            throw new StoreException("Cannot open the logbook " + absolute + ": " + e.getMessage(), e);
        }
    }

    static Database open(Path file, List<List<String>> migrations) {
        return open(file, migrations, true);
    }

    private static Database open(Path file, List<List<String>> migrations, boolean deepCheck) {
        Path absolute = file.toAbsolutePath();
        if (absolute.getParent() != null) {
            DataFiles.createPrivateDirectories(absolute.getParent());
            if (!Files.isWritable(absolute.getParent())) {
                throw new StoreException("The folder " + absolute.getParent() + " cannot be written to (it is read-only)."
                        + " Nintei keeps its lock and journal beside the logbook: copy " + absolute.getFileName()
                        + " to a folder you can write to and open it there (--db FILE). Nothing was changed.");
            }
        }
        if (absolute.getParent() != null) {
            SafeCopy.clearStale(absolute.getParent()); // copies a restore killed half-way left beside the logbook
        }
        WriterLock lock = WriterLock.acquire(absolute);
        try {
            return open(absolute, migrations, lock, deepCheck);
        } catch (RuntimeException e) {
            lock.release();
            throw e;
        }
    }

    private static Database open(Path absolute, List<List<String>> migrations, WriterLock lock, boolean deepCheck) {
        boolean existed = Files.exists(absolute);
        if (existed && !Files.isRegularFile(absolute)) {
            throw new RefusedFileException(StoreException.Problem.NOT_A_LOGBOOK, absolute, absolute + " is not a file (a "
                    + "folder, a pipe or a device), so it cannot be a logbook. It was left untouched.");
        }
        if (existed && LogbookChecks.isEmptyFile(absolute)) {
            if (Backups.latest(absolute).isPresent()) {
                // a logbook that was used has backups: an empty file in its place is damage, not a new start
                throw new RefusedFileException(StoreException.Problem.DAMAGED, absolute, absolute + " is empty (0 bytes),"
                        + " but it has backups: it was a logbook once and lost its content. It was left untouched.");
            }
            DataFiles.makePrivate(absolute);
            existed = false;
        } else if (existed) {
            LogbookChecks.checkHeader(absolute);
        } else {
            DataFiles.createPrivateFile(absolute);
        }
        Connection connection = connect(absolute);
        try {
            LogbookChecks.inspect(absolute, connection, existed, migrations.size(), deepCheck ? "PRAGMA quick_check" : null);
            try (Statement st = connection.createStatement()) {
                st.execute("PRAGMA journal_mode = WAL");
                st.execute("PRAGMA synchronous = FULL");
                // 32 MB of page cache instead of 2: a 500,000-row import takes 8.7 s instead of 10.5 (the benchmark)
                st.execute("PRAGMA cache_size = -32768");
            }
            migrate(connection, migrations);
            return new Database(absolute, connection, lock);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new StoreException("Cannot open the logbook " + absolute + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    /**
     * Checks, without writing to it, that {@code file} is a whole Nintei logbook this version can open
     * ({@code PRAGMA integrity_check}): what a backup must pass before it is restored.
     */
    public static void verify(Path file) {
        Path absolute = file.toAbsolutePath();
        if (!Files.isRegularFile(absolute)) {
            throw new RefusedFileException(absolute + ": no such file");
        }
        LogbookChecks.checkHeader(absolute);
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c = config.createConnection("jdbc:sqlite:" + absolute)) {
            LogbookChecks.inspect(absolute, c, true, Migrations.latest(), "PRAGMA integrity_check");
            if (LogbookChecks.intPragma(c, "application_id") != Migrations.APPLICATION_ID) {
                throw new RefusedFileException(absolute + " is not a Nintei logbook. It was left untouched.");
            }
        } catch (SQLException e) {
            throw new RefusedFileException(absolute + " cannot be read as a logbook (" + e.getMessage() + ").");
        }
    }

    public Path file() {
        return file;
    }

    /** Installs {@code check} to run before every read and write of every logbook (a test's thread check). */
    public static void checkEveryAccess(Runnable check) {
        accessCheck = check == null ? () -> { } : check;
    }

    public synchronized <T> T read(SqlWork<T> work) {
        accessCheck.run();
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StoreException("Could not read the logbook: " + e.getMessage(), e);
        }
    }

    /** Runs {@code work} in one transaction: all of it is written, or nothing. */
    public synchronized <T> T write(SqlWork<T> work) {
        accessCheck.run();
        checkWriter();
        try {
            return inTransaction(connection, work);
        } catch (SQLException e) {
            throw new StoreException("Could not save to the logbook: " + e.getMessage(), e);
        }
    }

    /** A write needs the writer lock, still held on the lock file that is there. */
    private void checkWriter() {
        if (lock == null) {
            throw new StoreException("The logbook " + file + " was opened for reading only; nothing was written.");
        }
        lock.check();
    }

    /** A prepared statement kept for the life of the connection; use it only inside {@link #read} or {@link #write}. */
    java.sql.PreparedStatement prepared(String sql) throws SQLException {
        java.sql.PreparedStatement st = prepared.get(sql);
        if (st == null) {
            st = connection.prepareStatement(sql);
            prepared.put(sql, st);
        }
        return st;
    }

    @Override
    public synchronized void close() {
        for (java.sql.PreparedStatement st : prepared.values()) {
            try {
                st.close();
            } catch (SQLException ignored) {
                // closing the connection frees it anyway
            }
        }
        closeQuietly(connection);
        if (lock != null) {
            lock.release();
        }
    }

    /**
     * Writes a consistent copy of the open logbook into {@code target} (an existing empty file, or none) with SQLite's
     * online backup API, and returns the row counts of what it copied: both are read in one read transaction, so a
     * write by another connection in between cannot make them disagree. Every step's result is checked: a full disk or
     * an unwritable file fails here.
     */
    public synchronized RowCounts backupTo(Path target) {
        accessCheck.run();
        try {
            connection.setAutoCommit(false);
            try {
                RowCounts counts = RowCounts.of(connection); // opens the read transaction the backup then copies
                int rc = ((org.sqlite.SQLiteConnection) connection).getDatabase().backup("main", target.toString(), null);
                if (rc != 0) {
                    throw new StoreException("Could not back up the logbook to " + target + " (SQLite error " + rc
                            + "; is the disk full?)");
                }
                return counts;
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("Could not back up the logbook to " + target + ": " + e.getMessage(), e);
        }
    }

    /** Replaces the open logbook's content with {@code source} (already verified), then brings its schema up to date. */
    public synchronized void restoreFrom(Path source) {
        accessCheck.run();
        checkWriter();
        try {
            int rc = ((org.sqlite.SQLiteConnection) connection).getDatabase().restore("main", source.toString(), null);
            if (rc != 0) {
                throw new StoreException("Could not restore " + source + " (SQLite error " + rc + "). The logbook was "
                        + "left as it was.");
            }
            migrate(connection, Migrations.ALL);
        } catch (SQLException e) {
            throw new StoreException("Could not restore " + source + ": " + e.getMessage(), e);
        }
    }

    /** How many jobs, messages and reviews the open logbook holds. */
    RowCounts rowCounts() {
        return read(RowCounts::of);
    }

    int schemaVersion() {
        return read(c -> LogbookChecks.intPragma(c, "user_version"));
    }

    private static <T> T inTransaction(Connection connection, SqlWork<T> work) throws SQLException {
        connection.setAutoCommit(false);
        try {
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException rollbackFailed) {
                e.addSuppressed(rollbackFailed); // the first error is the one to tell (e.g. "disk is full")
            }
            throw e;
        } finally {
            try {
                connection.setAutoCommit(true);
            } catch (SQLException ignored) {
                // the connection is unusable; the error above says why
            }
        }
    }



    private static Connection connect(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(5000);
        try {
            return config.createConnection("jdbc:sqlite:" + file);
        } catch (SQLException e) {
            if (!nativeLibraryLoads()) {
                throw nativeLibraryMissing(e);
            }
            throw new StoreException("Cannot open the logbook " + file + ": " + e.getMessage(), e);
        } catch (LinkageError | IllegalStateException e) {
            throw nativeLibraryMissing(e);
        }
    }

    private static boolean nativeLibraryLoads() {
        try {
            return org.sqlite.SQLiteJDBCLoader.initialize();
        } catch (Exception | LinkageError e) {
            return false;
        }
    }

    private static StoreException nativeLibraryMissing(Throwable cause) {
        Path folder = Path.of(System.getProperty("org.sqlite.tmpdir", System.getProperty("java.io.tmpdir")));
        return new StoreException(StoreException.Problem.NATIVE_LIBRARY, folder, "Nintei could not load its SQLite "
                + "library. It unpacks it into " + folder + ": that folder must exist, be writable, and allow programs "
                + "to run.", cause);
    }




    private static void migrate(Connection c, List<List<String>> migrations) throws SQLException {
        int current = LogbookChecks.intPragma(c, "user_version");
        if (current == migrations.size()) {
            return;
        }
        // One transaction for the whole upgrade: a failure half-way leaves the old version intact.
        inTransaction(c, conn -> {
            try (Statement st = conn.createStatement()) {
                for (List<String> migration : migrations.subList(current, migrations.size())) {
                    for (String sql : migration) {
                        st.execute(sql);
                    }
                }
                st.execute("PRAGMA user_version = " + migrations.size());
                st.execute("PRAGMA application_id = " + Migrations.APPLICATION_ID);
            }
            return null;
        });
    }


    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // nothing left to do with a connection that will not close
        }
    }
}
