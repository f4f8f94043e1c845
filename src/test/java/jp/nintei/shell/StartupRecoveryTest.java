package jp.nintei.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.sqlite.SQLiteConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import jp.nintei.store.Backups;
import java.sql.ResultSet;
import jp.nintei.i18n.Phrase;
import jp.nintei.app.Changed;
import jp.nintei.app.DailyBackup;
import jp.nintei.domain.Message;
import java.time.OffsetDateTime;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import jp.nintei.app.Workspace;
import java.time.LocalDateTime;
import java.util.List;
import jp.nintei.domain.Job;
import jp.nintei.domain.JobStatus;
import jp.nintei.store.LogbookRepair;
import jp.nintei.store.LogbookStore;
import jp.nintei.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A logbook refused for a value changed behind Nintei's back: the start-up dialog names the row, offers to set the
 * damaged rows aside (keeping everything else) before a restore, and never makes a restore the default (data safety,
 * round three, item 2). Before, its default button restored this morning's backup and the day's logging was gone.
 */
class StartupRecoveryTest {

    @TempDir
    Path dir;

    @Test
    void aDamagedValueIsSetAsideAndEverythingElseIsKept() throws Exception {
        Path file = dir.resolve("nintei.db");
        try (LogbookStore store = LogbookStore.open(file, LocalDate.of(2026, 11, 28))) {
            store.jobs().add(job("in the morning's backup"));
            store.dailyBackup(LocalDate.of(2026, 11, 28));
            store.jobs().add(job("logged since the backup"));
            store.jobs().add(job("to be damaged"));
        }
        damage(file, "UPDATE job SET ordered_on = '2026-13-01' WHERE title = 'to be damaged'");

        StartupRecovery.Outcome outcome = StartupRecovery.open(file, true); // as the app opens it after the refusal
        assertEquals(StoreException.Problem.BAD_VALUE, outcome.error().problem());
        assertTrue(outcome.error().getMessage().contains("its job row 3, field ordered_on, holds '2026-13-01'"),
                outcome.error().getMessage());
        assertEquals(List.of(StartupRecovery.Choice.SET_ASIDE, StartupRecovery.Choice.RESTORE,
                StartupRecovery.Choice.QUIT), StartupRecovery.choices(outcome));
        assertEquals(StartupRecovery.Choice.QUIT, StartupRecovery.DEFAULT, "Enter never replaces the logbook");

        LogbookRepair.SetAside[] done = new LogbookRepair.SetAside[1];
        try (LogbookStore store = StartupRecovery.setAside(file, LocalDateTime.of(2026, 11, 28, 18, 0),
                result -> done[0] = result)) {
            assertEquals(List.of("in the morning's backup", "logged since the backup"),
                    store.jobs().all().stream().map(Job::title).toList());
        }
        assertEquals(1, done[0].rows());
        String setAside = Files.readString(done[0].csv());
        assertTrue(setAside.contains("job,3,ordered_on,\"id=3; title=to be damaged;"), setAside);
        assertTrue(setAside.contains("ordered_on=2026-13-01"), setAside);
        assertTrue(Files.isRegularFile(done[0].keptCopy()), "the whole logbook as it was is kept too");
    }

    @Test
    void aLogbookThatIsNotOneIsOfferedOnlyItsBackupAndQuit() throws Exception {
        Path file = dir.resolve("nintei.db");
        try (LogbookStore store = LogbookStore.open(file, LocalDate.of(2026, 11, 28))) {
            store.jobs().add(job("a"));
            store.dailyBackup(LocalDate.of(2026, 11, 28));
        }
        Files.write(file, new byte[4096]); // not a SQLite file any more
        StartupRecovery.Outcome outcome = StartupRecovery.open(file, false);
        assertEquals(List.of(StartupRecovery.Choice.RESTORE, StartupRecovery.Choice.QUIT),
                StartupRecovery.choices(outcome));
    }

    /**
     * A later start of the day opens without the page and value check, so that the gauges show first; the check
     * runs before the day's backup (and before any write), and a logbook it refuses takes no write. The app then opens
     * it again with every check first, which offers the ways back as a start does.
     */
    @Test
    void aLaterStartChecksAfterTheGaugesAndARefusedLogbookTakesNoWrite() throws Exception {
        Path file = dir.resolve("nintei.db");
        LocalDate today = LocalDate.now();
        try (LogbookStore store = LogbookStore.open(file, today)) {
            store.jobs().add(job("kept"));
            store.dailyBackup(today); // the day's first use is over: its checks ran
            store.jobs().add(job("to be damaged"));
        }
        damage(file, "UPDATE job SET ordered_on = '2026-13-01' WHERE title = 'to be damaged'");
        long changed = Files.getLastModifiedTime(file).toMillis();

        StartupRecovery.Outcome later = StartupRecovery.open(file, false);
        assertNull(later.error(), "opened for the gauges, the check left for later");
        try (LogbookStore store = later.store()) {
            Workspace workspace = new Workspace(store, Clock.systemDefaultZone());
            StoreException refused = assertThrows(StoreException.class, workspace::dailyBackup);
            assertEquals(StoreException.Problem.BAD_VALUE, refused.problem());
            assertSame(refused, assertThrows(StoreException.class, () -> store.jobs().add(job("after"))),
                    "no write reaches a logbook the check refused");
            assertSame(refused, assertThrows(StoreException.class, workspace::dailyBackup));
        }
        assertEquals(changed, Files.getLastModifiedTime(file).toMillis(), "nothing was written");
        assertFalse(Files.exists(dir.resolve("backups").resolve("nintei-" + today + ".db.tmp")));

        StartupRecovery.Outcome again = StartupRecovery.open(file, true);
        assertEquals(StoreException.Problem.BAD_VALUE, again.error().problem());
        assertEquals(List.of(StartupRecovery.Choice.SET_ASIDE, StartupRecovery.Choice.RESTORE,
                StartupRecovery.Choice.QUIT), StartupRecovery.choices(again));
    }

