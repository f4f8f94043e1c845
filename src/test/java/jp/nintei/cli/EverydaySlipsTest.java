package jp.nintei.cli;

import java.nio.file.attribute.FileTime;
import java.time.Instant;
import jp.nintei.files.TempFiles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import jp.nintei.domain.Job;
import jp.nintei.domain.JobStatus;
import jp.nintei.store.LogbookStore;
import jp.nintei.store.StoreException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The smaller attacks of "data safety, round two", each through the door a user would use. */
class EverydaySlipsTest {

    @TempDir
    Path dir;

    Path csv(String name, String content) throws Exception {
        return CliRunner.file(dir, name, content);
    }

    /** 9. One damaged value names its table, row and field; the other exports still work; the check finds it. */
    @Test
    void aDamagedValueIsNamedAndStopsNothingElse() throws Exception {
        Path db = dir.resolve("nintei.db");
        CliRunner cli = new CliRunner(db);
        cli.run("import", "jobs", csv("jobs.csv", "status,title,ordered_on,closed_on\ncompleted,a,2026-02-01,2026-02-12\n")
                .toString());
        cli.run("import", "messages", csv("m.csv", "received_at\n2026-11-27T09:00:00+09:00\n").toString());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute("PRAGMA ignore_check_constraints = 1"); // written behind Nintei's back
            st.execute("UPDATE job SET closed_on = '2026-x2-12'");
        }
        var export = cli.run("export", "jobs", dir.resolve("jobs-out.csv").toString());
        assertEquals(1, export.code());
        assertTrue(export.err().contains("job row 1, field closed_on, holds '2026-x2-12'"), export.err());
        assertEquals(0, cli.run("export", "messages", dir.resolve("m-out.csv").toString()).code(),
                "a damaged job does not stop the messages");
        assertEquals(0, cli.run("summary").code(), "nor the summary");
        // the day's first deep check (a writer opens) finds it and offers the way back
        var write = cli.run("set", "verified.nda", "true");
        assertEquals(1, write.code());
        assertTrue(write.err().contains("holds a value Nintei cannot read: its job row 1, field closed_on, holds "
                + "'2026-x2-12'"), write.err());
        assertTrue(write.err().contains("restore"), write.err());
        assertTrue(write.err().contains("nintei --db " + db + " repair"), write.err());
        // the rest is kept: the damaged row goes to a CSV file, the messages stay
        var repair = cli.run("repair");
        assertEquals(0, repair.code(), repair.err());
        assertTrue(repair.out().startsWith("Set 1 damaged row aside in "), repair.out());
        assertEquals(0, cli.run("set", "verified.nda", "true").code());
        assertTrue(cli.run("export", "messages", "-").out().contains("2026-11-27T09:00:00+09:00"));
    }

    /** 11. A deleted lock file no longer lets two writers in: the first stops writing. */
    @Test
    void deletingTheLockFileStopsTheFirstWriter() throws Exception {
        Path db = dir.resolve("nintei.db");
        try (LogbookStore first = LogbookStore.open(db)) {
            first.jobs().add(job("before"));
            Files.delete(dir.resolve("nintei.db.lock"));
            try (LogbookStore second = LogbookStore.open(db)) {
                var e = assertThrows(StoreException.class, () -> first.jobs().add(job("from the first")));
                assertTrue(e.getMessage().contains("was removed while the logbook was open"), e.getMessage());
                second.jobs().add(job("from the second"));
                assertEquals(2, second.jobs().all().size());
            }
        }
    }

    /** A restore takes the same lock: it waits for, then refuses, an open logbook. */
    @Test
    void aRestoreWhileTheLogbookIsOpenIsRefused() throws Exception {
        Path db = dir.resolve("nintei.db");
        Path backup = dir.resolve("b.db");
        try (LogbookStore store = LogbookStore.open(db)) {
            store.jobs().add(job("live"));
            store.backupTo(backup);
            var restore = new CliRunner(db).run("restore", backup.toString());
            assertEquals(1, restore.code());
            assertTrue(restore.err().contains("already open"), restore.err());
            assertEquals(1, store.jobs().all().size());
        }
    }

    /** Times: a skipped or doubled local time needs an offset; a date glued to its time is not a time. */
    @Test
    void localTimesThatDoNotExistOrHappenTwiceAreRefused() throws Exception {
        CliRunner ny = new CliRunner(dir.resolve("nintei.db"), CliRunner.CLOCK.withZone(ZoneId.of("America/New_York")));
        var gap = ny.run("import", "messages", csv("gap.csv", "received_at\n2026-03-08T02:30\n").toString());
        assertEquals(1, gap.code());
        assertTrue(gap.err().contains("line 2, field received_at: '2026-03-08T02:30' does not exist or happens twice"),
                gap.err());
        var overlap = ny.run("import", "messages", csv("overlap.csv", "received_at\n2026-11-01 01:30\n").toString());
        assertEquals(1, overlap.code());
        assertTrue(overlap.err().contains("write it with its offset"), overlap.err());
        assertEquals(0, ny.run("import", "messages",
                csv("ok.csv", "received_at\n2026-11-01T01:30:00-04:00\n").toString()).code());
        var glued = ny.run("import", "messages", csv("glued.csv", "received_at\n2026-11-0509:15\n").toString());
        assertEquals(1, glued.code());
    }

    /** Odd command lines and files get a sentence, not a hang or a trace. */
    @Test
    void oddPathsAndValuesGetASentence() throws Exception {
        var empty = CliRunner.runRaw("--db", "", "get");
        assertEquals(2, empty.code());
        assertTrue(empty.err().contains("--db needs a file name"), empty.err());

        CliRunner cli = new CliRunner(dir.resolve("nintei.db"));
        var injected = cli.run("set", "earnings.category", "記事\nverified.nda=true");
        assertEquals(1, injected.code());
        assertEquals("false", cli.run("get", "verified.nda").out().strip());

        Path folder = Files.createDirectories(dir.resolve("backup-folder"));
        var backup = cli.run("backup", folder.toString());
        assertEquals(1, backup.code());
        assertTrue(Files.isDirectory(folder), "the folder is not replaced by a backup");

        StringBuilder wide = new StringBuilder("received_at");
        for (int i = 0; i < 100_000; i++) {
            wide.append(",extra").append(i);
        }
        var header = cli.run("import", "messages", csv("wide.csv", wide + "\n").toString());
        assertEquals(1, header.code());
        assertTrue(header.err().length() < 1_000, "a short message: " + header.err().length() + " characters");
        assertTrue(header.err().contains("and 99995 more"), header.err());
    }

    @Test
    void aPipeAsTheLogbookIsRefusedAtOnce() throws Exception {
        Path fifo = dir.resolve("pipe.db");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        Assumptions.assumeTrue(mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0, "skipped: no mkfifo here");
        var result = new CliRunner(fifo).run("get");
        assertEquals(1, result.code());
        assertTrue(result.err().contains("is not a regular file (a pipe or a device)"), result.err());
        assertFalse(Files.exists(dir.resolve("pipe.db.lock")), "nothing is made beside it");
    }

    /**
     * 6. A huge file that is not rows (2.2 GB of zeros, no line break) gets a sentence, not an OutOfMemoryError: the
     * import streams files of any size, so what it bounds is the line.
     */
    @Test
    void aHugeCsvGetsASentence() throws Exception {
        Path huge = dir.resolve("huge.csv");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(2_200_000_000L); // sparse: takes no disk
        }
        var result = new CliRunner(dir.resolve("nintei.db")).run("import", "messages", huge.toString());
        assertEquals(1, result.code());
        assertTrue(result.err().contains(huge + ", line 1: a line longer than 8,388,608 characters"), result.err());
        assertFalse(result.err().contains("Exception"), result.err());
    }

    /** A title of NUL characters is refused in words, not with SQLite's constraint message. */
    @Test
    void nulCharactersAreRefusedInWords() throws Exception {
        CliRunner cli = new CliRunner(dir.resolve("nintei.db"));
        var result = cli.run("import", "jobs", csv("nul.csv",
                "status,title,ordered_on\nin_progress,\0\0\0,2026-11-01\n").toString());
        assertEquals(1, result.code());
        assertTrue(result.err().contains("line 2, field title: contains a NUL character"), result.err());
        assertFalse(result.err().contains("SQLITE"), result.err());
    }

    /** A logbook from a newer Nintei is never offered an older backup: that would lose the newer data. */
    @Test
    void aNewerLogbookIsNotToldToRestoreAnOlderBackup() throws Exception {
        Path db = dir.resolve("nintei.db");
        CliRunner cli = new CliRunner(db);
        cli.run("set", "verified.nda", "true"); // today's backup exists now
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute("PRAGMA user_version = 99");
        }
        var result = cli.run("get");
        assertEquals(1, result.code());
        assertTrue(result.err().contains("newer version of Nintei"), result.err());
        assertFalse(result.err().contains("The latest backup is"), result.err());
        assertTrue(result.err().contains("do not restore an older backup"), result.err());
    }

    /** A healthy logbook in a read-only folder is called what it is, not damaged. */
    @Test
    void aLogbookInAReadOnlyFolderIsNotCalledDamaged() throws Exception {
        Path ro = dir.resolve("ro");
        Files.createDirectories(ro);
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", ro.toString())
                .redirectErrorStream(true).start();
        Assumptions.assumeTrue(mount.waitFor(20, TimeUnit.SECONDS) && mount.exitValue() == 0,
                "skipped: a read-only folder is made by remounting a tmpfs, which needs root");
        try {
            Path db = ro.resolve("nintei.db");
            assertEquals(0, new CliRunner(db).run("set", "verified.nda", "true").code());
            Process remount = new ProcessBuilder("mount", "-o", "remount,ro", ro.toString()).start();
            assertTrue(remount.waitFor(20, TimeUnit.SECONDS) && remount.exitValue() == 0);
            var result = new CliRunner(db).run("get");
            assertEquals(1, result.code());
            assertTrue(result.err().contains("cannot be written to (it is read-only)"), result.err());
            assertFalse(result.err().contains("damaged"), result.err());
        } finally {
            new ProcessBuilder("umount", "-l", ro.toString()).start().waitFor(20, TimeUnit.SECONDS);
        }
    }

    /**
     * Temporary files a killed backup, restore or export left are cleared the next time — only those: names Nintei
     * makes (a prefix and a random UUID). A user's own dot-files that look like temporary files stay (round three, 6),
     * and so does one written to in the last hour: another Nintei may be writing or verifying it still.
     */
    @Test
    void staleTemporaryFilesAreClearedAndNothingElse() throws Exception {
        Path db = dir.resolve("nintei.db");
        String uuid = "0f8fad5b-d9cb-469f-a165-70867728950e";
        FileTime killedLongAgo = FileTime.from(Instant.now().minus(TempFiles.STALE_AFTER).minusSeconds(60));
        Files.setLastModifiedTime(Files.writeString(dir.resolve(".nintei-tmp-" + uuid + ".db"), "half a restore"),
                killedLongAgo);
        Files.setLastModifiedTime(Files.writeString(dir.resolve(".nintei-tmp-" + uuid + ".csv"), "half an export"),
                killedLongAgo);
        String busy = ".nintei-tmp-7c9e6679-7425-40de-944b-e07fc1f90ae7.db";
        Files.writeString(dir.resolve(busy), "a backup another Nintei is verifying");
        Files.writeString(dir.resolve(".s-notes.tmp"), "the user's notes");
        Files.writeString(dir.resolve(".進捗.csv123.tmp"), "the user's file");
        Files.writeString(dir.resolve(".nintei-tmp-mine.db"), "not a name Nintei makes");
        CliRunner cli = new CliRunner(db);
        assertEquals(0, cli.run("set", "verified.nda", "true").code());
        assertEquals(0, cli.run("summary", "--out", dir.resolve("s").toString()).code());
        assertEquals(0, cli.run("summary", "--out", dir.resolve("進捗.csv").toString()).code());
        assertFalse(Files.exists(dir.resolve(".nintei-tmp-" + uuid + ".db")));
        assertFalse(Files.exists(dir.resolve(".nintei-tmp-" + uuid + ".csv")));
        assertEquals("the user's notes", Files.readString(dir.resolve(".s-notes.tmp")));
        assertEquals("the user's file", Files.readString(dir.resolve(".進捗.csv123.tmp")));
        assertTrue(Files.exists(dir.resolve(".nintei-tmp-mine.db")));
        assertTrue(Files.exists(dir.resolve(busy)), "one written to a moment ago stays");
        assertTrue(Files.exists(dir.resolve("進捗.csv")));
    }

    static Job job(String title) {
        return new Job(0, title, "", "", LocalDate.of(2026, 1, 1), JobStatus.IN_PROGRESS, null, null, false, "");
    }
}
