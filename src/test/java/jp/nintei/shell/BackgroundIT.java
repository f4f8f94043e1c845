package jp.nintei.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import jp.nintei.domain.Message;
import jp.nintei.store.LogbookStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code nintei --background} as a process of its own, as a user's login would start it: it shows a reply deadline
 * through the desktop's notification service (here a {@code notify-send} of the test's own on the PATH) with no
 * window, holds nothing open — another program writes to the logbook meanwhile — and, started again, reminds of
 * the message written meanwhile but not of the first one again.
 */
class BackgroundIT {

    @TempDir
    Path dir;

    @Test
    void remindsWithNoWindowOncePerMessageAcrossARestartHoldingNothing() throws Exception {
        Path db = dir.resolve("nintei.db");
        try (LogbookStore store = LogbookStore.open(db)) {
            store.messages().add(new Message(0, "田中様", OffsetDateTime.now().minusHours(23), null, false, ""));
        }
        Path notified = dir.resolve("notified.txt");
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path notifySend = bin.resolve("notify-send");
        Files.writeString(notifySend, "#!/bin/sh\nprintf '%s|' \"$@\" >> '" + notified + "'\necho >> '" + notified
                + "'\n");
        Files.setPosixFilePermissions(notifySend, PosixFilePermissions.fromString("rwx------"));

        Process first = start(db, bin);
        try {
            waitFor(() -> Files.exists(notified) && Files.readString(notified).contains("田中様"), first);
            List<String> lines = Files.readAllLines(notified, StandardCharsets.UTF_8);
            assertEquals(1, lines.size(), lines.toString());
            assertTrue(lines.get(0).startsWith("--app-name=Nintei|"), lines.get(0));
            assertTrue(Files.exists(SingleInstance.fileFor(db)), "it can be asked to show the window");
            try (LogbookStore other = LogbookStore.open(db)) { // nothing held: another program writes
                other.messages().add(new Message(0, "鈴木様", OffsetDateTime.now().minusHours(23), null, false, ""));
            }
        } finally {
            stop(first);
        }

        Process again = start(db, bin); // a restart: the new message is reminded, the first one not again
        try {
            waitFor(() -> Files.readString(notified).contains("鈴木様"), again);
            List<String> lines = Files.readAllLines(notified, StandardCharsets.UTF_8);
            assertEquals(2, lines.size(), lines.toString());
            assertEquals(1, lines.stream().filter(l -> l.contains("田中様")).count(), lines.toString());
        } finally {
            stop(again);
        }
    }

    private Process start(Path db, Path bin) throws Exception {
        List<String> command = new ArrayList<>(List.of(LockSafetyIT.java(), "-cp", System.getProperty("java.class.path"),
                "-Dglass.platform=Headless", "-Djava.awt.headless=true", "-Duser.language=en",
                "-Duser.home=" + dir.resolve("home"), "-Djava.util.prefs.userRoot=" + dir.resolve("prefs"),
                Main.class.getName(), "--background", "--db", db.toString()));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("background-output.txt").toFile());
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        pb.environment().put("DISPLAY", ":0"); // not opened: the headless platform, and no window is shown
        pb.environment().put("XDG_DATA_HOME", dir.resolve("home/.local/share").toString());
        return pb.start();
    }

    private void stop(Process process) throws Exception {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
    }

    interface Check {
        boolean ok() throws Exception;
    }

    private void waitFor(Check check, Process process) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!check.ok()) {
            assertTrue(process.isAlive(), "it ended: " + Files.readString(dir.resolve("background-output.txt")));
            assertTrue(System.nanoTime() < deadline, "timed out: " + Files.readString(dir.resolve("background-output.txt")));
            Thread.sleep(100);
        }
    }
}
