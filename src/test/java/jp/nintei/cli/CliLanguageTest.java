package jp.nintei.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import jp.nintei.store.LogbookStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI speaks the user's language, and reading works while the app has the logbook open. */
class CliLanguageTest {

    @TempDir Path dir;

    private Path csv(String name, String content) throws Exception {
        return CliRunner.file(dir, name, content);
    }

    @Test
    void japaneseWhenLangIsJapaneseEnglishOtherwise() throws Exception {
        CliRunner ja = new CliRunner(dir.resolve("nintei.db")).withEnv(Map.of("LANG", "ja_JP.UTF-8"));
        Path bad = csv("jobs.csv", "title,status,ordered_on,amount_jpy\n翻訳,in_progress,2026-11-01,abc\n");
        CliRunner.Result failed = ja.run("import", "jobs", bad.toString());
        assertEquals(1, failed.code());
        assertEquals("nintei: " + bad + " の 2 行目、列 amount_jpy: 「abc」は0〜999,999,999,999 の円単位の整数ではありません\n",
                failed.err());

        Path good = csv("good.csv", "title,status,ordered_on\n翻訳,in_progress,2026-11-01\n");
        assertEquals(good + " から案件を 1 件取り込みました。\n", ja.run("import", "jobs", good.toString()).out());
        assertEquals("verified.nda を 'true' に設定しました。\n", ja.run("set", "verified.nda", "true").out());
        CliRunner.Result usage = ja.run("frobnicate");
        assertTrue(usage.err().startsWith("nintei: 知らないコマンドです: 'frobnicate'\n使い方: nintei"), usage.err());

        // LC_ALL wins over LANG, as in every POSIX tool; anything but ja_* is English
        CliRunner en = ja.withEnv(Map.of("LANG", "ja_JP.UTF-8", "LC_ALL", "en_US.UTF-8"));
        assertEquals("Imported 0 jobs from " + good + ". 1 job already in the logbook was skipped "
                + "(--allow-duplicates adds them anyway).\n", en.run("import", "jobs", good.toString()).out());
        assertTrue(new CliRunner(dir.resolve("nintei.db")).run("frobnicate").err().startsWith("nintei: unknown command"));
    }

    @Test
    void summaryGetAndExportWorkWhileTheAppHasTheLogbookOpen() throws Exception {
        Path db = dir.resolve("nintei.db");
        CliRunner cli = new CliRunner(db);
        cli.run("set", "earnings.cutoff", "500000");
        try (LogbookStore app = LogbookStore.open(db)) { // the app holds the writer lock
            CliRunner.Result summary = cli.run("summary");
            assertEquals(0, summary.code(), summary.err());
            assertTrue(summary.out().startsWith("requirement,"), summary.out());
            assertEquals("500000\n", cli.run("get", "earnings.cutoff").out());
            assertEquals(0, cli.run("export", "jobs", dir.resolve("jobs.csv").toString()).code());
            CliRunner.Result write = cli.run("set", "verified.nda", "true");
            assertEquals(1, write.code(), "a writer still waits for the app, and is refused");
        }
    }
}
