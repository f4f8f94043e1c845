package jp.nintei.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process killed with SIGKILL in the middle of a large import leaves a logbook that passes integrity_check and holds
 * all rows of that import or none, with every earlier row still there. Kills land at 24 points across the import.
 */
class CrashSafetyIT {

    static final int ROWS = 60_000;
    static final int KILLS = 24;

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

    @Test
    void killedImportsLeaveAllRowsOrNone() throws Exception {
        Path db = dir.resolve("nintei.db");
        Path jobs = dir.resolve("jobs.csv");
        Files.writeString(jobs, "title,ordered_on,status\n" + "既存の案件,2026-01-01,in_progress\n".repeat(100));
        Process first = start(db, "import", "jobs", jobs.toString());
        assertTrue(first.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, first.exitValue(), Files.readString(dir.resolve("out.txt")));

        Path messages = dir.resolve("messages.csv");
        StringBuilder csv = new StringBuilder("client,received_at,replied_at,note\n");
        for (int i = 0; i < ROWS; i++) {
            csv.append("依頼者").append(i % 50).append(",2026-11-01T09:00:00+09:00,2026-11-01T10:00:00+09:00,")
                    .append("メッセージ ").append(i).append('\n');
        }
        Files.writeString(messages, csv, StandardCharsets.UTF_8);

        long timed = System.nanoTime();
        Process whole = start(db, "import", "messages", messages.toString());
        assertTrue(whole.waitFor(120, TimeUnit.SECONDS));
        long fullMillis = (System.nanoTime() - timed) / 1_000_000;
        assertEquals(ROWS, counts(db)[1]);

        int killedMidway = 0;
        for (int k = 0; k < KILLS; k++) {
            long before = counts(db)[1];
            Process p = start(db, "import", "messages", messages.toString());
            long delay = 150 + fullMillis * k / KILLS;
            if (!p.waitFor(delay, TimeUnit.MILLISECONDS)) {
                p.destroyForcibly(); // SIGKILL
                p.waitFor(30, TimeUnit.SECONDS);
                killedMidway++;
            }
            long[] after = counts(db);
            assertEquals(100, after[0], "earlier rows survive kill " + k);
            assertTrue(after[1] == before || after[1] == before + ROWS, "kill " + k + ": " + before + " → " + after[1]);
        }
        assertEquals(0, counts(db)[1] % ROWS, "only whole imports are in the logbook");
        assertTrue(killedMidway >= KILLS / 2, "most kills landed during the import: " + killedMidway);
        System.out.printf("crash safety: %d kills, %d during the import; a whole import of %d rows took %d ms%n",
                KILLS, killedMidway, ROWS, fullMillis);
    }
}
