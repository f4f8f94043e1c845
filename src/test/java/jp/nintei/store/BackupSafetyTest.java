package jp.nintei.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import jp.nintei.domain.Message;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The attacks of "data safety, round two" on backups and restore, each reproduced. */
class BackupSafetyTest {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 28, 9, 15);

    @TempDir
    Path dir;

    static void addMessages(LogbookStore store, int count) {
        List<Message> rows = new ArrayList<>();
        OffsetDateTime t = OffsetDateTime.parse("2026-01-01T09:00:00+09:00");
        for (int i = 0; i < count; i++) {
            rows.add(new Message(0, "依頼者" + i, t.plusMinutes(i), t.plusMinutes(i + 30), false,
                    "メモ " + "x".repeat(60) + i));
        }
        store.messages().addAll(rows);
    }

    static long messages(Path logbook) {
        try (LogbookStore store = LogbookStore.open(logbook)) {
            return Snapshots.rowCounts(store.database()).messages();
        }
    }

    static List<String> names(Path folder) throws Exception {
        try (var files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    /** 1. A backup onto a full disk fails, says so, and leaves the good older backup exactly as it was. */
    @Test
    void aBackupOntoAFullDiskFailsAndTheOlderBackupStays() throws Exception {
        Path usb = dir.resolve("usb");
        try (SmallDisk disk = SmallDisk.mount(usb, "600k"); LogbookStore store = LogbookStore.open(dir.resolve("nintei.db"))) {
            addMessages(store, 100);
            Path backup = usb.resolve("backup.db");
            store.backupTo(backup);
            byte[] good = Files.readAllBytes(backup);

            addMessages(store, 20_000); // several MB: no longer fits
            assertThrows(StoreException.class, () -> store.backupTo(backup));
            assertArrayEquals(good, Files.readAllBytes(backup), "the older backup is untouched");
            assertEquals(List.of("backup.db"), names(usb), "no temporary file is left");
            LogbookOpener.verify(backup);
        }
    }

    /** 1. The daily backup onto a full disk is a warning, and the broken file never becomes "the latest backup". */
    @Test
    void aDailyBackupOntoAFullDiskIsAWarningAndYesterdaysStaysTheLatest() throws Exception {
        Path logbook = dir.resolve("nintei.db");
        try (SmallDisk disk = SmallDisk.mount(Backups.folder(logbook), "600k");
             LogbookStore store = LogbookStore.open(logbook)) {
            addMessages(store, 100);
            Path yesterday = store.dailyBackup(LocalDate.of(2026, 11, 27)).made().orElseThrow();
            addMessages(store, 20_000);
            Backups.Daily today = store.dailyBackup(LocalDate.of(2026, 11, 28));
            assertTrue(today.made().isEmpty());
            assertFalse(today.warnings().isEmpty());
            assertTrue(today.warnings().get(0).toString().startsWith("today's automatic backup failed"), today.warnings().get(0).toString());
            assertEquals(yesterday, Backups.latest(logbook).orElseThrow());
            assertEquals(List.of("nintei-2026-11-27.db"), names(Backups.folder(logbook)));
            LogbookOpener.verify(yesterday);
        }
    }

    /** 2. A restore that runs out of disk leaves the logbook in place, whole. */
    @Test
    void aRestoreOnAFullDiskLeavesTheLogbookAsItWas() throws Exception {
        Path backup = dir.resolve("big-backup.db");
        try (LogbookStore big = LogbookStore.open(dir.resolve("big.db"))) {
            addMessages(big, 20_000);
            big.backupTo(backup);
        }
        Path small = dir.resolve("small");
        try (SmallDisk disk = SmallDisk.mount(small, "2m")) {
            Path logbook = small.resolve("nintei.db");
            try (LogbookStore store = LogbookStore.open(logbook)) {
                addMessages(store, 300);
            }
            disk.fill();
            byte[] before = Files.readAllBytes(logbook);
            assertThrows(StoreException.class, () -> Backups.restoreFile(logbook, backup, NOW));
            assertArrayEquals(before, Files.readAllBytes(logbook));
            Files.delete(small.resolve("filler"));
            assertEquals(300, messages(logbook));
        }
    }

    /** 2. Restoring the logbook onto itself is refused, in the CLI's way and in the app's. */
    @Test
    void theLogbookItselfIsNotABackup() throws Exception {
        Path logbook = dir.resolve("nintei.db");
        try (LogbookStore store = LogbookStore.open(logbook)) {
            addMessages(store, 10);
            var e = assertThrows(StoreException.class, () -> store.restoreFrom(logbook, NOW));
            assertTrue(e.getMessage().contains("is the logbook itself"), e.getMessage());
        }
        var e = assertThrows(StoreException.class, () -> Backups.restoreFile(logbook, logbook, NOW));
        assertTrue(e.getMessage().contains("is the logbook itself"), e.getMessage());
        assertEquals(10, messages(logbook));
    }

    /** 3. A backup whose last transactions are still in its -wal restores with them. */
    @Test
    void aBackupWithAWalBesideItRestoresWhole() throws Exception {
        Path source = dir.resolve("live/other.db");
        Path copy = dir.resolve("copy");
        Files.createDirectories(copy);
        try (LogbookStore store = LogbookStore.open(source)) {
            addMessages(store, 50); // committed, in other.db-wal, not yet in other.db
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                Files.copy(source.resolveSibling("other.db" + suffix), copy.resolve("other.db" + suffix));
            }
        }
        assertTrue(Files.size(copy.resolve("other.db-wal")) > 0, "the rows are in the -wal");
        Path logbook = dir.resolve("nintei.db");
        LogbookStore.open(logbook).close();
        Backups.restoreFile(logbook, copy.resolve("other.db"), NOW);
        assertEquals(50, messages(logbook));
    }

    /** 4. Two restores in the same second keep both replaced logbooks. */
    @Test
    void twoRestoresInTheSameSecondKeepBothReplacedLogbooks() throws Exception {
        Path logbook = dir.resolve("nintei.db");
        Path backup = dir.resolve("b.db");
        try (LogbookStore store = LogbookStore.open(logbook)) {
            addMessages(store, 5);
            store.backupTo(backup);
        }
        Path first = Backups.restoreFile(logbook, backup, NOW).orElseThrow();
        Path second = Backups.restoreFile(logbook, backup, NOW).orElseThrow();
        assertNotEquals(first, second);
        assertTrue(Files.exists(first) && Files.exists(second));
        try (LogbookStore store = LogbookStore.open(dir.resolve("inapp.db"))) {
            Path a = store.restoreFrom(backup, NOW);
            Path b = store.restoreFrom(backup, NOW);
            assertNotEquals(a, b);
        }
    }

    /** 5. A copy being written is owner-only from its first byte. */
    @Test
    void aCopyBeingWrittenIsOwnerOnlyFromItsFirstByte() throws Exception {
        Path temp = SafeCopy.newTemp(dir.resolve("backup.db"));
        if (Files.getFileStore(temp).supportsFileAttributeView("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(temp)));
        }
        assertEquals(0, Files.size(temp));
    }

    /** 8. A backups folder that cannot be used is a warning; the command still runs. */
    @Test
    void aBackupsFolderInTheWayIsAWarning() throws Exception {
        Path logbook = dir.resolve("nintei.db");
        Files.createDirectories(Backups.folder(logbook).resolve("nintei-2026-11-28.db")); // a folder with today's name
        Files.createDirectories(Backups.folder(logbook).resolve("nintei-2026-01-01.db/inside")); // and an old one
        try (LogbookStore store = LogbookStore.open(logbook)) {
            Backups.Daily today = store.dailyBackup(LocalDate.of(2026, 11, 28));
            assertTrue(today.made().isEmpty());
            assertTrue(today.warnings().get(0).toString().contains("is in the way"), today.warnings().toString());
            addMessages(store, 1);
        }
        Path other = dir.resolve("other/nintei.db");
        Files.createDirectories(other.getParent());
        Files.writeString(Backups.folder(other), "a file where the backups folder should be");
        try (LogbookStore store = LogbookStore.open(other)) {
            assertFalse(store.dailyBackup(LocalDate.of(2026, 11, 28)).warnings().isEmpty());
            addMessages(store, 1);
        }
        assertEquals(1, messages(other));
    }

    /** 10. An empty file where a logbook with backups was is refused; with nothing beside it, it starts a new one. */
    @Test
    void aZeroByteLogbookWithBackupsIsRefusedAndWithoutThemStartsOwnerOnly() throws Exception {
        Path logbook = dir.resolve("nintei.db");
        try (LogbookStore store = LogbookStore.open(logbook)) {
            addMessages(store, 3);
            store.dailyBackup(LocalDate.of(2026, 11, 27));
        }
        Files.write(logbook, new byte[0]);
        Files.deleteIfExists(logbook.resolveSibling("nintei.db-wal"));
        var e = assertThrows(RefusedFileException.class, () -> LogbookStore.open(logbook));
        assertTrue(e.getMessage().contains("is empty (0 bytes)"), e.getMessage());
        assertEquals(0, Files.size(logbook));

        Path fresh = dir.resolve("fresh/nintei.db");
        Files.createDirectories(fresh.getParent());
        Files.createFile(fresh);
        LogbookStore.open(fresh).close();
        if (Files.getFileStore(fresh).supportsFileAttributeView("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)));
        }
    }

    /** 12. Logbooks sharing a folder keep their own backups, and recovery offers only a logbook's own. */
    @Test
    void logbooksSharingAFolderNeverShareBackups() throws Exception {
        Path a = dir.resolve("a.db");
        Path b = dir.resolve("b.db");
        try (LogbookStore storeB = LogbookStore.open(b)) {
            addMessages(storeB, 2);
            storeB.dailyBackup(LocalDate.of(2026, 11, 28));
        }
        assertTrue(Backups.latest(a).isEmpty(), "b's backup is never offered for a");
        try (LogbookStore storeA = LogbookStore.open(a)) {
            addMessages(storeA, 1);
            assertTrue(storeA.dailyBackup(LocalDate.of(2026, 11, 28)).made().isPresent(), "a gets its own backup too");
        }
        assertEquals(Backups.folder(a).resolve("a-2026-11-28.db"), Backups.latest(a).orElseThrow());
        assertEquals(Backups.folder(b).resolve("b-2026-11-28.db"), Backups.latest(b).orElseThrow());
        Path restored = dir.resolve("restored.db");
        Files.copy(Backups.latest(a).orElseThrow(), restored, StandardCopyOption.REPLACE_EXISTING);
        assertEquals(1, messages(restored));
    }

    /** An import onto a full disk says the disk is full (a failed rollback used to hide it), and writes nothing. */
    @Test
    void anImportOntoAFullDiskSaysSoAndWritesNothing() throws Exception {
        Path small = dir.resolve("small");
        try (SmallDisk disk = SmallDisk.mount(small, "1m"); LogbookStore store = LogbookStore.open(small.resolve("nintei.db"))) {
            addMessages(store, 10);
            var e = assertThrows(StoreException.class, () -> addMessages(store, 50_000));
            assertTrue(e.getMessage().contains("full"), e.getMessage());
            assertFalse(e.getMessage().contains("no transaction is active"), e.getMessage());
            assertEquals(10, Snapshots.rowCounts(store.database()).messages());
        }
    }

    /** A backup in a read-only folder (a write-protected stick) can be restored: backups are not WAL files. */
    @Test
    void aBackupInAReadOnlyFolderCanBeRestored() throws Exception {
        Path stick = dir.resolve("stick");
        try (SmallDisk disk = SmallDisk.mount(stick, "2m")) {
            Path backup = stick.resolve("backup.db");
            try (LogbookStore store = LogbookStore.open(dir.resolve("source.db"))) {
                addMessages(store, 7);
                store.backupTo(backup);
            }
            disk.readOnly();
            Path logbook = dir.resolve("nintei.db");
            Backups.restoreFile(logbook, backup, NOW);
            assertEquals(7, messages(logbook));
        }
    }
}
