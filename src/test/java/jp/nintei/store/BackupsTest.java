package jp.nintei.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import jp.nintei.domain.Job;
import jp.nintei.domain.JobStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupsTest {

    @TempDir
    Path dir;

    static Job job(String title) {
        return new Job(0, title, "", "", LocalDate.of(2026, 1, 1), JobStatus.IN_PROGRESS, null, null, false, "");
    }

    static String integrity(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void onePerDayOfUseKeepingSevenDailyAndFourWeekly() {
        try (LogbookStore store = LogbookStore.open(dir.resolve("nintei.db"))) {
            LocalDate day = LocalDate.of(2026, 9, 1);
            for (int i = 0; i < 60; i++) {
                store.dailyBackup(day.plusDays(i));
            }
            assertTrue(store.dailyBackup(day.plusDays(59)).made().isEmpty(), "a second open the same day makes none");
            List<LocalDate> kept = Backups.dated(Backups.folder(store.file()), "nintei").stream().map(Backups.DatedBackup::date).toList();
            // the 7 newest days (2026-10-24 … 10-30), and the newest of each of the 4 newest weeks
            assertEquals(List.of(LocalDate.of(2026, 10, 30), LocalDate.of(2026, 10, 29), LocalDate.of(2026, 10, 28),
                    LocalDate.of(2026, 10, 27), LocalDate.of(2026, 10, 26), LocalDate.of(2026, 10, 25),
                    LocalDate.of(2026, 10, 24), LocalDate.of(2026, 10, 18), LocalDate.of(2026, 10, 11)), kept);
        }
    }

    @Test
    void aBackupTakenWhileAnotherConnectionWritesIsWhole() throws Exception {
        Path file = dir.resolve("nintei.db");
        LogbookStore.open(file).close();
        Path backup = dir.resolve("during-writes.db");
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger written = new AtomicInteger();
        AtomicReference<Exception> failed = new AtomicReference<>();
        Thread writer = new Thread(() -> {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                 PreparedStatement st = c.prepareStatement(
                         "INSERT INTO job (title, ordered_on, status) VALUES (?, '2026-01-01', 'in_progress')")) {
                c.createStatement().execute("PRAGMA busy_timeout = 5000");
                while (writing.get()) {
                    st.setString(1, "row " + written.get());
                    st.executeUpdate();
                    written.incrementAndGet();
                }
            } catch (Exception e) {
                failed.set(e);
            }
        });
        // The writer is a plain connection (as another SQLite program would be); the backup is Nintei's own.
        writer.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (written.get() < 200) {
            if (!writer.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("the writer stopped after " + written.get() + " rows", failed.get());
            }
            Thread.onSpinWait();
        }
        Database reader = Database.open(file);
        try {
            for (int i = 0; i < 5; i++) {
                SafeCopy.onlineBackup(reader, backup);
                assertEquals("ok", integrity(backup));
                LogbookOpener.verify(backup);
            }
        } finally {
            writing.set(false);
            writer.join();
            reader.close();
        }
        assertTrue(written.get() > 200);
        assertEquals(null, failed.get(), "the writer kept writing throughout");
    }

    @Test
    void restoreVerifiesTheBackupAndKeepsTheLogbookItReplaces() throws Exception {
        Path file = dir.resolve("nintei.db");
        Path backup = dir.resolve("monday.db");
        try (LogbookStore store = LogbookStore.open(file)) {
            store.jobs().add(job("monday"));
            store.backupTo(backup);
            store.jobs().add(job("tuesday"));

            Path garbage = dir.resolve("garbage.db");
            Files.writeString(garbage, "not a backup");
            assertThrows(RefusedFileException.class, () -> store.restoreFrom(garbage, LocalDateTime.now()));
            assertEquals(2, store.jobs().all().size(), "a bad backup changes nothing");

            Path kept = store.restoreFrom(backup, LocalDateTime.of(2026, 11, 28, 9, 15));
            assertEquals(List.of("monday"), store.jobs().all().stream().map(Job::title).toList());
            assertEquals(Backups.folder(file).resolve("replaced-nintei-20261128-091500.db"), kept);
            LogbookOpener.verify(kept);
        }
        try (LogbookStore replaced = LogbookStore.open(Backups.folder(file).resolve("replaced-nintei-20261128-091500.db"))) {
            assertEquals(2, replaced.jobs().all().size());
        }
    }

    @Test
    void aDamagedLogbookIsRestoredFromTheLatestBackupAndKeptAside() throws Exception {
        Path file = dir.resolve("nintei.db");
        try (LogbookStore store = LogbookStore.open(file)) {
            store.jobs().add(job("kept safe"));
            store.dailyBackup(LocalDate.of(2026, 11, 27));
        }
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(whole, whole.length / 2)); // truncated by a crash or a bad copy
        byte[] damaged = Files.readAllBytes(file);
        assertThrows(RefusedFileException.class, () -> LogbookStore.open(file));
        assertArrayEquals(damaged, Files.readAllBytes(file), "a refused file is left exactly as it was");

        Path latest = Backups.latest(file).orElseThrow();
        var kept = Backups.restoreFile(file, latest, LocalDateTime.of(2026, 11, 28, 10, 0));
        assertArrayEquals(damaged, Files.readAllBytes(kept.orElseThrow()));
        try (LogbookStore store = LogbookStore.open(file)) {
            assertEquals(List.of("kept safe"), store.jobs().all().stream().map(Job::title).toList());
        }
    }

    @Test
    void backupsAreOwnerOnly() throws Exception {
        try (LogbookStore store = LogbookStore.open(dir.resolve("nintei.db"))) {
            Path made = store.dailyBackup(LocalDate.of(2026, 11, 28)).made().orElseThrow();
            if (Files.getFileStore(made).supportsFileAttributeView("posix")) {
                assertEquals("rw-------", PosixFilePermissions.toString(
                        Files.getPosixFilePermissions(made)));
                assertEquals("rwx------", PosixFilePermissions.toString(
                        Files.getPosixFilePermissions(made.getParent())));
            }
        }
        try (var left = Files.list(dir.resolve("backups"))) {
            assertEquals(List.of("nintei-2026-11-28.db"), left.map(f -> f.getFileName().toString()).toList(),
                    "no temporary file is left");
        }
    }
}