    /** On the first start of a day too, a logbook the check refuses never becomes the day's backup. */
    @Test
    void theFirstStartOfADayMakesNoBackupOfALogbookTheCheckRefuses() throws Exception {
        Path file = dir.resolve("nintei.db");
        LocalDate today = LocalDate.now();
        try (LogbookStore store = LogbookStore.open(file, today.minusDays(1))) {
            store.jobs().add(job("to be damaged"));
            store.dailyBackup(today.minusDays(1));
        }
        damage(file, "UPDATE job SET ordered_on = '2026-13-01'");
        StartupRecovery.Outcome first = StartupRecovery.open(file, false);
        assertNull(first.error(), "opened for the gauges, the check left for later");
        try (LogbookStore store = first.store()) {
            Workspace workspace = new Workspace(store, Clock.systemDefaultZone());
            StoreException refused = assertThrows(StoreException.class, workspace::dailyBackup);
            assertEquals(StoreException.Problem.BAD_VALUE, refused.problem());
        }
        try (var files = Files.list(Backups.folder(file))) {
            assertEquals(List.of("nintei-" + today.minusDays(1) + ".db"), files.map(f -> f.getFileName().toString())
                    .toList(), "only yesterday's backup");
        }
    }

    /** Before anything is written, even a write that comes before the day's backup runs the check first. */
    @Test
    void theCheckLeftForLaterRunsBeforeTheFirstWrite() throws Exception {
        Path file = dir.resolve("nintei.db");
        LocalDate today = LocalDate.now();
        try (LogbookStore store = LogbookStore.open(file, today)) {
            store.jobs().add(job("to be damaged"));
            store.dailyBackup(today);
        }
        damage(file, "UPDATE job SET closed_on = 'yesterday'");
        try (LogbookStore store = LogbookStore.openForUse(file)) {
            StoreException refused = assertThrows(StoreException.class, () -> store.jobs().add(job("new")));
            assertEquals(StoreException.Problem.BAD_VALUE, refused.problem());
        }
        try (Connection c = new SQLiteConfig().createConnection("jdbc:sqlite:" + file);
             Statement st = c.createStatement(); var rs = st.executeQuery("SELECT count(*) FROM job")) {
            assertEquals(1, rs.getInt(1), "the new job was not written");
        }
    }

    /**
     * The first start of a day opens for the gauges at once too (it used to run every check first: 11.6 s to the gauges
     * on a million messages). Its backup waits for the page and value check, and the totals are recounted from the rows
     * after the backup — which keeps them as they were — then measured again and the user told.
     */
    @Test
    void theFirstStartOfADayRecountsTheTotalsAfterItsBackupAndTheGaugesFollow() throws Exception {
        Path file = dir.resolve("nintei.db");
        LocalDate today = LocalDate.now();
        OffsetDateTime received = OffsetDateTime.now().minusDays(3);
        try (LogbookStore store = LogbookStore.open(file, today.minusDays(1))) {
            store.messages().add(new Message(0, "田中様", received, received.plusHours(1), false, ""));
            store.dailyBackup(today.minusDays(1));
        }
        damage(file, "UPDATE message_day SET replies = replies + 10");
        Path todays = Backups.folder(file).resolve("nintei-" + today + ".db");

        StartupRecovery.Outcome first = StartupRecovery.open(file, false);
        assertNull(first.error());
        try (LogbookStore store = first.store()) {
            assertFalse(Files.exists(todays), "nothing written before the gauges");
            Workspace workspace = new Workspace(store, Clock.systemDefaultZone());
            DailyBackup daily = workspace.dailyBackup();
            assertTrue(daily.recounted());
            assertEquals(List.of(), daily.warnings());
            Changed<List<Phrase>> again = workspace.refresh();
            assertEquals(List.of("store.recounted"), again.result().stream().map(Phrase::key).toList());
            assertEquals(1, again.state().progress().result("reply_rate").orElseThrow().basis(),
                    "measured again from the rebuilt totals");
            assertFalse(workspace.dailyBackup().recounted(), "once a day");
        }
        try (Connection c = new SQLiteConfig().createConnection("jdbc:sqlite:" + todays);
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT sum(replies) FROM message_day")) {
            assertEquals(11, rs.getLong(1), "the backup keeps the logbook as it was before the rebuild");
        }
    }

    /** Changes the logbook behind Nintei's back, past its CHECK constraints, as another program could. */
    static void damage(Path file, String sql) throws Exception {
        try (Connection c = new SQLiteConfig().createConnection("jdbc:sqlite:" + file);
             Statement st = c.createStatement()) {
            st.execute("PRAGMA ignore_check_constraints = 1");
            st.execute(sql);
        }
    }

    static Job job(String title) {
        return new Job(0, title, "", "", LocalDate.of(2026, 11, 1), JobStatus.IN_PROGRESS, null, null, false, "");
    }
}
