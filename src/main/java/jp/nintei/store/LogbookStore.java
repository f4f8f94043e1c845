package jp.nintei.store;

import java.nio.file.Path;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import jp.nintei.domain.Facts;
import jp.nintei.i18n.Phrase;
import jp.nintei.domain.RecordKind;

/** The logbook file and its tables: the one entry point to the store. */
public final class LogbookStore implements AutoCloseable {

    private final Database db;
    /** SQLite's data_version at the last {@link #changedElsewhere()}; -1 before the first. */
    private long seenVersion = -1;
    private final SqliteJobStore jobs;
    private final SqliteMessageStore messages;
    private final SqliteReviewStore reviews;
    private final SqliteSettingsStore settings;
    private final SqlitePlatformFigureStore platformFigures;

    private LogbookStore(Database db) {
        this.db = db;
        this.jobs = new SqliteJobStore(db);
        this.messages = new SqliteMessageStore(db);
        this.reviews = new SqliteReviewStore(db);
        this.settings = new SqliteSettingsStore(db);
        this.platformFigures = new SqlitePlatformFigureStore(db);
    }

    /**
     * Opens (or creates) the logbook at {@code file}; see {@link Database#open}. On the first use of a day (no daily
     * backup yet) the derived totals are also recounted from the rows.
     */
    public static LogbookStore open(Path file) {
        return open(file, LocalDate.now());
    }

    public static LogbookStore open(Path file, LocalDate today) {
        return new LogbookStore(Database.open(file, true, firstUseOf(file, today)));
    }

    /**
     * Opens the logbook to use it — the window, and the commands that write — without a page-by-page check at once
     * (seconds on a million messages): an up-to-date logbook opens without the page and value check, which is left for
     * {@link #checkNow} or the day's backup. The window runs it after its first measure; a command, at once after
     * opening. On the first use of a day the backup's verified copy stands for it ({@code DeferredCheck.standIn}), and
     * the backup then recounts the totals from the rows. It also runs before the first write, should one come first,
     * and a logbook it refuses takes no write. A logbook of an older schema is checked before anything.
     */
    public static LogbookStore openForUse(Path file) {
        return new LogbookStore(LogbookOpener.open(file, Migrations.ALL, false, false, true));
    }

    /** Runs the check {@link #openForUse} left for later, if it has not run yet; throws its refusal. */
    public void checkNow() {
        db.checkNow();
    }

    /** {@link #checkNow} — unless {@link #dailyBackup} has today's backup to make: its verified copy stands for it. */
    public void checkUnlessBackupDue(LocalDate today) {
        if (!firstUseOf(db.file(), today)) {
            db.checkNow();
        }
    }

    /** No automatic backup of {@code today} yet: the first use of the day, when the deep checks run. */
    private static boolean firstUseOf(Path file, LocalDate today) {
        return !Files.exists(Backups.dailyFile(file.toAbsolutePath(), today));
    }

    /**
     * Opens the logbook for a command that only reads it. The page-by-page {@code quick_check} (a second on a big
     * logbook) runs on the first use of each day — before that day's backup is taken — and not again that day; the
     * other checks run every time, and SQLite still refuses to read a damaged page.
     */
    public static LogbookStore openForReading(Path file, LocalDate today) {
        boolean deepCheck = firstUseOf(file, today);
        // without the writer lock, so that it works while the app has the logbook open; a logbook of an older
        // schema, or with totals to rebuild, is opened (upgraded, repaired) the usual way
        return LogbookOpener.openForReadingOnly(file, deepCheck).map(LogbookStore::new)
                .orElseGet(() -> new LogbookStore(Database.open(file, deepCheck, deepCheck)));
    }

    public Path file() {
        return db.file();
    }

    /**
     * What opening or a backup did that the user should be told — permissions tightened, totals rebuilt — in words;
     * each is returned once.
     */
    public List<Phrase> takeNotices() {
        return db.takeNotices();
    }

    /** Hears what the user should know though the work went on: a journal replaced behind Nintei's back. */
    public void onWarning(Consumer<StoreException> listener) {
        db.onWarning(listener);
    }

    /** The deep check of the derived totals, now: recounted from the rows, and rebuilt (after a copy) when they differ. */
    public void recountTotals(LocalDateTime now) {
        TotalsCheck.repair(db, now, true);
    }

    /** Opens the connection and takes the writer lock again (after a file dialog closed: see {@link Database}). */
    public void reopen() {
        db.reopen();
    }

    /**
     * Refuses a file the user chose when it is one of the logbook's own (the logbook, its -wal, -shm, -journal or its
     * lock), before anything opens it: reading or replacing one of them from this process would break the logbook's
     * locks, or the logbook itself.
     *
     * @param what what the file was chosen for, for the message
     */
    public void refuseOwnFile(Path chosen, Purpose what) {
        refuseOwnFile(db.file(), chosen, what);
    }

    /** What a file the user chose is for. */
    public enum Purpose { CSV, OUTPUT, BACKUP, RESTORE }

