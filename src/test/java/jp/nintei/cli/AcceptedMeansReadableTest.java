package jp.nintei.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What one door accepts, every other door reads (data safety, round three: items 2, 4, 10, 11 a–c, j, k). Each test
 * is a value that was accepted at one door and broke the logbook, or the summary, later.
 */
class AcceptedMeansReadableTest {

    @TempDir
    Path dir;
    CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(dir.resolve("nintei.db"));
    }

    Path csv(String name, String content) throws Exception {
        return CliRunner.file(dir, name, content);
    }

    /** 2. An offset with seconds was imported, then the next start called the logbook damaged. */
    @Test
    void anOffsetWithSecondsIsRefusedAtTheImportAndTheLogbookStaysUsable() throws Exception {
        var result = cli.run("import", "messages", csv("m.csv", "client,received_at\nB,2026-11-21T10:00:00+09:00:30\n")
                .toString());
        assertEquals(1, result.code(), result.out());
        assertTrue(result.err().contains("line 2, field received_at: '2026-11-21T10:00:00+09:00:30' has an offset "
                + "with seconds (+09:00:30)"), result.err());
        assertEquals(0, cli.run("set", "verified.nda", "true").code(), "the next write finds nothing damaged");
        assertEquals(0, cli.run("summary").code());
    }

    /** 4. Numbers are bounded where they are typed: no overflow later, no ten-million-digit margin. */
    @Test
    void hugeAndTinyNumbersAreRefusedWhereTheyAreTyped() throws Exception {
        var tiny = cli.run("set", "entered.scouts", "1e-10000000");
        assertEquals(1, tiny.code());
        assertTrue(tiny.err().contains("entered.scouts: '1e-10000000' is not a number from 0 to 1000000"),
                tiny.err());
        assertEquals(1, cli.run("set", "entered.scouts", "0.0000001").code(), "at most six decimals");
        assertEquals(0, cli.run("set", "entered.scouts", "7").code());
        assertEquals("7\n", cli.run("get", "entered.scouts").out());

        Files.createDirectories(dir.resolve("profiles"));
        Files.writeString(dir.resolve("profiles/huge.profile"), profile("huge", "threshold = 8e999999999"));
        var profiles = cli.run("profiles");
        assertEquals(1, profiles.code(), "the file is reported, not listed as valid");
        assertTrue(profiles.err().contains("huge.profile, line 6: threshold: '8e999999999' is not a number from 0 to 1"),
                profiles.err());
        assertFalse(profiles.out().contains("huge,"), profiles.out());
        assertEquals(0, cli.run("summary").code(), "every summary still works");
    }

    /** 11 a, b. Windows, thresholds and the on-time limit are bounded to what they can mean. */
    @Test
    void profileWindowsThresholdsAndLimitsMustMeanSomething() throws Exception {
        Files.createDirectories(dir.resolve("profiles"));
        Files.writeString(dir.resolve("profiles/a.profile"), profile("a", "threshold = 0.8\nwindow = 9999 months"));
        Files.writeString(dir.resolve("profiles/b.profile"), profile("b", "threshold = -0.5"));
        Files.writeString(dir.resolve("profiles/c.profile"), profile("c", "threshold = 0.8\non_time_within = PT-24H"));
        Files.writeString(dir.resolve("profiles/d.profile"), profile("d", "threshold = 0.8\nwindow = 4000 days"));
        var result = cli.run("profiles");
        assertEquals(1, result.code());
        assertTrue(result.err().contains("a window of months is from 1 to 120 months, not 9999"), result.err());
        assertTrue(result.err().contains("threshold: '-0.5' is not a number from 0 to 1"), result.err());
        assertTrue(result.err().contains("on_time_within is from PT1M (a minute) to P30D (30 days), not 'PT-24H'"),
                result.err());
        assertTrue(result.err().contains("a window of days is from 1 to 3650 days, not 4000"), result.err());
        for (String id : List.of("a", "b", "c", "d")) {
            assertFalse(result.out().contains("\n" + id + ","), result.out());
        }
    }

    /** 10. "All time" means every row: a 1985 review counts as much as one from 2026. */
    @Test
    void allTimeMeansAllRows() throws Exception {
        cli.run("import", "reviews", csv("r.csv", "rated_on,rating\n1985-06-01,1\n2026-11-01,5\n").toString());
        var summary = cli.run("summary", "--profile", "crowdworks-pro");
        assertEquals(0, summary.code(), summary.err());
        assertTrue(summary.out().contains("\nrating,3.0000,"), summary.out());
    }

    /** 11 c. A date out of range says the range, not "is not a date". */
    @Test
    void aDateOutOfRangeSaysTheRange() {
        cli.run("set", "verified.nda", "true");
        var result = cli.run("history", "--from", "0001-01-01", "--to", "2026-01-01");
        assertEquals(2, result.code());
        assertTrue(result.err().contains("--from: '0001-01-01' is outside the dates Nintei keeps, 1970-01-01 to "
                + "2999-12-31"), result.err());
        var csvDate = cli.run("import", "jobs", csvUnchecked("j.csv", "title,ordered_on,status\nx,3000-01-01,in_progress\n"));
        assertEquals(1, csvDate.code());
        assertTrue(csvDate.err().contains("field ordered_on: '3000-01-01' is outside the dates Nintei keeps"),
                csvDate.err());
    }

    /** 11 j. A day the clocks skipped is still a point of its own, not the next day twice. */
    @Test
    void historyAcrossADayTheClocksSkippedHasEveryDayOnce() throws Exception {
        Clock apia = Clock.fixed(Instant.parse("2012-01-05T00:00:00Z"), ZoneId.of("Pacific/Apia"));
        CliRunner there = new CliRunner(dir.resolve("apia.db"), apia);
        there.run("set", "verified.nda", "true");
        var result = there.run("history", "--from", "2011-12-29", "--to", "2012-01-01", "--step", "day");
        assertEquals(0, result.code(), result.err());
        List<String> days = result.out().lines().skip(1).map(line -> line.substring(0, 10)).toList();
        assertEquals(List.of("2011-12-29", "2011-12-30", "2011-12-31", "2012-01-01"), days);
    }

    /** 11 k. Categories typed in decomposed or half-width kana are the category the jobs have. */
    @Test
    void categoriesMatchHoweverTheKanaWereTyped() throws Exception {
        cli.run("import", "jobs", csv("j.csv", "title,category,ordered_on,status,closed_on,amount_jpy\n"
                + "a,デザイン,2026-11-01,completed,2026-11-02,30000\n"
                + "b,ﾃﾞｻﾞｲﾝ,2026-11-01,completed,2026-11-03,20000\n").toString());
        String decomposed = Normalizer.normalize("デザイン", Normalizer.Form.NFD);
        assertEquals(0, cli.run("set", "earnings.category", decomposed).code());
        assertEquals(0, cli.run("set", "earnings.cutoff", "100000").code());
        var summary = cli.run("summary");
        assertTrue(summary.out().contains("\nearnings,50000,100000,"), summary.out());
        assertEquals("デザイン\n", cli.run("get", "earnings.category").out());

        var unused = cli.run("set", "earnings.category", "動画");
        assertEquals(0, unused.code());
        assertTrue(unused.err().contains("no job has the category '動画' yet"), unused.err());
        assertTrue(unused.err().contains("デザイン"), unused.err());
    }

    private String csvUnchecked(String name, String content) {
        try {
            return csv(name, content).toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String profile(String id, String ruleLines) {
        return "id = " + id + "\nname.en = " + id + "\n\nrule = reply_rate\nmetric = reply_rate\n" + ruleLines + "\n";
    }
}
