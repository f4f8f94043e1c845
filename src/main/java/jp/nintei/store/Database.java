package jp.nintei.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import jp.nintei.i18n.Phrase;
import org.sqlite.SQLiteConnection;

/**
 * One open logbook file: its SQLite connection, used one call at a time. Every {@link #read} sees one state of the
 * logbook (one read transaction, however many queries it makes); every {@link #write} is one transaction. Opening is
 * {@link LogbookOpener}'s work.
 *
 * <p>Before each write it checks that its lock and its journal are still the files on disk. On Linux, any
 * {@code close()} of a logbook file by anything else in this process (a file dialog sniffing the folder, say) drops
 * SQLite's locks; another program can then take the journal away, and writes would go to a deleted file. A replaced
 * journal is found here, the connection is opened again before writing, and {@link #onWarning} hears of it.
 */
public final class Database implements AutoCloseable {

    /** Work on the connection. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * Every read, write and restore of a logbook, told at TRACE (java.util.logging's FINEST) on the thread that makes
     * it: switched on, it shows which thread touches the logbook and how often (the window tests fail on a call from
     * the FX thread; the benchmark counts the calls of one save). Off, it costs a level check.
     */
    private static final System.Logger ACCESS = System.getLogger("jp.nintei.store.access");

    private final Path file;
    private final Supplier<Connection> connector;
    private Connection connection;
    /** The engine's few queries, prepared once: preparing them cost more than running them. */
    private final Map<String, PreparedStatement> prepared = new HashMap<>();
    private WriterLock lock;
    /** The journal files (-wal, -shm) the connection uses, by file identity; empty where the system has none. */
    private Map<Path, Object> journal = Map.of();
    /** How deep the current thread is in {@link #read} calls: the outermost one owns the read transaction. */
    private int reading;
    /** Restores into this connection: they change every row without a change SQLite counts (see PageAnchors). */
    private volatile long restores;
    private final List<Phrase> notices = new ArrayList<>();
    final DeferredCheck deferred = new DeferredCheck();
    private volatile Consumer<StoreException> onWarning = e -> { };

    Database(Path file, Connection connection, WriterLock lock, Supplier<Connection> connector) {
        this.file = file;
        this.connection = connection;
        this.lock = lock;
        this.connector = connector;
        this.journal = JournalFiles.identities(file);
    }

    /**
     * Opens the logbook at {@code file}, creating it (and its folder, owner-only) when it does not exist. Only one
     * Nintei process at a time may have a logbook open: another one waits briefly, then is refused.
     */
    public static Database open(Path file) {
        return LogbookOpener.open(file, Migrations.ALL, true, true);
    }

    /**
     * Opens the logbook with {@code quick_check} or, when {@code deepCheck} is false, without it; and with the totals
     * recounted (the first use of a day) when {@code totalsCheck}.
     */
    static Database open(Path file, boolean deepCheck, boolean totalsCheck) {
        return LogbookOpener.open(file, Migrations.ALL, deepCheck, totalsCheck);
    }

    static Database open(Path file, List<List<String>> migrations) {
        return LogbookOpener.open(file, migrations, true, true);
    }

    public Path file() {
        return file;
    }

    private void traceAccess(String what) {
        if (ACCESS.isLoggable(System.Logger.Level.TRACE)) {
            ACCESS.log(System.Logger.Level.TRACE, "{0} {1}", what, file.getFileName());
        }
    }

    long restores() {
        return restores;
    }

    /** Hears what happened to the logbook that the user should know, though the work went on (a replaced journal). */
    void onWarning(Consumer<StoreException> listener) {
        onWarning = Objects.requireNonNull(listener);
    }

    /** What opening did that the user should be told (permissions tightened, totals rebuilt); each told once. */
    synchronized List<Phrase> takeNotices() {
        List<Phrase> taken = List.copyOf(notices);
        notices.clear();
        return taken;
    }

    synchronized void noticed(List<Phrase> more) {
        notices.addAll(more);
    }