    /** {@link #refuseOwnFile(Path, Purpose)} for the logbook at {@code logbook}, open or not. */
    static void refuseOwnFile(Path logbook, Path chosen, Purpose what) {
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal", ".lock"}) {
            Path file = logbook.resolveSibling(logbook.getFileName() + suffix);
            try {
                if (Files.exists(chosen) && Files.exists(file)
                        && Files.isSameFile(chosen, file)) { // compares identities; opens nothing
                    Phrase purpose = new Phrase("store.purpose."
                            + what.name().toLowerCase(Locale.ROOT));
                    throw suffix.isEmpty()
                            ? new StoreException(StoreException.Problem.OWN_FILE, chosen, null, "ownLogbook", chosen,
                                    purpose)
                            : new StoreException(StoreException.Problem.OWN_FILE, chosen, null, "own_file", chosen,
                                    purpose, file.getFileName().toString());
                }
            } catch (IOException e) {
                // it cannot even be looked at: it is not one of the logbook's files
            }
        }
    }

    public JobStore jobs() {
        return jobs;
    }

    public MessageStore messages() {
        return messages;
    }

    public ReviewStore reviews() {
        return reviews;
    }

    /** The rows of one kind. */
    @SuppressWarnings("unchecked") // each table is of its own kind: RecordTable.kind()
    public <T> RecordStore<T> records(RecordKind<T> kind) {
        for (RecordTable<?> table : List.of(jobs, messages, reviews)) {
            if (table.kind() == kind) {
                return (RecordStore<T>) table;
            }
        }
        throw new IllegalArgumentException("No rows of " + kind);
    }

    public SettingsStore settings() {
        return settings;
    }

    /** The platform's figures typed to compare with (migration 5). */
    public PlatformFigureStore platformFigures() {
        return platformFigures;
    }

    /** Today's automatic backup, if none was made today yet; see {@link Backups#daily}. Throws only a refusal. */
    public Backups.Daily dailyBackup(LocalDate today) {
        return Backups.daily(db, today);
    }

    /**
     * A consistent copy of the logbook, written with SQLite's online backup API (safe while the app writes) and verified
     * before it replaces a file already at {@code target}.
     */
    public void backupTo(Path target) {
        Path absolute = target.toAbsolutePath();
        if (absolute.equals(db.file())) {
            throw new StoreException(StoreException.Problem.OWN_FILE, absolute, null, "ownLogbook", absolute,
                    new Phrase("store.purpose.backup"));
        }
        refuseOwnFile(absolute, Purpose.BACKUP);
        if (Files.isDirectory(absolute)) {
            throw StoreException.of("backupIsFolder", target, absolute.resolve("nintei-backup.db"));
        }
        if (absolute.getParent() == null || !Files.isDirectory(absolute.getParent())) {
            throw StoreException.of("backupNoFolder", target, absolute.getParent());
        }
        SafeCopy.backup(db, absolute);
        TotalsCheck.repair(db, LocalDateTime.now(), false); // every backup is also a deep check of the totals
    }

    /**
     * Replaces the open logbook with a backup: the backup is verified first ({@code integrity_check}), the logbook it
     * replaces is copied (and verified) into the backups folder, then SQLite replaces the content in one transaction.
     *
     * @return where the replaced logbook was kept
     */
    public Path restoreFrom(Path backup, LocalDateTime now) {
        // before anything reads it: reading the logbook's own files with Java would drop SQLite's locks
        refuseOwnFile(backup.toAbsolutePath(), Purpose.RESTORE);
        LogbookOpener.verify(backup);
        Path kept = Backups.replacedCopy(db.file(), now);
        SafeCopy.backup(db, kept);
        db.restoreFrom(backup);
        return kept;
    }

    /**
     * Runs {@code work} inside one read transaction: every read it makes of this store (settings, facts, rows) sees
     * the same state of the logbook, whatever is committed meanwhile.
     */
    public <R> R read(Supplier<R> work) {
        return db.read(c -> work.get());
    }

    /**
     * Runs {@code use} on the logbook's facts read from the per-day totals: what the engine evaluates, in time that
     * does not grow with the logbook. All of it sees one state of the logbook.
     */
    public <R> R withFacts(Function<Facts, R> use) {
        return db.read(c -> use.apply(new DailyTotals(db::prepared, SqliteSettingsStore.load(c))));
    }

    /**
     * Whether another connection (the CLI, the {@code sqlite3} shell) committed to the logbook since the last call:
     * SQLite's {@code data_version}, which reads no table. True on the first call.
     */
    public synchronized boolean changedElsewhere() {
        long version = db.read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA data_version")) {
                rs.next();
                return rs.getLong(1);
            }
        });
        boolean changed = version != seenVersion;
        seenVersion = version;
        return changed;
    }

    /** True when no job, message or review has been logged. */
    public boolean isEmpty() {
        return db.read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT NOT (EXISTS (SELECT 1 FROM job) OR EXISTS (SELECT 1 FROM message) "
                            + "OR EXISTS (SELECT 1 FROM review))")) {
                rs.next();
                return rs.getBoolean(1);
            }
        });
    }

    /** Every category a job has, sorted: what the category fields offer, so a typo does not split the earnings. */
    public List<String> categories() {
        return jobs.categories();
    }

    Database database() {
        return db;
    }

    @Override
    public void close() {
        db.close();
    }
}
