package jp.nintei.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A requirement counts what its profile defines and says it in its own words (issue 16, items 5, 7, 10, 11): sales are
 * not limited to the Lancers category, each rule names its window, entered values read as what they are, and every
 * status a user types in Japanese is understood.
 */
class ProfileWordsTest {

    @TempDir
    Path dir;
    CliRunner cli;

    @BeforeEach
    void setUp() throws Exception {
        cli = new CliRunner(dir.resolve("nintei.db"));
        assertEquals(0, cli.run("import", "jobs", CliRunner.file(dir, "jobs.csv", """
                title,category,ordered_on,status,closed_on,amount_jpy
                ロゴ,デザイン,2026-10-01,完了,2026-10-10,30000
                記事,ライティング,2026-10-01,完了,2026-11-01,80000
                翻訳,ライティング,2026-10-05,キャンセル,2026-10-06,
                連載,ライティング,2026-11-01,進行中,,
                """).toString()).code());
    }

    static Map<String, String[]> rows(String csv) {
        Map<String, String[]> rows = new HashMap<>();
        csv.lines().skip(1).forEach(line -> rows.put(line.substring(0, line.indexOf(',')),
                line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1)));
        return rows;
    }

    @Test
    void salesCountEveryCategoryAndEachRuleNamesItsWindow() {
        cli.run("set", "earnings.category", "デザイン");
        var summary = cli.run("summary", "--as-of", "2026-11-28T18:00:00+09:00", "--profile", "coconala-platinum");
        assertEquals(0, summary.code(), summary.err());
        String[] sales = rows(summary.out()).get("sales");
        assertEquals("110000", sales[1], "both categories: the Lancers category setting is not coconala's");
        assertEquals("true", sales[3]);
        assertEquals("past 3 months (2026-08-29 – 2026-11-28)", sales[10]);
        assertEquals("now", rows(summary.out()).get("identity")[10]);

        var cw = cli.run("summary", "--as-of", "2026-11-28T18:00:00+09:00", "--profile", "crowdworks-pro");
        assertEquals("past 365 days (2025-11-29 – 2026-11-28)", rows(cw.out()).get("completion_rate")[10]);
        assertEquals("all time (up to 2026-11-28)", rows(cw.out()).get("rating")[10]);

        var lancers = cli.run("summary", "--as-of", "2026-11-28T18:00:00+09:00");
        assertEquals("30000", rows(lancers.out()).get("earnings")[1], "the Lancers rule still counts its category");
    }

    @Test
    void enteredValuesReadAsWhatTheyAre() {
        cli.run("set", "profile", "crowdworks-pro");
        assertEquals("Set entered.top200 to 'yes'.\n", cli.run("set", "entered.top200", "はい").out());
        assertEquals(1, cli.run("set", "entered.top200", "7").code(), "a yes or a no, nothing else");
        assertEquals(1, cli.run("set", "entered.scouts", "2.5").code(), "a count is whole");
        assertEquals(0, cli.run("set", "entered.communication", "4.85").code());
        var summary = cli.run("summary", "--as-of", "2026-11-28T18:00:00+09:00");
        String[] top200 = rows(summary.out()).get("top200");
        assertEquals("Yes", top200[7], "shown as yes, not 1");
        assertEquals("Met: you entered yes", top200[8]);
        assertFalse(summary.out().contains("Target ≥ 1"), summary.out());
        assertTrue(rows(summary.out()).get("scouts")[8].replace("\"", "").startsWith("Not entered yet"), summary.out());

        var unknown = cli.run("set", "entered.foo", "7");
        assertEquals(2, unknown.code(), "not a value any profile asks for");
        assertTrue(unknown.err().contains("unknown setting 'entered.foo'"), unknown.err());
    }

    @Test
    void asOfIsWholeSecondsAndJapaneseStatusesAreUnderstood() {
        var summary = cli.run("summary");
        String asOf = rows(summary.out()).get("reply_rate")[9];
        assertTrue(asOf.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+09:00"), asOf);
        var jobs = cli.run("export", "jobs", "-").out();
        assertTrue(jobs.contains(",completed,") && jobs.contains(",cancelled,") && jobs.contains(",in_progress,"), jobs);
    }

    @Test
    void aMistypedOptionIsNamedWithTheNearestOne() {
        var asof = cli.run("summary", "--asof", "2026-11-28");
        assertEquals(2, asof.code());
        assertTrue(asof.err().startsWith("nintei: '--asof' is not an option of summary — did you mean --as-of?\n"),
                asof.err());
        assertTrue(asof.err().contains("[--profile ID]") && asof.err().contains("[--at-next-review]"),
                "the usage lists every option: " + asof.err());
        var out = cli.run("summary", "--out");
        assertEquals(2, out.code());
        assertTrue(out.err().startsWith("nintei: summary needs --out FILE")
                || out.err().contains("--out"), out.err());
        assertFalse(out.err().contains("not '--out'"), out.err());
    }
}
