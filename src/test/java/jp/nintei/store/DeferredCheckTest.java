package jp.nintei.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The check a start leaves for later runs on a connection of its own: the window's reads go on while it reads every
 * page of a big logbook (10 s on a million messages, which every screen's first page used to wait for), and a write
 * waits for it.
 */
class DeferredCheckTest {

    /** A check that answers "ok" after counting to twenty million: a few seconds, like a big logbook's page check. */
    static final String SLOW_CHECK = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 20000000) "
            + "SELECT CASE WHEN count(*) > 0 THEN 'ok' END FROM c";

    @TempDir
    Path dir;

    @Test
    void readsGoOnWhileTheCheckRunsAndAWriteWaitsForIt() throws Exception {
        try (Database db = Database.open(dir.resolve("nintei.db"))) {
            db.write(c -> {
                try (Statement st = c.createStatement()) {
                    st.execute("INSERT INTO review (client, rated_on, rating, comment) VALUES ('A社', '2026-11-01', '5', '')");
                }
                return null;
            });
            db.deferred.leave(SLOW_CHECK);
            Thread check = new Thread(db::checkNow, "check");
            check.start();
            Thread.sleep(300); // the check is under way

            long reviews = db.read(c -> {
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM review")) {
                    return rs.getLong(1);
                }
            });
            assertEquals(1, reviews);
            assertTrue(check.isAlive(), "the read did not wait for the check");

            db.write(c -> {
                try (Statement st = c.createStatement()) {
                    st.execute("INSERT INTO review (client, rated_on, rating, comment) VALUES ('B社', '2026-11-02', '4', '')");
                }
                return null;
            });
            assertTrue(db.deferred.settled(), "the write waited for the check");
            check.join(TimeUnit.SECONDS.toMillis(30));
            assertFalse(check.isAlive());
        }
    }

    /**
     * The day's backup is verified as deeply as the check, on the same pages: its copy stands for the check the open
     * left for later, and the logbook is not read from end to end a second time. The check left here is a tripwire
     * that refuses every logbook it runs on: it never runs.
     */
    @Test
    void theDaysBackupStandsForTheCheckLeftForLater() {
        Path file = dir.resolve("nintei.db");
        try (Database db = Database.open(file)) {
            db.write(c -> {
                try (Statement st = c.createStatement()) {
                    st.execute("INSERT INTO review (client, rated_on, rating, comment) VALUES ('A社', '2026-11-01', '5', '')");
                }
                return null;
            });
            db.deferred.leave("SELECT 'the check ran on the logbook itself'");
            Backups.Daily daily = Backups.daily(db, LocalDate.of(2026, 12, 3));
            assertTrue(daily.made().isPresent(), daily.toString());
            assertTrue(db.deferred.settled(), "the verified copy passed for the logbook");
            db.write(c -> null); // a write, which runs a check still left, goes through
        }
    }

    /**
     * Where the copy fails its check, the logbook itself is checked, and its refusal names the logbook's own row —
     * not the copy's; nothing becomes the day's backup. The first {@code summary} of a day opens so.
     */
    @Test
    void aCopyThatFailsHasTheLogbookCheckedAndNamed() throws Exception {
        Path file = dir.resolve("nintei.db");
        LocalDate yesterday = LocalDate.now().minusDays(1);
        try (LogbookStore store = LogbookStore.open(file, yesterday)) {
            store.jobs().add(BackupsTest.job("to be damaged"));
            store.dailyBackup(yesterday);
        }
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("PRAGMA ignore_check_constraints = 1");
            st.execute("UPDATE job SET ordered_on = '2026-13-01'");
        }
        try (LogbookStore store = LogbookStore.openForReading(file, LocalDate.now())) {
            var refused = org.junit.jupiter.api.Assertions.assertThrows(RefusedFileException.class,
                    () -> store.dailyBackup(LocalDate.now()));
            assertEquals(StoreException.Problem.BAD_VALUE, refused.problem());
            assertEquals(file.toAbsolutePath(), refused.file());
            assertTrue(refused.getMessage().contains("job row 1, field ordered_on, holds '2026-13-01'"),
                    refused.getMessage());
        }
        try (var files = java.nio.file.Files.list(Backups.folder(file))) {
            assertEquals(java.util.List.of("nintei-" + yesterday + ".db"),
                    files.map(f -> f.getFileName().toString()).toList(), "only yesterday's backup");
        }
    }

    /**
     * The window and the commands open without the check, and run it at once after — except on the first use of a
     * day, when the day's backup is due: its verified copy stands for it, and the logbook is read once, not twice.
     */
    @Test
    void onTheFirstUseOfADayTheCheckIsLeftToTheBackupsCopy() {
        Path file = dir.resolve("nintei.db");
        LocalDate today = LocalDate.now();
        try (LogbookStore store = LogbookStore.open(file, today.minusDays(1))) {
            store.jobs().add(BackupsTest.job("kept"));
            store.dailyBackup(today.minusDays(1));
        }
        try (LogbookStore store = LogbookStore.openForUse(file)) {
            store.checkUnlessBackupDue(today);
            assertFalse(store.database().deferred.settled(), "left for the day's backup");
            assertTrue(store.dailyBackup(today).made().isPresent());
            assertTrue(store.database().deferred.settled(), "the copy stood for it");
        }
        try (LogbookStore store = LogbookStore.openForUse(file)) { // later the same day: no copy to stand for it
            assertFalse(store.database().deferred.settled());
            store.checkUnlessBackupDue(today);
            assertTrue(store.database().deferred.settled(), "checked on the logbook");
        }
    }
}
