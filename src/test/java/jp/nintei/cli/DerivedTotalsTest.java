package jp.nintei.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The day totals are derived data: when they disagree with the rows — a trigger dropped, rows deleted, a total edited
 * with the {@code sqlite3} shell — the deep check of the next day (or of any backup) recounts them, and the summary is
 * right again (data safety, round three, item 9).
 */
class DerivedTotalsTest {

    @TempDir
    Path dir;
    Path db;
    CliRunner today;
    CliRunner tomorrow;

    @BeforeEach
    void setUp() throws Exception {
        db = dir.resolve("nintei.db");
        today = new CliRunner(db);
        tomorrow = new CliRunner(db, Clock.offset(CliRunner.CLOCK, Duration.ofDays(1)));
        // six replies, three of them within 24 hours: a reply rate of 0.5000
        StringBuilder csv = new StringBuilder("client,received_at,replied_at\n");
        for (int i = 1; i <= 6; i++) {
            String day = "2026-11-%02d".formatted(i);
            csv.append("c").append(i).append(',').append(day).append("T09:00:00+09:00,")
                    .append(i % 2 == 0 ? day + "T10:00:00+09:00" : "2026-11-2%dT10:00:00+09:00".formatted(i))
                    .append('\n');
        }
        assertEquals(0, today.run("import", "messages", CliRunner.file(dir, "m.csv", csv.toString()).toString())
                .code());
        assertTrue(replyRate(today).startsWith("0.5000"));
    }

    static String replyRate(CliRunner cli) {
        var summary = cli.run("summary", "--as-of", "2026-11-28T18:00:00+09:00");
        return summary.out().lines().filter(l -> l.startsWith("reply_rate,")).findFirst().orElseThrow().split(",")[1];
    }

    void behindNinteisBack(String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
            }
        }
    }

    @Test
    void anEditedTotalIsRecountedByTheNextDaysFirstUse() throws Exception {
        behindNinteisBack("UPDATE message_day SET on_time = replies");
        assertEquals("1.0000", replyRate(today), "believed until the day's deep check");
        var next = tomorrow.run("summary", "--as-of", "2026-11-28T18:00:00+09:00");
        assertTrue(next.out().contains("\nreply_rate,0.5000,"), next.out());
        assertTrue(next.err().contains("recounted the logbook's totals from its rows (message_day: "), next.err());
        assertTrue(next.err().contains("before-repair-nintei-"), "the logbook as it was is kept: " + next.err());
        assertEquals("0.5000", replyRate(tomorrow));
    }

    @Test
    void aDroppedTriggerAndDeletedRowsAreMendedAndTheTriggerComesBack() throws Exception {
        behindNinteisBack("DROP TRIGGER message_totals_delete",
                "DELETE FROM message WHERE client IN ('c1', 'c3')"); // two late replies gone; totals kept them
        assertEquals("0.5000", replyRate(today));
        var next = tomorrow.run("summary", "--as-of", "2026-11-28T18:00:00+09:00");
        assertTrue(next.out().contains("\nreply_rate,0.7500,"), next.out());
        assertTrue(next.err().contains("the trigger message_totals_delete is missing"), next.err());
        tomorrow.run("set", "verified.nda", "true");
        behindNinteisBack("DELETE FROM message WHERE client = 'c5'"); // with the trigger back, the totals follow
        assertEquals("1.0000", replyRate(tomorrow));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_master WHERE name = 'message_totals_delete'")) {
            assertEquals(1, rs.getInt(1));
        }
    }

    @Test
    void everyBackupChecksTheTotalsToo() throws Exception {
        behindNinteisBack("UPDATE message_day SET replies = replies + 5");
        var backup = today.run("backup", dir.resolve("copy.db").toString());
        assertEquals(0, backup.code(), backup.err());
        assertTrue(backup.err().contains("recounted the logbook's totals"), backup.err());
        assertEquals("0.5000", replyRate(today));
    }
}
