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

    public SettingsStore settings() {
        return settings;
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