    /** Runs {@code work} in one read transaction: all of it sees one state of the logbook. Calls may nest. */
    public synchronized <T> T read(SqlWork<T> work) {
        traceAccess("read");
        if (reading > 0) {
            return run(work, "readFailed");
        }
        reading++;
        try {
            connection.setAutoCommit(false);
            try {
                return work.run(connection);
            } finally {
                connection.rollback(); // a read changes nothing; this only ends its snapshot
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure("readFailed", e);
        } finally {
            reading--;
        }
    }

    /** Runs {@code work} in one transaction: all of it is written, or nothing. */
    public synchronized <T> T write(SqlWork<T> work) {
        traceAccess("write");
        if (reading > 0) {
            throw new IllegalStateException("a write inside a read");
        }
        checkWriter();
        checkJournal();
        try {
            return inTransaction(connection, work);
        } catch (SQLException e) {
            throw failure("saveFailed", e);
        }
    }

    private <T> T run(SqlWork<T> work, String what) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    private StoreException failure(String what, SQLException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("SQLITE_READONLY")) {
            return new StoreException(StoreException.Problem.READ_ONLY, file, e, "read_only", file);
        }
        return StoreException.of(e, what, message);
    }

    /**
     * A write needs the writer lock, still held on the lock file that is there; and the check the open left for later
     * run first, so that no write ever reaches a logbook it has not passed.
     */
    private void checkWriter() {
        if (lock == null) {
            throw StoreException.of("readOnlyOpen", file);
        }
        lock.check();
        deferred.run(file, connection);
    }

    /** Runs the check the open left for later, if any, without this database's lock ({@link DeferredCheck#runAside}). */
    void checkNow() {
        deferred.runAside(file, writable());
    }

    /**
     * The journal the connection writes to must still be the one on disk. If another program replaced it (after
     * something in this process dropped SQLite's locks), the connection is opened again first, and that is said.
     */
    private void checkJournal() {
        if (journal.isEmpty() || journal.equals(JournalFiles.identities(file))) {
            return;
        }
        reopen();
        onWarning.accept(new StoreException(StoreException.Problem.JOURNAL_REPLACED, file, null, "journal_replaced",
                file));
    }

    /**
     * Opens the connection (and takes the writer lock) again: SQLite's locks, and the lock file's, are taken anew.
     * After a file dialog closed, whatever it opened and closed in the logbook's folder cannot have dropped them.
     */
    public synchronized void reopen() {
        closeConnection();
        if (lock != null) {
            lock = lock.retake();
        }
        connection = connector.get();
        try (var st = connection.createStatement()) {
            if (lock != null) {
                st.execute("PRAGMA journal_mode = WAL");
                st.execute("PRAGMA synchronous = FULL");
                st.execute("PRAGMA cache_size = -32768");
            }
            st.executeQuery("SELECT count(*) FROM sqlite_master").close(); // opens the journal files
        } catch (SQLException e) {
            throw failure("openFailedOf", e);
        }
        journal = JournalFiles.identities(file);
    }

    /** Whether this connection may write (it holds the writer lock): one opened for reading only may not. */
    boolean writable() {
        return lock != null;
    }

    /** A prepared statement kept for the life of the connection; use it only inside {@link #read} or {@link #write}. */
    PreparedStatement prepared(String sql) throws SQLException {
        PreparedStatement st = prepared.get(sql);
        if (st == null) {
            st = connection.prepareStatement(sql);
            prepared.put(sql, st);
        }
        return st;
    }

    @Override
    public synchronized void close() {
        closeConnection();
        if (lock != null) {
            lock.release();
        }
    }

    private void closeConnection() {
        closePrepared();
        LogbookOpener.closeQuietly(connection);
    }

    private void closePrepared() {
        for (PreparedStatement st : prepared.values()) {
            try {
                st.close();
            } catch (SQLException ignored) {
                // prepared again when next used; closing the connection frees it anyway
            }
        }
        prepared.clear();
    }

    /** Replaces the open logbook's content with {@code source} (already verified), then brings its schema up to date. */
    public synchronized void restoreFrom(Path source) {
        traceAccess("restore");
        checkWriter();
        checkJournal();
        try {
            int rc = ((SQLiteConnection) connection).getDatabase().restore("main", source.toString(), null);
            if (rc != 0) {
                throw StoreException.of("restoreFailedCode", source, rc);
            }
            closePrepared();
            restores++;
            MigrationRunner.upgrade(connection, Migrations.ALL);
        } catch (SQLException e) {
            throw failure("restoreIntoFailed", e);
        }
    }

    static <T> T inTransaction(Connection connection, SqlWork<T> work) throws SQLException {
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
}
