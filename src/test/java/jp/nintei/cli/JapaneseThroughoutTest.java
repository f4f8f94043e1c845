package jp.nintei.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import org.sqlite.SQLiteConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import jp.nintei.store.LogbookStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With {@code LANG=ja_JP.UTF-8} every sentence the CLI says is Japanese (issue 16, item 9): the refusals of the store,
 * the value rules, the restore, a logbook already open, a profile file with a mistake, the usage errors. Before, the
 * {@code set} errors, every {@code restore} error and "already open in another Nintei" stayed English.
 */
class JapaneseThroughoutTest {

    @TempDir
    Path dir;

    static final Pattern JAPANESE = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");
    static final Pattern ENGLISH = Pattern.compile("[A-Za-z]{2,}(?:[ ,.;:'-]+[A-Za-z]{2,}){2,}");

    /** A line with three English words in a row and no Japanese, once paths, options, keys and quotes are set aside. */
    static List<String> englishLines(String output) {
        List<String> english = new ArrayList<>();
        for (String line : output.split("\n")) {
            String rest = line.replaceAll("(?:/[^\\s,;)]+)+", " ") // paths
                    .replaceAll("--?[\\w-]+", " ") // options
                    .replaceAll("'[^']*'|「[^」]*」|\"[^\"]*\"", " ") // what the user typed, quoted
                    .replaceAll("\\b[\\w-]+\\.[\\w.-]+\\b", " ") // setting keys, file names
                    .replaceAll("^nintei:|nintei (?=\\w)", " ");
            if (!JAPANESE.matcher(line).find() && ENGLISH.matcher(rest).find()) {
                english.add(line);
            }
        }
        return english;
    }

    CliRunner japanese(Path db) {
        return new CliRunner(db).withEnv(Map.of("LANG", "ja_JP.UTF-8"));
    }

    void saysItInJapanese(CliRunner.Result result) {
        assertTrue(result.code() != 0, "a refusal: " + result);
        assertEquals(List.of(), englishLines(result.err()), result.err());
    }

    @Test
    void everyRefusalIsInJapanese() throws Exception {
        Path db = dir.resolve("nintei.db");
        CliRunner cli = japanese(db);
        saysItInJapanese(cli.run("summary")); // no logbook yet
        assertEquals(0, cli.run("set", "verified.nda", "true").code());
        saysItInJapanese(cli.run("set", "earnings.cutoff", "lots"));
        saysItInJapanese(cli.run("set", "verified.phone", "maybe"));
        saysItInJapanese(cli.run("set", "earnings.cutof", "5"));
        saysItInJapanese(cli.run("set", "profile", "no-such-profile"));
        saysItInJapanese(cli.run("import", "jobs", CliRunner.file(dir, "bad.csv",
                "title,ordered_on,status\nLP,2026-13-01,completed\n").toString()));
        saysItInJapanese(cli.run("import", "jobs", dir.toString()));
        saysItInJapanese(cli.run("restore", dir.resolve("no-such-backup.db").toString()));
        saysItInJapanese(cli.run("restore", CliRunner.file(dir, "not-a-logbook.db", "hello").toString()));
        saysItInJapanese(cli.run("backup", dir.resolve("no/such/folder/b.db").toString()));
        saysItInJapanese(cli.run("summary", "--asof", "2026-11-28"));
        saysItInJapanese(cli.run("history", "--from", "0001-01-01", "--to", "2026-01-01"));
        saysItInJapanese(cli.run("summary", "--profile", "nope"));
        saysItInJapanese(cli.run("frobnicate"));
        try (LogbookStore open = LogbookStore.open(db)) {
            saysItInJapanese(cli.run("set", "verified.phone", "true")); // already open in another Nintei
        }
        Files.createDirectories(dir.resolve("profiles"));
        Files.writeString(dir.resolve("profiles/bad.profile"), "id = bad\nname.en = Bad\nrule = x\nmetric = y\n");
        saysItInJapanese(cli.run("profiles"));
    }

    @Test
    void aDamagedLogbookAndItsWaysBackAreInJapanese() throws Exception {
        Path db = dir.resolve("nintei.db");
        CliRunner cli = japanese(db);
        cli.run("import", "jobs", CliRunner.file(dir, "j.csv", "title,ordered_on,status\nLP,2026-11-01,in_progress\n")
                .toString());
        try (Connection c = new SQLiteConfig().createConnection("jdbc:sqlite:" + db);
             Statement st = c.createStatement()) {
            st.execute("PRAGMA ignore_check_constraints = 1");
            st.execute("UPDATE job SET ordered_on = '2026-x1-01'");
        }
        CliRunner tomorrow = new CliRunner(db, Clock.offset(CliRunner.CLOCK, Duration.ofDays(1)))
                .withEnv(Map.of("LANG", "ja_JP.UTF-8"));
        var refused = tomorrow.run("set", "verified.nda", "true");
        saysItInJapanese(refused);
        assertTrue(refused.err().contains("repair"), refused.err());
    }
}
