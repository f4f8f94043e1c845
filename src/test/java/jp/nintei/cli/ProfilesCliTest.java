package jp.nintei.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** profiles, --profile, set profile / entered.*, summary --at-next-review and history, as a user types them. */
class ProfilesCliTest {

    @TempDir Path dir;

    private Path csv(String name, String content) throws Exception {
        return CliRunner.file(dir, name, content);
    }

    @Test
    void profilesListsBuiltInAndOwnFilesAndNamesABadOne() throws Exception {
        Path db = dir.resolve("nintei.db");
        CliRunner cli = new CliRunner(db);
        Files.createDirectories(dir.resolve("profiles"));
        Files.writeString(dir.resolve("profiles/mine.profile"), "id = mine\nname.en = My rules\nrule = reply_rate\n"
                + "metric = reply_rate\nthreshold = 0.9\n");
        Files.writeString(dir.resolve("profiles/bad.profile"), "id = bad\nname.en = Bad\nrule = x\nmetric = x\n");
        CliRunner.Result listed = cli.run("profiles");
        assertEquals(1, listed.code(), "a bad file is an error, the list still comes");
        assertEquals("""
                id,name,built_in
                lancers,Lancers Certified Lancer — rules until January 2022,true
                lancers-2022,Lancers Certified Lancer — current rules (since February 2022),true
                crowdworks-pro,CrowdWorks Pro CrowdWorker (プロクラウドワーカー),true
                coconala-gold,coconala Gold rank,true
                coconala-platinum,coconala Platinum rank,true
                mine,My rules,false
                """, listed.out());
        assertTrue(listed.err().contains(dir.resolve("profiles/bad.profile") + ", line 4: unknown metric 'x'"),
                listed.err());
    }

    @Test
    void summaryByAnotherProfileAndSettingTheProfile() throws Exception {
        Path db = dir.resolve("nintei.db");
        CliRunner cli = new CliRunner(db);
        cli.run("import", "reviews", csv("r.csv", "rated_on,rating\n2026-06-01,satisfied\n2026-06-02,unsatisfied\n")
                .toString());
        String asOf = "2026-11-28T18:00:00+09:00";
        assertTrue(cli.run("summary", "--as-of", asOf).out().contains("\nrating,,4.8000,false,1,"),
                "lancers: satisfied/unsatisfied are not stars");
        assertTrue(cli.run("summary", "--as-of", asOf, "--profile", "lancers-2022").out()
                .contains("\nsatisfaction,0.5000,0.9500,false,18,"), "1 of 2: (1 + k)/(2 + k) ≥ 0.95 ⇔ 0.05 k ≥ 0.9 ⇔ k ≥ 18");
        CliRunner.Result unknown = cli.run("summary", "--profile", "lancer");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().startsWith("nintei: unknown profile 'lancer'; profiles are lancers, lancers-2022"),
                unknown.err());

        assertEquals("Set profile to 'lancers-2022'.\n", cli.run("set", "profile", "lancers-2022").out());
        assertTrue(cli.run("summary", "--as-of", asOf).out().contains("\nsatisfaction,"), "the logbook's profile");
        assertEquals(1, cli.run("set", "profile", "nope").code());

        assertEquals("Set entered.scouts to '7'.\n", cli.run("set", "entered.scouts", "7").out());
        assertEquals("7\n", cli.run("get", "entered.scouts").out());
        assertTrue(cli.run("summary", "--as-of", asOf, "--profile", "crowdworks-pro").out()
                .contains("\nscouts,7,5,true,0,2,"));
        assertEquals(1, cli.run("set", "entered.scouts", "many").code());
    }

    @Test
    void atTheNextReviewWhatLeavesTheWindowIsGone() throws Exception {
        Path db = dir.resolve("nintei.db");
        CliRunner cli = new CliRunner(db);
        // T = 2026-11-28 18:00: the year is (2025-11-28, 2026-11-28], so a ★1 of 2025-11-30 counts: (1 + 4·5)/5 = 4.2.
        // R = 2026-12-01 00:00: the year is (2025-12-01, 2026-12-01]; the ★1 has left the window: 20/4 = 5.0.
        cli.run("import", "reviews", csv("r.csv", "rated_on,rating\n2025-11-30,1\n2026-06-01,5\n2026-06-02,5\n"
                + "2026-06-03,5\n2026-06-04,5\n").toString());
        String at = "2026-11-28T18:00:00+09:00";
        assertTrue(cli.run("summary", "--as-of", at).out().contains("\nrating,4.2000,4.8000,false,"));
        CliRunner.Result review = cli.run("summary", "--as-of", at, "--at-next-review");
        assertEquals(0, review.code(), review.err());
        assertTrue(review.out().contains("\nrating,5.0000,4.8000,true,0,"), review.out());
        assertTrue(review.out().contains(",2026-12-01T00:00+09:00,") || review.out().contains(",2026-12-01T00:00:00+09:00,"),
                review.out());
    }

    @Test
    void historyHasOneRowPerStepUpToAndIncludingTo() throws Exception {
        Path db = dir.resolve("nintei.db");
        CliRunner cli = new CliRunner(db);
        cli.run("import", "jobs", csv("j.csv", "title,status,ordered_on,closed_on,amount_jpy\n"
                + "a,completed,2026-01-05,2026-01-10,10000\nb,cancelled,2026-01-20,2026-01-25,\n").toString());
        CliRunner.Result history = cli.run("history", "--from", "2026-01-01", "--to", "2026-01-29", "--step", "week");
        assertEquals(0, history.code(), history.err());
        assertEquals("""
                as_of,reply_rate,completion_rate,earnings,rating,verification
                2026-01-01,,,0,,0
                2026-01-08,,,0,,0
                2026-01-15,,1.0000,10000,,0
                2026-01-22,,1.0000,10000,,0
                2026-01-29,,0.5000,10000,,0
                """, history.out());
        assertEquals(2, cli.run("history", "--from", "2026-02-01", "--to", "2026-01-01").code());
        assertEquals(2, cli.run("history", "--from", "2026-01-01", "--to", "2026-02-01", "--step", "year").code());
    }
}
