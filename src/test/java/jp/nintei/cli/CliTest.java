package jp.nintei.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import jp.nintei.store.LogbookStoreAccess;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.nintei.domain.PlatformFigure;
import jp.nintei.domain.Reconciliation.Figure;
import jp.nintei.store.LogbookStore;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

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

    @Test
    void versionIsTheOneInThePom() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        String version = pom.substring(pom.indexOf("<version>") + 9, pom.indexOf("</version>"));
        assertEquals(new CliRunner.Result(0, "Nintei " + version + "\n", ""), CliRunner.runRaw("--version"));
    }

    @Test
    void importSetAndSummaryEndToEnd() throws Exception {
        Path messages = csv("messages.csv", """
                client,received_at,replied_at,note
                田中様,2026-11-01T09:00:00+09:00,2026-11-01T10:00:00+09:00,"記事の修正点について"
                田中様,2026-11-02T09:00:00+09:00,2026-11-03T09:00:00+09:00,ちょうど24時間
                ウェブ工房,2026/11/03 9:00,2026/11/04 9:00:01,"late, by a second"
                ウェブ工房,2026-11-04 09:00,2026-11-04T01:00:00Z,
                Blog Media,2026-11-05T00:00:00Z,2026-11-05T03:00:00Z,
                Blog Media,2026-11-06T00:00:00Z,2026-11-06T03:00:00Z,
                Blog Media,2026-11-27T00:00:00Z,,not answered yet
                """);
        Path jobs = csv("jobs.csv", """
                status,title,ordered_on,closed_on,amount_jpy,category
                completed,LP制作,2026-05-01,2026-05-20,"100,000",記事作成
                completed,記事10本,2026-06-01,2026-06-30,38000,記事作成
                cancelled,ロゴ,2026-07-01,2026-07-02,,デザイン
                in_progress,連載,2026-11-01,,,記事作成
                """);
        Path reviews = csv("reviews.csv", """
                rated_on,rating,client,comment
                2026-05-21,5,A社,丁寧でした
                2026-07-01,5,B社,
                2026-07-02,5,C社,
                2026-07-03,4,D社,
                2026-08-01,satisfied,E社,
                """);
        assertEquals(new CliRunner.Result(0, "Imported 7 messages from " + messages + ".\n", ""),
                cli.run("import", "messages", messages.toString()));
        assertEquals(0, cli.run("import", "jobs", jobs.toString()).code());
        assertEquals(0, cli.run("import", "reviews", reviews.toString()).code());
        assertEquals(0, cli.run("set", "earnings.cutoff", "150000").code());
        assertEquals(0, cli.run("set", "verified.identity", "true").code());
        assertEquals(0, cli.run("set", "verified.nda", "true").code());
        assertEquals("150000\n", cli.run("get", "earnings.cutoff").out());

        var summary = cli.run("summary", "--as-of", "2026-11-28T18:00:00+09:00");
        assertEquals(0, summary.code(), summary.err());
        // the first six columns are the machine contract; after them the same in words, for people
        String when = ",2026-11-28T18:00:00+09:00,past 365 days (2025-11-29 – 2026-11-28)\n";
        assertEquals("requirement,value,target,met,needed,margin,label,shown,in_words,as_of,window\n"
                + "reply_rate,0.8333,0.8000,true,0,0,Reply rate (24 h),83.3%,No margin: one more late reply would lose it"
                + when
                + "completion_rate,0.6666,0.9000,false,7,,Completion rate,66.6%,7 more completed jobs" + when
                + "earnings,138000,150000,false,12000,,Earnings (last year),\"¥138,000\",\"¥12,000 more\"" + when
                + "rating,4.7500,4.8000,false,1,,Rating,4.75,1 more 5-star review" + when
                + "verification,2,3,false,1,,Verification,2 / 3,Left: phone,2026-11-28T18:00:00+09:00,now\n",
                summary.out());
    }

    @Test
    void summaryOutWritesTheSameCsvWithABomForExcel() throws Exception {
        Path out = dir.resolve("進捗.csv");
        cli.run("set", "verified.nda", "false"); // a logbook to summarise
        var result = cli.run("summary", "--as-of", "2026-11-28", "--out", out.toString());
        assertEquals(0, result.code(), result.err());
        byte[] bytes = Files.readAllBytes(out);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertEquals(cli.run("summary", "--as-of", "2026-11-28").out(), text);
        assertTrue(text.startsWith("requirement,value,target,met,needed"));
        assertTrue(text.contains("reply_rate,,0.8000,false,5,"), text);
    }

    @Test
    void aBadRowFailsTheWholeImportNamingFileLineAndFieldAndChangesNothing() throws Exception {
        Path good = csv("good.csv", "title,ordered_on,status\n既存,2026-01-01,in_progress\n");
        assertEquals(0, cli.run("import", "jobs", good.toString()).code());
        byte[] before = Files.readAllBytes(dir.resolve("nintei.db"));
        Path bad = csv("bad.csv", """
                title,ordered_on,status,amount_jpy,note
                一件目,2026-01-01,in_progress,1000,"複数行の
                メモ"
                二件目,2026-01-02,in_progress,abc,
                """);
        var result = cli.run("import", "jobs", bad.toString());
        assertEquals(1, result.code());
        assertEquals("nintei: " + bad + ", line 4, field amount_jpy: 'abc' is not a whole number of yen from 0 to 999,999,999,999\n",
                result.err());
        assertArrayEquals(before, Files.readAllBytes(dir.resolve("nintei.db")));
        assertEquals(1, new LogbookStoreAccess(dir.resolve("nintei.db")).jobCount());
    }

    @Test
    void aBadRowFarIntoABigFileStillChangesNothing() throws Exception {
        Path good = csv("good.csv", "title,ordered_on,status\n既存,2026-01-01,in_progress\n");
        assertEquals(0, cli.run("import", "jobs", good.toString()).code());
        StringBuilder rows = new StringBuilder("title,ordered_on,status,amount_jpy\n");
        for (int i = 0; i < 30_000; i++) { // many batches read ahead and staged before the bad row is reached
            rows.append("案件 ").append(i).append(",2026-02-01,").append(i == 29_000 ? "done" : "in_progress")
                    .append(",\n");
        }
        Path bad = csv("big.csv", rows.toString());
        var result = cli.run("import", "jobs", bad.toString());
        assertEquals(1, result.code());
        assertTrue(result.err().startsWith("nintei: " + bad + ", line 29002, field status:"), result.err());
        assertEquals(1, new LogbookStoreAccess(dir.resolve("nintei.db")).jobCount());
        assertEquals(0, cli.run("import", "jobs", "--allow-duplicates", good.toString()).code(), "the logbook works on");
        assertEquals(2, new LogbookStoreAccess(dir.resolve("nintei.db")).jobCount());
    }

    /** issue 20, item 2: the figures copied from the platform's page, against the logbook, as CSV. */
    @Test
    void reconcileSaysWhereTheLogbookAndThePlatformDiffer() throws Exception {
        Path messages = csv("messages.csv", """
                client,received_at,replied_at
                A,2026-11-01T09:00:00+09:00,2026-11-01T10:00:00+09:00
                A,2026-11-02T09:00:00+09:00,2026-11-02T10:00:00+09:00
                B,2026-11-03T09:00:00+09:00,2026-11-05T10:00:00+09:00
                """);
        assertEquals(0, cli.run("import", "messages", messages.toString()).code());
        var result = cli.run("reconcile", "--as-of", "2026-11-28T18:00:00+09:00", "--reply-rate", "66.7",
                "--completion", "90%");
        assertEquals(0, result.code(), result.err());
        assertEquals("""
                requirement,platform,nintei,agrees,explanation
                reply_rate,66.7,66.7,true,agrees (within the platform's rounding)
                completion_rate,90,,false,missing from your logbook since 2025-11-29: 1 cancelled job and 9 completed jobs
                """, result.out());
        // 2 of 3 on time here; Lancers says 50.0: one late reply more (2 of 4)
        assertTrue(cli.run("reconcile", "--as-of", "2026-11-28T18:00:00+09:00", "--reply-rate", "50.0").out()
                .endsWith("reply_rate,50.0,66.7,false,missing from your logbook since 2025-11-29: 1 late reply\n"));
        var bad = cli.run("reconcile", "--rating", "4,71");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("--rating takes a number from 1 to 5 (not '4,71')"), bad.err());
        assertEquals(2, cli.run("reconcile").code(), "at least one figure");
        // the figures compared are kept with the day of --as-of, the later of a day replacing the first
        try (LogbookStore store = LogbookStore.open(dir.resolve("nintei.db"))) {
            assertEquals(List.of(
                    new PlatformFigure(Figure.COMPLETION, LocalDate.of(2026, 11, 28), new BigDecimal("90")),
                    new PlatformFigure(Figure.REPLY_RATE, LocalDate.of(2026, 11, 28), new BigDecimal("50.0"))),
                    store.platformFigures().between(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)));
        }
    }

    /** The day a figure is kept with is the user's (Tokyo here), whatever offset --as-of was typed in. */
    @Test
    void aFigureIsKeptWithTheUsersDay() {
        assertEquals(0, cli.run("set", "earnings.cutoff", "100000").code());
        assertEquals(0, cli.run("reconcile", "--as-of", "2026-11-27T20:00:00Z", "--rating", "4.7").code());
        try (LogbookStore store = LogbookStore.open(dir.resolve("nintei.db"))) {
            assertEquals(List.of(new PlatformFigure(Figure.RATING, LocalDate.of(2026, 11, 28), new BigDecimal("4.7"))),
                    store.platformFigures().between(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)),
                    "20:00 UTC on 11/27 is 05:00 on 11/28 in Tokyo");
        }
    }

    /** While the app holds the logbook, reconcile still compares; it says the figures were not kept. */
    @Test
    void reconcileComparesEvenWhileTheAppHoldsTheLogbook() {
        assertEquals(0, cli.run("set", "earnings.cutoff", "100000").code());
        try (LogbookStore app = LogbookStore.open(dir.resolve("nintei.db"))) {
            var result = cli.run("reconcile", "--reply-rate", "80");
            assertEquals(0, result.code(), result.err());
            assertTrue(result.out().startsWith("requirement,platform,nintei,agrees,explanation\nreply_rate,80,"),
                    result.out());
            assertTrue(result.err().contains("the figures were compared but not kept for the chart"), result.err());
            assertEquals(List.of(), app.platformFigures().between(LocalDate.of(1970, 1, 1),
                    LocalDate.of(2999, 12, 31)));
        }
    }

    @Test
    void reconcileWithoutALogbookCreatesNone() {
        var result = cli.run("reconcile", "--reply-rate", "80");
        assertEquals(1, result.code(), result.err());
        assertTrue(result.err().contains("no logbook"), result.err());
        assertFalse(Files.exists(dir.resolve("nintei.db")));
    }

    @Test
    void eachKindOfBadRowIsNamed() throws Exception {
        assertImportFails("messages", "received_at,replied_at\n2026-11-02T09:00:00Z,2026-11-02T08:59:59Z\n",
                "line 2, field replied_at: the reply 2026-11-02T08:59:59Z is before the message arrived, 2026-11-02T09:00:00Z");
        assertImportFails("jobs", "title,ordered_on,status\nx,2026-01-01,done\n",
                "line 2, field status: 'done' is not a status: in_progress, completed or cancelled");
        assertImportFails("jobs", "title,ordered_on,status,closed_on\nx,2026-01-01,completed,\n",
                "line 2, field closed_on: a completed or cancelled job needs the day it was closed");
        assertImportFails("reviews", "rated_on,rating\n2026-01-01,6\n",
                "line 2, field rating: '6' is not a rating: 1 to 5 stars, satisfied or unsatisfied");
        assertImportFails("reviews", "rated_on,rating\n2026-02-30,5\n",
                "line 2, field rated_on: '2026-02-30' is not a date (2026-11-28 or 2026/11/28)");
        assertImportFails("jobs", "title,ordered_on,status,colour,size\n", "line 1: unknown columns 'colour', 'size'");
        assertImportFails("jobs", "title,status\n", "line 1: missing required column ordered_on");
        assertImportFails("messages", "received_at,note\n2026-11-01T09:00:00Z,ok\n\"2026-11-02T09:00:00Z,oops\n2026-11-03T09:00:00Z,x\n",
                "line 3: not valid CSV");
    }

    @Test
    void acceptsBomCrlfAndQuotedFieldsWithCommasQuotesAndNewlines() throws Exception {
        Path file = dir.resolve("excel.csv");
        String text = "\uFEFFclient,received_at,note\r\n\"株式会社 \"\"ABC\"\", 東京\",2026/11/28 9:15,\"1行目\r\n2行目\"\r\n";
        Files.writeString(file, text, StandardCharsets.UTF_8);
        assertEquals(0, cli.run("import", "messages", file.toString()).code());
        var stored = new LogbookStoreAccess(dir.resolve("nintei.db")).messages().get(0);
        assertEquals("株式会社 \"ABC\", 東京", stored.client());
        assertEquals("1行目\r\n2行目", stored.note());
        assertEquals("2026-11-28T09:15+09:00", stored.receivedAt().toString());
    }

    @Test
    void refusesAFileThatIsNotUtf8NamingTheLine() throws Exception {
        Path file = dir.resolve("sjis.csv");
        Files.write(file, "title,ordered_on,status\n記事,2026-01-01,in_progress\n".getBytes("Shift_JIS"));
        var result = cli.run("import", "jobs", file.toString());
        assertEquals(1, result.code());
        assertTrue(result.err().contains("line 2: the file is not UTF-8 text"), result.err());
    }

    @Test
    void badUsageExitsWithTwoAndPrintsUsage() {
        for (String[] args : new String[][] {{"frobnicate"}, {"import", "jobs"}, {"import", "invoices", "x.csv"},
                {"set", "earnings.colour", "red"}, {"summary", "--as-of", "yesterday"}, {"--db"}}) {
            var result = CliRunner.runRaw(args);
            assertEquals(2, result.code(), String.join(" ", args));
            assertTrue(result.err().contains("Usage: nintei"), result.err());
        }
    }

    @Test
    void badSettingValuesAreRefusedClearly() {
        var result = cli.run("set", "earnings.cutoff", "たくさん");
        assertEquals(1, result.code());
        assertEquals("nintei: earnings.cutoff: 'たくさん' is not a whole number of yen from 1 to 999,999,999,999 (e.g. 1200000)\n",
                result.err());
        assertEquals(1, cli.run("set", "verified.phone", "maybe").code());
        assertEquals("false\n", cli.run("get", "verified.phone").out());
    }

    @Test
    void aForeignFileIsRefusedWithExitCodeOne() throws Exception {
        Path notDb = csv("notes.txt", "hello ".repeat(50));
        var result = CliRunner.runRaw("--db", notDb.toString(), "get");
        assertEquals(1, result.code());
        assertTrue(result.err().contains("is not a Nintei logbook"), result.err());
        assertFalse(result.err().contains("Exception"), result.err());
    }

    private void assertImportFails(String kind, String content, String expected) throws Exception {
        Path file = csv(kind + "-bad.csv", content);
        var result = cli.run("import", kind, file.toString());
        assertEquals(1, result.code(), result.err());
        assertTrue(result.err().contains(expected), result.err());
        assertTrue(result.err().contains(file.toString()), result.err());
    }

    @Test
    void backupAndRestoreFromTheCommandLine() throws Exception {
        assertEquals(0, cli.run("set", "earnings.cutoff", "100000").code());
        Path backup = dir.resolve("手動バックアップ.db");
        var made = cli.run("backup", backup.toString());
        assertEquals(0, made.code(), made.err());
        assertEquals(0, cli.run("set", "earnings.cutoff", "999999").code());

        var restored = cli.run("restore", backup.toString());
        assertEquals(0, restored.code(), restored.err());
        assertTrue(restored.out().contains("The logbook it replaced is kept as " + dir.resolve("backups")), restored.out());
        assertEquals("100000\n", cli.run("get", "earnings.cutoff").out());
    }

    @Test
    void aRefusedLogbookNamesTheLatestBackupAndHowToRestoreIt() throws Exception {
        CliRunner yesterday = new CliRunner(dir.resolve("nintei.db"),
                Clock.offset(CliRunner.CLOCK, Duration.ofDays(-1)));
        assertEquals(0, yesterday.run("set", "verified.phone", "true").code());
        assertEquals(0, cli.run("get").code()); // the first use of the day backs up the logbook as it stands
        Path db = dir.resolve("nintei.db");
        Files.writeString(db, "a file that replaced the logbook by mistake ".repeat(5));
        var refused = cli.run("get", "verified.phone");
        assertEquals(1, refused.code());
        Path latest = dir.resolve("backups/nintei-2026-11-28.db");
        assertTrue(refused.err().contains("The latest backup is " + latest), refused.err());
        assertTrue(refused.err().contains("nintei --db " + db + " restore " + latest), refused.err());
        assertEquals(0, cli.run("restore", latest.toString()).code());
        assertEquals("true\n", cli.run("get", "verified.phone").out());
    }

    @Test
    void exportedDataImportsIntoAnIdenticalLogbook() throws Exception {
        Path jobs = csv("jobs.csv", "title,ordered_on,status,closed_on,amount_jpy,note\n"
                + "\"=1+1 \"\"式\"\", 注意\",2026-01-01,completed,2026-01-05,5000,\"複数行\nのメモ\"\n"
                + "'); DROP TABLE job;--,2026-02-01,in_progress,,,-マイナス\n");
        assertEquals(0, cli.run("import", "jobs", jobs.toString()).code());
        Path out = dir.resolve("exported.csv");
        assertEquals(0, cli.run("export", "jobs", out.toString()).code());
        CliRunner copy = new CliRunner(dir.resolve("copy.db"));
        var imported = copy.run("import", "jobs", out.toString());
        assertEquals(0, imported.code(), imported.err());
        assertEquals(new LogbookStoreAccess(dir.resolve("nintei.db")).jobs(),
                new LogbookStoreAccess(dir.resolve("copy.db")).jobs());
        assertTrue(Files.readString(out).contains("\"'=1+1 \"\"式\"\", 注意\""), Files.readString(out));
    }

    /** Amounts a freelancer cannot earn are refused at every door, and sums never overflow. */
    @Test
    void amountsAreBoundedEverywhereAndSummariesStillWork() throws Exception {
        Path huge = csv("huge.csv", """
                status,title,ordered_on,closed_on,amount_jpy
                completed,a,2026-05-01,2026-05-20,9223372036854775807
                completed,b,2026-05-01,2026-05-20,1
                """);
        var refused = cli.run("import", "jobs", huge.toString());
        assertEquals(1, refused.code());
        assertEquals("nintei: " + huge + ", line 2, field amount_jpy: '9223372036854775807' is not a whole number of "
                + "yen from 0 to 999,999,999,999\n", refused.err());
        Path most = csv("most.csv", "status,title,ordered_on,closed_on,amount_jpy\n"
                + "completed,a,2026-05-01,2026-05-20,\"999,999,999,999\"\n".repeat(20));
        assertEquals(0, cli.run("import", "jobs", most.toString()).code());
        assertEquals(1, cli.run("set", "earnings.cutoff", "1000000000000").code());
        var summary = cli.run("summary", "--as-of", "2026-11-28");
        assertEquals(0, summary.code(), summary.err());
        assertTrue(summary.out().contains("earnings,19999999999980,"), summary.out());
    }

    /** Commands that only read never create a logbook; the others say what they did. */
    @Test
    void readersNeverCreateALogbookAndWritersSayWhatTheyDid() throws Exception {
        Path nowhere = dir.resolve("typo/nintei.db");
        var get = new CliRunner(nowhere).run("get");
        assertEquals(1, get.code());
        assertTrue(get.err().startsWith("nintei: no logbook at " + nowhere.toAbsolutePath()), get.err());
        assertFalse(Files.exists(dir.resolve("typo")), "nothing was created");
        assertEquals(1, new CliRunner(nowhere).run("summary").code());
        assertFalse(Files.exists(dir.resolve("typo")));

        assertEquals("Set earnings.cutoff to '42000'.\n", cli.run("set", "earnings.cutoff", "¥42,000").out());
        Path one = csv("one.csv", "status,title,ordered_on\nin_progress,LP,2026-11-01\n");
        assertEquals("Imported 1 job from " + one + ".\n", cli.run("import", "jobs", one.toString()).out());
        var folder = cli.run("import", "jobs", dir.toString());
        assertEquals("nintei: " + dir + ": is a folder, not a file\n", folder.err());
    }

    /** A monthly file imported twice must not double the numbers; --allow-duplicates is the way to insist. */
    @Test
    void reImportingAFileSkipsTheRowsAlreadyThere() throws Exception {
        Path november = csv("november.csv", """
                status,title,ordered_on,closed_on,amount_jpy,category
                completed,LP制作,2026-11-01,2026-11-10,100000,
                completed,記事,2026-11-02,2026-11-12,20000,
                in_progress,連載,2026-11-20,,,
                """);
        assertEquals("Imported 3 jobs from " + november + ".\n", cli.run("import", "jobs", november.toString()).out());
        String once = cli.run("summary", "--as-of", "2026-11-28").out();
        Path withOneMore = csv("november-final.csv", Files.readString(november)
                + "completed,追加,2026-11-25,2026-11-27,5000,\n");
        assertEquals("Imported 1 job from " + withOneMore + ". 3 jobs already in the logbook were skipped "
                + "(--allow-duplicates adds them anyway).\n", cli.run("import", "jobs", withOneMore.toString()).out());
        assertTrue(cli.run("summary", "--as-of", "2026-11-28").out().contains("earnings,125000,"));
        assertFalse(once.equals(cli.run("summary", "--as-of", "2026-11-28").out()));
        assertEquals("Imported 3 jobs from " + november + ".\n",
                cli.run("import", "jobs", november.toString(), "--allow-duplicates").out());
        assertTrue(cli.run("summary", "--as-of", "2026-11-28").out().contains("earnings,245000,"));
    }

    @Test
    void aCommandIsReadAloneAndEverythingElseSeesEveryCommand() {
        assertEquals(Optional.of("summary"), Cli.commandOf(new String[] {"--db", "x.db", "summary", "--out", "-"}));
        assertEquals(Optional.of("import"), Cli.commandOf(new String[] {"--db=x.db", "import", "jobs", "f"}));
        assertEquals(Optional.of("version"), Cli.commandOf(new String[] {"version"}));
        for (String[] args : List.of(new String[0], new String[] {"--help"}, new String[] {"help", "summary"},
                new String[] {"summry"}, new String[] {"--bogus", "summary"}, new String[] {"--db"})) {
            assertEquals(Optional.empty(), Cli.commandOf(args), String.join(" ", args));
        }
    }

    @Test
    void theUsageAndTheMistakesStillNameEveryCommand() {
        String usage = CliRunner.runRaw("--help").out();
        for (String command : List.of("import", "set", "get", "summary", "history", "export", "backup", "restore",
                "repair", "profiles", "reconcile", "version", "help")) {
            assertTrue(usage.contains("\n  " + command + " "), command + " in\n" + usage);
        }
        assertTrue(CliRunner.runRaw("help", "summary").out().contains("--at-next-review"));
        assertTrue(cli.run("summry").err().startsWith("nintei: unknown command 'summry' — did you mean summary?"),
                cli.run("summry").err());
        for (String[] mistake : List.of(new String[] {"--bogus", "summary"}, new String[] {"--db", "", "get", "x"},
                new String[] {"--db", "a.db", "--db", "b.db", "summary"})) {
            CliRunner.Result wrong = CliRunner.runRaw(mistake);
            assertEquals(2, wrong.code(), String.join(" ", mistake));
            assertTrue(wrong.err().contains("  reconcile "), "the usage after a mistake before the command lists every "
                    + "command: " + String.join(" ", mistake) + "\n" + wrong.err());
        }
        assertTrue(cli.run("summary", "--asof", "x").err().startsWith(
                "nintei: '--asof' is not an option of summary — did you mean --as-of?"));
    }
}
