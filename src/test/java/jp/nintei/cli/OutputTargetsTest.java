package jp.nintei.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command that writes a file writes it the way that file wants (data safety, round three, item 7): a link is
 * followed and stays a link, a pipe or a device is written into and never replaced, {@code -} is standard output, and
 * a missing folder is an error, never created.
 */
class OutputTargetsTest {

    @TempDir
    Path dir;
    CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(dir.resolve("nintei.db"));
        assertEquals(0, cli.run("set", "verified.nda", "true").code());
    }

    @Test
    void aLinkIsFollowedAndStaysALink() throws Exception {
        Path target = Files.createDirectories(dir.resolve("real")).resolve("summary.csv");
        Files.writeString(target, "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), target);
        var result = cli.run("summary", "--out", link.toString());
        assertEquals(0, result.code(), result.err());
        assertTrue(Files.isSymbolicLink(link), "the link is still a link");
        assertTrue(Files.readString(target, StandardCharsets.UTF_8).startsWith("\uFEFFrequirement,"),
                "its target holds the summary");
        try (var files = Files.list(dir.resolve("real"))) {
            assertEquals(1, files.count(), "nothing left beside the target");
        }
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().startsWith(".nintei-tmp-")));
        }
    }

    @Test
    void aPipeIsWrittenIntoNotReplaced() throws Exception {
        Path fifo = dir.resolve("fifo.csv");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        Assumptions.assumeTrue(mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0, "skipped: no mkfifo here");
        CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(fifo, StandardCharsets.UTF_8);
            } catch (IOException e) {
                return e.toString();
            }
        });
        var result = cli.run("export", "jobs", fifo.toString());
        assertEquals(0, result.code(), result.err());
        assertTrue(reader.get(20, TimeUnit.SECONDS).startsWith("\uFEFFtitle,"), "the reader got the CSV");
        assertFalse(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS), "the pipe is still a pipe");
    }

    @Test
    void aDeviceIsWrittenIntoNotReplaced() throws Exception {
        Path devNull = Path.of("/dev/null");
        Assumptions.assumeTrue(Files.exists(devNull) && !Files.isRegularFile(devNull));
        assertEquals(0, cli.run("summary", "--out", "/dev/null").code());
        assertEquals(0, cli.run("history", "--from", "2026-11-01", "--to", "2026-11-02", "--out", "/dev/null").code());
        assertFalse(Files.isRegularFile(devNull, LinkOption.NOFOLLOW_LINKS));
    }

    @Test
    void aDashIsStandardOutputForEveryOutputFile() {
        var summary = cli.run("summary", "--out", "-");
        assertTrue(summary.out().startsWith("requirement,value,"), summary.out());
        var history = cli.run("history", "--from", "2026-11-01", "--to", "2026-11-01", "--out", "-");
        assertTrue(history.out().startsWith("as_of,"), history.out());
        var export = cli.run("export", "jobs", "-");
        assertEquals(0, export.code(), export.err());
        assertEquals("title,client,category,ordered_on,status,closed_on,amount_jpy,excluded,note\n", export.out());
        assertFalse(Files.exists(dir.resolve("-")));
    }

    @Test
    void aBackupIntoAMissingFolderFailsAndCreatesNothing() {
        var result = cli.run("backup", dir.resolve("no/such/dir/x.db").toString());
        assertEquals(1, result.code());
        assertTrue(result.err().contains("does not exist"), result.err());
        assertFalse(Files.exists(dir.resolve("no")));
    }

    @Test
    void aSummaryIntoAMissingFolderFailsAndCreatesNothing() {
        var result = cli.run("summary", "--out", dir.resolve("no/such.csv").toString());
        assertEquals(1, result.code());
        assertFalse(Files.exists(dir.resolve("no")));
    }

    /** The logbook itself, or its journal, is never an output file. */
    @Test
    void theLogbooksOwnFilesAreNeverWrittenOver() throws Exception {
        byte[] before = Files.readAllBytes(dir.resolve("nintei.db"));
        var summary = cli.run("summary", "--out", dir.resolve("nintei.db").toString());
        assertEquals(1, summary.code());
        assertTrue(summary.err().contains("is the logbook itself"), summary.err());
        Path relative = Path.of("").toAbsolutePath().relativize(dir.resolve("nintei.db")); // "../../tmp/…/nintei.db"
        var backup = cli.run("backup", relative.toString());
        assertEquals(1, backup.code(), "the same file by another name");
        Files.createLink(dir.resolve("hard.db"), dir.resolve("nintei.db"));
        var hard = cli.run("backup", dir.resolve("hard.db").toString());
        assertEquals(1, hard.code(), "a hard link to the logbook is the logbook");
        assertTrue(hard.err().contains("is the logbook itself"), hard.err());
        assertEquals(before.length, Files.readAllBytes(dir.resolve("nintei.db")).length);
        assertEquals(0, cli.run("get").code());
    }
}
