package jp.nintei.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import jp.nintei.store.LogbookStore;
import jp.nintei.store.SmallDisk;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files beside and around a logbook (data safety, round three, item 11 d–i and l). */
class FilesAroundTheLogbookTest {

    @TempDir
    Path dir;

    Path fifo(String name) throws Exception {
        Path fifo = dir.resolve(name);
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        Assumptions.assumeTrue(mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0, "skipped: no mkfifo here");
        return fifo;
    }

    /** d. A pipe or a link to a device is said to be what it is — not "no such file" — and nothing waits on it. */
    @Test
    void importingOrRestoringAPipeOrADeviceSaysWhatItIs() throws Exception {
        CliRunner cli = new CliRunner(dir.resolve("nintei.db"));
        cli.run("set", "verified.nda", "true");
        Path pipe = fifo("pipe.csv");
        Path zero = Files.createSymbolicLink(dir.resolve("zero.db"), Path.of("/dev/zero"));
        var imported = cli.run("import", "messages", pipe.toString());
        assertEquals(1, imported.code());
        assertTrue(imported.err().contains("is not a regular file (a pipe or a device)"), imported.err());
        var linked = cli.run("import", "messages", zero.toString());
        assertTrue(linked.err().contains("is not a regular file (a pipe or a device)"), linked.err());
        var restored = cli.run("restore", zero.toString());
        assertEquals(1, restored.code());
        assertTrue(restored.err().contains("is not a regular file (a pipe or a device)"), restored.err());
        assertFalse(restored.err().contains("no such file"), restored.err());
    }

    /** e. A restore that cannot keep the logbook it replaces says why, and changes nothing. */
    @Test
    void aRestoreWithAReadOnlyBackupsFolderSaysWhy() throws Exception {
        Path db = dir.resolve("nintei.db");
        CliRunner cli = new CliRunner(db);
        cli.run("set", "verified.nda", "true");
        assertEquals(0, cli.run("backup", dir.resolve("b.db").toString()).code());
        cli.run("set", "verified.phone", "true");
        try (SmallDisk backups = SmallDisk.mount(dir.resolve("backups"), "1m")) {
            backups.readOnly();
            var result = cli.run("restore", dir.resolve("b.db").toString());
            assertEquals(1, result.code());
            assertTrue(result.err().contains("Read-only file system"), result.err());
            assertFalse(result.err().contains("Cannot create the logbook"), result.err());
            assertEquals("true\n", cli.run("get", "verified.phone").out(), "the logbook was left as it was");
        }
    }

    /** f. A logbook that cannot be written to is said to be read-only, not "[SQLITE_READONLY]". */
    @Test
    void setOnAReadOnlyLogbookSaysSo() throws Exception {
        Path db = dir.resolve("nintei.db");
        CliRunner cli = new CliRunner(db);
        cli.run("set", "verified.nda", "true");
        Process lock = new ProcessBuilder("chattr", "+i", db.toString()).start(); // read-only even for root
        Assumptions.assumeTrue(lock.waitFor(10, TimeUnit.SECONDS) && lock.exitValue() == 0, "skipped: no chattr here");
        try {
            var result = cli.run("set", "verified.phone", "true");
            assertEquals(1, result.code());
            assertTrue(result.err().contains("read-only"), result.err());
            assertFalse(result.err().contains("SQLITE_READONLY"), result.err());
            assertEquals(0, cli.run("get").code(), "reading still works");
        } finally {
            new ProcessBuilder("chattr", "-i", db.toString()).start().waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** g. The journal is the user's alone even when the logbook was made readable by others; the user is told. */
    @Test
    void theLogbookAndItsJournalBecomePrivateAndTheUserIsTold() throws Exception {
        Path db = dir.resolve("nintei.db");
        new CliRunner(db).run("set", "verified.nda", "true");
        Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("rw-r--r--"));
        try (LogbookStore store = LogbookStore.open(db)) {
            for (String name : new String[] {"nintei.db", "nintei.db-wal", "nintei.db-shm"}) {
                assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(name))),
                        name);
            }
            String notices = String.join("\n", store.takeNotices().stream().map(Object::toString).toList());
            assertTrue(notices.contains("nintei.db was rw-r--r--; Nintei made it readable by you alone"), notices);
        }
    }

    /** i. A folder or a pipe given as the logbook gets nothing made beside it. */
    @Test
    void aFolderOrAPipeAsTheLogbookGetsNoLockFileBesideIt() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("folder"));
        Path pipe = fifo("pipe.db");
        for (Path db : new Path[] {folder, pipe}) {
            for (String[] command : new String[][] {{"get"}, {"set", "verified.nda", "true"}, {"summary"}}) {
                var result = new CliRunner(db).run(command);
                assertEquals(1, result.code(), String.join(" ", command));
                assertFalse(Files.exists(dir.resolve(db.getFileName() + ".lock")), db + " " + String.join(" ", command));
            }
        }
    }

    /** l. The copies a restore keeps are rotated like backups: the last five. */
    @Test
    void replacedCopiesAreRotated() throws Exception {
        Path db = dir.resolve("nintei.db");
        CliRunner cli = new CliRunner(db);
        cli.run("set", "verified.nda", "true");
        cli.run("backup", dir.resolve("b.db").toString());
        for (int i = 0; i < 8; i++) {
            CliRunner later = new CliRunner(db, Clock.offset(CliRunner.CLOCK, Duration.ofMinutes(i)));
            assertEquals(0, later.run("restore", dir.resolve("b.db").toString()).code());
        }
        try (var files = Files.list(dir.resolve("backups"))) {
            var replaced = files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("replaced-"))
                    .filter(n -> n.endsWith(".db")).sorted().toList();
            assertEquals(5, replaced.size(), replaced.toString());
            assertTrue(replaced.get(4).contains("-180700"), "the newest are kept: " + replaced);
        }
    }
}
