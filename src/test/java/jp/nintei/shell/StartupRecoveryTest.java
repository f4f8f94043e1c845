package jp.nintei.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.sqlite.SQLiteConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
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
        try (Connection c = new SQLiteConfig().createConnection("jdbc:sqlite:" + file);
             Statement st = c.createStatement()) {
            st.execute("PRAGMA ignore_check_constraints = 1");
            st.execute("UPDATE job SET ordered_on = '2026-13-01' WHERE title = 'to be damaged'");
        }

        StartupRecovery.Outcome outcome = StartupRecovery.open(file);
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
        StartupRecovery.Outcome outcome = StartupRecovery.open(file);
        assertEquals(List.of(StartupRecovery.Choice.RESTORE, StartupRecovery.Choice.QUIT),
                StartupRecovery.choices(outcome));
    }

    static Job job(String title) {
        return new Job(0, title, "", "", LocalDate.of(2026, 11, 1), JobStatus.IN_PROGRESS, null, null, false, "");
    }
}
