package jp.nintei.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process killed with SIGKILL while an import is writing leaves a logbook that passes integrity_check and holds
 * all rows of that import or none, with every earlier row still there. Every kill imports rows the logbook does not
 * have yet (identical rows are skipped, and a kill then lands in a read), and waits until the import holds SQLite's
 * write lock — seen from outside: another connection's BEGIN IMMEDIATE is refused — before it kills, at points
 * spread across the write.
 */
class CrashSafetyIT {

    static final int ROWS = 20_000;
    static final int KILLS = 12;

    @TempDir
    Path dir;

    Process start(Path db, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("nintei.jar"), "--db", db.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("out.txt").toFile());
        pb.environment().put("XDG_DATA_HOME", dir.resolve("xdg").toString());
        return pb.start();
    }

    long[] counts(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                rs.next();
                assertEquals("ok", rs.getString(1));
            }
            try (ResultSet rs = st.executeQuery("SELECT (SELECT count(*) FROM job), (SELECT count(*) FROM message)")) {
                return new long[] {rs.getLong(1), rs.getLong(2)};
            }
        }
    }

    /**
     * Whether another connection holds the logbook's write lock: a BEGIN IMMEDIATE on {@code watch} is refused at
     * once. One connection, opened before the import starts, so that a check costs microseconds, not the driver's
     * first load (on a slow machine that alone outlasted a whole import, and the lock was never seen).
     */
    static boolean writing(Statement watch) {
        try {
            watch.execute("BEGIN IMMEDIATE");
            watch.execute("ROLLBACK");
            return false;
        } catch (SQLException busy) {
            return true;
        }
    }

    static Connection watcher(Path db) throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA busy_timeout = 0");
        }
        return c;
    }

    /** A CSV of {@code ROWS} messages none of which is in the logbook yet (the note names the round). */
    Path freshMessages(int round) throws Exception {
        Path messages = dir.resolve("messages-" + round + ".csv");
        StringBuilder csv = new StringBuilder("client,received_at,replied_at,note\n");
        for (int i = 0; i < ROWS; i++) {
            csv.append("依頼者").append(i % 50).append(",2026-11-01T09:00:00+09:00,2026-11-01T10:00:00+09:00,")
                    .append("回 ").append(round).append(" メッセージ ").append(i).append('\n');
        }
        Files.writeString(messages, csv, StandardCharsets.UTF_8);
        return messages;
    }

    /** Waits until {@code p} holds the write lock; false when it ended first. */
    static boolean untilWriting(Process p, Statement watch) throws InterruptedException {
        while (p.isAlive()) {
            if (writing(watch)) {
                return true;
            }
            Thread.sleep(1);
        }
        return false;
    }

    String output() throws Exception {
        return Files.readString(dir.resolve("out.txt"));
    }

    @Test
    void importsKilledWhileWritingLeaveAllRowsOrNone() throws Exception {
        Path db = dir.resolve("nintei.db");
        Path jobs = dir.resolve("jobs.csv");
        Files.writeString(jobs, "title,ordered_on,status\n" + "既存の案件,2026-01-01,in_progress\n".repeat(100));
        Process first = start(db, "import", "jobs", jobs.toString());
        assertTrue(first.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, first.exitValue(), output());
        int killedWriting = 0;

        counts(db); // the driver is loaded and the logbook exists before anything is timed
        try (Connection c = watcher(db); Statement watch = c.createStatement()) {
            // how long an import holds the write lock, from outside
            Process whole = start(db, "import", "messages", freshMessages(-1).toString());
            boolean seen = untilWriting(whole, watch);
            long writingFrom = System.nanoTime();
            assertTrue(whole.waitFor(120, TimeUnit.SECONDS));
            assertEquals(0, whole.exitValue(), output());
            assertTrue(seen, "the import took the write lock");
            long writeMillis = Math.max(1, (System.nanoTime() - writingFrom) / 1_000_000);
            assertEquals(ROWS, counts(db)[1]);

            for (int k = 0; k < KILLS; k++) {
                long before = counts(db)[1];
                Process p = start(db, "import", "messages", freshMessages(k).toString());
                if (untilWriting(p, watch)) {
                    Thread.sleep(writeMillis * k / KILLS); // spread across the write
                    if (p.isAlive() && writing(watch)) {
                        p.destroyForcibly(); // SIGKILL, inside the write transaction
                        killedWriting++;
                    }
                }
                assertTrue(p.waitFor(60, TimeUnit.SECONDS));
                long[] after = counts(db);
                assertEquals(100, after[0], "earlier rows survive kill " + k);
                assertTrue(after[1] == before || after[1] == before + ROWS,
                        "kill " + k + ": " + before + " → " + after[1] + "\n" + output());
            }
            System.out.printf("crash safety: %d kills, %d inside the write transaction (held %d ms by a whole import "
                    + "of %d rows)%n", KILLS, killedWriting, writeMillis, ROWS);
        }
        assertEquals(0, counts(db)[1] % ROWS, "only whole imports are in the logbook");
        assertTrue(killedWriting >= KILLS / 2, "most kills landed inside the write: " + killedWriting);
    }
}
