package jp.nintei.store;

import java.nio.file.Path;
import java.sql.Connection;

/**
 * The page-by-page and value check ({@code PRAGMA quick_check} and {@link StoredValues}) that opening an up-to-date
 * logbook for the window may leave for later, so that the gauges show first: run once, when asked
 * ({@link LogbookStore#checkNow}, before the day's backup) or before the first write, whichever comes first. Once it
 * refused the logbook, every write is refused with the same words: nothing reaches a logbook the check has not passed.
 * A verified page-for-page copy of the logbook — the day's backup — may pass it instead ({@link #standIn}).
 */
final class DeferredCheck {

    private String check;
    private StoreException refused;

    /** Leaves {@code check} (the SQL of the page check) to be run later. */
    synchronized void leave(String check) {
        this.check = check;
    }

    /** Whether there is nothing to run: no check left for later, and none that refused. */
    synchronized boolean settled() {
        return check == null && refused == null;
    }

    /**
     * Runs the check left for later, if any, on a connection of its own, holding no lock of the database: its reads
     * go on meanwhile (a page, a measure), and a write waits for the check in {@link #run} — this check's lock — as
     * it would have for the database's. The connection may write where the database may ({@code writable}), though it
     * only reads: its {@code quick_check} then tests the CHECKs too, which spares the scan of every value
     * ({@link LogbookChecks}); a read-only open's check reads read-only, like everything that open does.
     */
    void runAside(Path file, boolean writable) {
        synchronized (this) {
            if (refused != null) {
                throw refused; // said again, without reading anything
            }
        }
        if (settled()) {
            return;
        }
        Connection own = LogbookOpener.connect(file, !writable);
        try {
            run(file, own);
        } finally {
            LogbookOpener.closeQuietly(own);
        }
    }

    /**
     * Lets a copy of the logbook stand for the check left for later, if one is: {@code verifyCopy} checks a copy made
     * page for page with SQLite's backup API, as deeply as the check would (pages, CHECKs, values: {@link SafeCopy}),
     * so where the copy passes, the logbook it was made from passed too — as it was when copied; no write came before,
     * for a write runs the check first. Where the copy fails, the logbook itself is checked: its refusal, which names
     * the logbook's row, is thrown; where the logbook passes, the copy's failure is (a backup that failed). Without a
     * check left for later, this only verifies the copy.
     */
    void standIn(Path file, boolean writable, Runnable verifyCopy) {
        if (settled()) {
            verifyCopy.run(); // holding no lock: a write meanwhile does not wait for it
            return;
        }
        synchronized (this) { // a write meanwhile waits, as for the check
            if (refused != null) {
                throw refused;
            }
            try {
                verifyCopy.run();
                check = null; // passed, on the copy (or had run meanwhile)
            } catch (StoreException copyFailed) {
                runAside(file, writable);
                throw copyFailed;
            }
        }
    }

    /**
     * Runs the check left for later, if any, on {@code connection}; throws its refusal, now and ever after. A second
     * caller meanwhile (a write) waits for the first to finish.
     */
    synchronized void run(Path file, Connection connection) {
        if (refused != null) {
            throw refused;
        }
        if (check == null) {
            return;
        }
        String sql = check;
        check = null;
        try {
            LogbookChecks.inspect(file, connection, true, Migrations.latest(), sql);
        } catch (StoreException e) {
            refused = e;
            throw e;
        }
    }
}
