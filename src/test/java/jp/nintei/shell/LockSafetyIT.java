package jp.nintei.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import jp.nintei.domain.Message;
import jp.nintei.store.LogbookStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No committed write is lost to a file dialog (data safety, round three, item 1). The real app runs in a process of
 * its own ({@link LockHarness}); its file dialogs read every file of the folder they show, as GTK's do. After every
 * flow that shows a dialog or touches files, another SQLite program opens and closes the logbook, the app logs a
 * message, and is killed with SIGKILL: every committed row must still be in the logbook.
 *
 * <p>Before, the import dialog opened in the data folder: its reading of {@code nintei.db} and {@code nintei.db-shm}
 * dropped SQLite's locks, the other program took the journal away, and the message logged next was lost.
 */
class LockSafetyIT {

    @TempDir
    Path dir;

    final class App implements AutoCloseable {
        final Process process;
        final PrintWriter in;
        final BufferedReader out;
        final List<String> said = new ArrayList<>();

        App(Path db, Path documents) throws Exception {
            List<String> command = new ArrayList<>(List.of(java(), "-cp", System.getProperty("java.class.path"),
                    "-Dglass.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k",
                    "-Dheadless.geometry=1280x800-32", "-Djava.awt.headless=true", "-Duser.language=en",
                    "-Duser.home=" + dir.resolve("home"), "-Djava.util.prefs.userRoot=" + dir.resolve("prefs"),
                    LockHarness.class.getName(), db.toString(), documents.toString()));
            ProcessBuilder pb = new ProcessBuilder(command).redirectError(dir.resolve("app-stderr.txt").toFile());
            pb.environment().put("XDG_CONFIG_HOME", dir.resolve("home/.config").toString());
            process = pb.start();
            in = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
            out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            expect("ready");
        }

        /** Sends a command and waits for its answer; a dialog that started in the data folder fails the test. */
        void run(String command) throws Exception {
            in.println(command);
            expect("ok");
        }

        private void expect(String start) throws Exception {
            for (String line; (line = out.readLine()) != null; ) {
                said.add(line);
                assertFalse(line.startsWith("violation") || line.startsWith("failed"), line + "\n" + stderr());
                if (line.startsWith(start)) {
                    return;
                }
            }
            throw new AssertionError("the app ended before '" + start + "': " + said + "\n" + stderr());
        }

        void kill() throws Exception {
            process.destroyForcibly(); // SIGKILL: no shutdown, no close, no checkpoint
            assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        }

        @Override
        public void close() throws Exception {
            if (process.isAlive()) {
                kill();
            }
        }
    }

    String stderr() throws Exception {
        Path err = dir.resolve("app-stderr.txt");
        return Files.exists(err) ? Files.readString(err) : "";
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Another program opens the logbook, counts its messages and closes it. */
    long otherProgramCounts(Path db) throws Exception {
        Process p = new ProcessBuilder(java(), "-cp", System.getProperty("java.class.path"),
                ExternalClient.class.getName(), db.toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), output);
        return Long.parseLong(output.lines().reduce((a, b) -> b).orElseThrow());
    }

    Path setUp() throws Exception {
        Files.createDirectories(dir.resolve("home/Documents"));
        Path db = dir.resolve("data/nintei.db");
        try (LogbookStore store = LogbookStore.open(db)) {
            store.messages().add(new Message(0, "one row", OffsetDateTime.parse("2026-10-01T09:00:00+09:00"),
                    null, false, ""));
        }
        return db;
    }

    @Test
    void everyFileFlowThenAnotherProgramThenAKillLosesNothing() throws Exception {
        Path db = setUp();
        try (App app = new App(db, dir.resolve("home/Documents"))) {
            app.run("flows");
            long before = otherProgramCounts(db);
            app.run("log");
            app.kill();
            assertEquals(before + 1, otherProgramCounts(db), "the message logged after the other program is kept");
        }
    }

    /** A user may still browse to the data folder by hand: the locks are taken again when the dialog closes. */
    @Test
    void aDialogBrowsedIntoTheDataFolderByHandLosesNothing() throws Exception {
        Path db = setUp();
        try (App app = new App(db, dir.resolve("home/Documents"))) {
            app.run("browse");
            long before = otherProgramCounts(db);
            app.run("log");
            app.kill();
            assertEquals(before + 1, otherProgramCounts(db));
        }
    }
}
