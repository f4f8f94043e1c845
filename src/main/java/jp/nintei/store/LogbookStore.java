package jp.nintei.store;

import java.nio.file.Path;
import jp.nintei.domain.Logbook;

/** The logbook file and its tables: the one entry point to the store. */
public final class LogbookStore implements AutoCloseable {

    private final Database db;
    private final SqliteJobStore jobs;
    private final SqliteMessageStore messages;
    private final SqliteReviewStore reviews;
    private final SqliteSettingsStore settings;

    private LogbookStore(Database db) {
        this.db = db;
        this.jobs = new SqliteJobStore(db);
        this.messages = new SqliteMessageStore(db);
        this.reviews = new SqliteReviewStore(db);
        this.settings = new SqliteSettingsStore(db);
    }

    /** Opens (or creates) the logbook at {@code file}; see {@link Database#open}. */
    public static LogbookStore open(Path file) {
        return new LogbookStore(Database.open(file));
    }

    /**
     * Opens the logbook for a command that only reads it. The page-by-page {@code quick_check} (a second on a big
     * logbook) runs on the first use of each day — before that day's backup is taken — and not again that day; the
     * other checks run every time, and SQLite still refuses to read a damaged page.
     */
    public static LogbookStore openForReading(Path file, java.time.LocalDate today) {
        boolean deepCheck = !java.nio.file.Files.exists(Backups.dailyFile(file, today));
        // without the writer lock, so that it works while the app has the logbook open; a logbook of an older
        // schema is opened (and upgraded) the usual way
        return Database.openForReadingOnly(file, deepCheck).map(LogbookStore::new)
                .orElseGet(() -> new LogbookStore(Database.open(file, deepCheck)));
    }

    public Path file() {
        return db.file();
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

    /** The store of one record type ({@code Job.class}, {@code Message.class} or {@code Review.class}). */
    @SuppressWarnings("unchecked")
    public <T> RecordStore<T> records(Class<T> type) {
        if (type == jp.nintei.domain.Job.class) {
            return (RecordStore<T>) jobs;
        }
        if (type == jp.nintei.domain.Message.class) {
            return (RecordStore<T>) messages;
        }
        if (type == jp.nintei.domain.Review.class) {
            return (RecordStore<T>) reviews;
        }
        throw new IllegalArgumentException("No records of " + type);
    }

    public SettingsStore settings() {
        return settings;
    }

    /** Today's automatic backup, if none was made today yet; see {@link Backups#daily}. Never throws. */
    public Backups.Daily dailyBackup(java.time.LocalDate today) {
        return Backups.daily(db, today);
    }

    /**
     * A consistent copy of the logbook, written with SQLite's online backup API (safe while the app writes) and verified
     * before it replaces a file already at {@code target}.
     */
    public void backupTo(Path target) {
        Path absolute = target.toAbsolutePath();
        if (absolute.equals(db.file())) {
            throw new StoreException("A backup cannot overwrite the logbook itself.");
        }
        if (java.nio.file.Files.isDirectory(absolute)) {
            throw new StoreException(target + " is a folder: name the backup file to write (e.g. " + absolute
                    .resolve("nintei-backup.db") + ").");
        }
        SafeCopy.backup(db, absolute);
    }

    /**
     * Replaces the open logbook with a backup: the backup is verified first ({@code integrity_check}), the logbook it
     * replaces is copied (and verified) into the backups folder, then SQLite replaces the content in one transaction.
     *
     * @return where the replaced logbook was kept
     */
    public Path restoreFrom(Path backup, java.time.LocalDateTime now) {
        Database.verify(backup);
        try {
            if (java.nio.file.Files.isSameFile(backup.toAbsolutePath(), db.file())) {
                throw new StoreException("Refused: " + backup + " is the logbook itself. Choose a backup from "
                        + Backups.folder(db.file()) + ".");
            }
        } catch (java.io.IOException e) {
            throw new StoreException("Cannot read " + backup + ": " + e.getMessage(), e);
        }
        Path kept = Backups.replacedCopy(db.file(), now);
        SafeCopy.backup(db, kept);
        db.restoreFrom(backup);
        return kept;
    }

    /**
     * Runs {@code use} on the logbook's facts read from the per-day totals: what the engine evaluates, in time that
     * does not grow with the logbook. All of it sees one state of the logbook.
     */
    public <R> R withFacts(java.util.function.Function<jp.nintei.domain.Facts, R> use) {
        return db.read(c -> use.apply(new DailyTotals(db::prepared, SqliteSettingsStore.load(c))));
    }

    /** True when no job, message or review has been logged. */
    public boolean isEmpty() {
        return db.read(c -> {
            try (java.sql.Statement st = c.createStatement(); java.sql.ResultSet rs = st.executeQuery(
                    "SELECT NOT (EXISTS (SELECT 1 FROM job) OR EXISTS (SELECT 1 FROM message) "
                            + "OR EXISTS (SELECT 1 FROM review))")) {
                rs.next();
                return rs.getBoolean(1);
            }
        });
    }

    /** Every category a job has, sorted: what the category fields offer, so a typo does not split the earnings. */
    public java.util.List<String> categories() {
        return db.read(c -> {
            java.util.List<String> found = new java.util.ArrayList<>();
            try (java.sql.Statement st = c.createStatement(); java.sql.ResultSet rs = st.executeQuery(
                    "SELECT DISTINCT category FROM job WHERE category <> '' ORDER BY category")) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            }
            return found;
        });
    }

    /** Everything, read at one point in time. */
    public Logbook snapshot() {
        return db.read(c -> new Logbook(jobs.all(c), messages.all(c), reviews.all(c), SqliteSettingsStore.load(c)));
    }

    Database database() {
        return db;
    }

    @Override
    public void close() {
        db.close();
    }
}
