package jp.nintei.store;

import jp.nintei.domain.Logbook;

/** What the tests read of a logbook to compare it whole: every row at one point in time, its counts, its version. */
final class Snapshots {

    private Snapshots() {
    }

    /** Everything, read in one read transaction. */
    static Logbook of(LogbookStore store) {
        Database db = store.database();
        return db.read(c -> new Logbook(((SqliteJobStore) store.jobs()).all(c),
                ((SqliteMessageStore) store.messages()).all(c), ((SqliteReviewStore) store.reviews()).all(c),
                SqliteSettingsStore.load(c)));
    }

    static RowCounts rowCounts(Database db) {
        return db.read(RowCounts::of);
    }

    static int schemaVersion(Database db) {
        return db.read(c -> LogbookChecks.intPragma(c, "user_version"));
    }
}
