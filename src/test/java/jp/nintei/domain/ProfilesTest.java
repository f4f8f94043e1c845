package jp.nintei.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The shipped profiles, each with a worked example whose results are worked out by hand in the comments. */
class ProfilesTest {

    /** As of 2026-11-28 18:00 in Tokyo: the year's window is days (2025-11-28, 2026-11-28]. */
    static final AsOf D = ReplyRateTest.AS_OF;

    static RequirementResult result(String profile, Logbook logbook, String requirement) {
        return CertificationEngine.evaluate(logbook, D, BuiltInProfiles.read(profile)).result(requirement).orElseThrow();
    }

    @Nested
    class Files {
        /**
         * The built-in profiles are read from the jar once in a run: every catalog (a summary builds two, the window
         * one per profile folder read) shares them. A summary used to read eleven files where five are.
         */
        @Test
        void eachBuiltInIsReadOnceAndSharedByEveryCatalog() {
            List<RuleProfile> builtIns = BuiltInProfiles.all();
            assertEquals(BuiltInProfiles.IDS, builtIns.stream().map(RuleProfile::id).toList());
            assertTrue(builtIns.get(0) == RuleProfile.LANCERS_CERTIFIED, "the default one too");
            List<RuleProfile> withAFile = ProfileCatalog.of(List.of(Map.entry("mine.profile",
                    "id = mine\nname.en = Mine\nrule = rating\nmetric = average_rating\nthreshold = 4.5\n")))
                    .profiles();
            assertEquals(builtIns.size() + 1, withAFile.size(), ProfileCatalog.of(List.of()).problems().toString());
            for (int i = 0; i < builtIns.size(); i++) {
                assertTrue(withAFile.get(i) == builtIns.get(i) && ProfileCatalog.BUILT_IN.profiles().get(i)
                        == builtIns.get(i), "the same " + builtIns.get(i).id() + ", not read again");
            }
            assertEquals(builtIns.get(0), BuiltInProfiles.read("lancers"), "read again, it is the same profile");
        }

        @Test
        void lancersIsTheSeedsFiveRequirementsExactly() {
            RuleProfile p = BuiltInProfiles.read("lancers");
            assertEquals(List.of("reply_rate", "completion_rate", "earnings", "rating", "verification"),
                    p.rules().stream().map(Rule::requirement).toList());
            Rule reply = p.rule("reply_rate").orElseThrow();
            assertEquals(new BigDecimal("0.80"), reply.threshold());
            assertEquals(365, reply.windowDays());
            assertEquals(5, reply.minimumCount());
            assertEquals(Duration.ofHours(24), p.replyDeadline().orElseThrow());
            assertEquals(new BigDecimal("0.90"), p.rule("completion_rate").orElseThrow().threshold());
            assertNull(p.rule("earnings").orElseThrow().threshold(), "the user's cutoff");
            assertEquals(new BigDecimal("4.8"), p.rule("rating").orElseThrow().threshold());
            assertEquals(new BigDecimal("3"), p.rule("verification").orElseThrow().threshold());
            assertTrue(p.builtIn() && p.monthlyReview());
            assertEquals(BuiltInProfiles.IDS, BuiltInProfiles.all().stream().map(RuleProfile::id).toList());
        }

        @Test
        void aMalformedFileIsNamedWithItsLine() {
            String good = "id = mine\nname.en = Mine\n\nrule = reply_rate\nmetric = reply_rate\nthreshold = 0.8\n";
            assertEquals("mine.profile, line 6: threshold: '80%' is not a number from 0 to 1 (digits, at most 6 decimals, e.g. 4.8)",
                    assertThrows(ProfileFile.ProfileException.class, () -> ProfileFile.parse("mine.profile",
                            good.replace("0.8", "80%"), false)).getMessage());
            assertEquals("mine.profile, line 7: unknown key 'treshold' in rule reply_rate (did you mean threshold?); a "
                    + "rule has checked, checks, comparator, kind, label.en, label.ja, metric, minimum, on_time_within, "
                    + "source, source.en, source.ja, threshold, valid_from, window", assertThrows(ProfileFile.ProfileException.class, () -> ProfileFile.parse("mine.profile",
                    good + "treshold = 1\n", false)).getMessage());
            assertTrue(assertThrows(ProfileFile.ProfileException.class, () -> ProfileFile.parse("mine.profile",
                    good + "window = 1 year\n", false)).getMessage().startsWith("mine.profile, line 7: window is"));
            assertTrue(assertThrows(ProfileFile.ProfileException.class, () -> ProfileFile.parse("mine.profile",
                    good.replace("reply_rate\nthreshold", "typing_speed\nthreshold"), false)).getMessage()
                    .startsWith("mine.profile, line 5: unknown metric 'typing_speed'"));
            assertTrue(assertThrows(ProfileFile.ProfileException.class, () -> ProfileFile.parse("mine.profile",
                    good + "comparator = <\n", false)).getMessage().startsWith("mine.profile, line 7: comparator"));
        }

        @Test
        void aBadUserFileIsReportedAndTheOthersWork() {
            ProfileCatalog catalog = ProfileCatalog.of(List.of(
                    Map.entry("/data/profiles/broken.profile", "id = broken\nname.en = B\nrule = x\nmetric = nope\n"),
                    Map.entry("/data/profiles/lancers.profile", "id = lancers\nname.en = Mine\nrule = r\nmetric = "
                            + "reply_rate\nthreshold = 0.9\n"),
                    Map.entry("/data/profiles/mine.profile", "id = mine\nname.en = Mine\nrule = reply_rate\n"
                            + "metric = reply_rate\nthreshold = 0.9\n")));
            assertEquals(List.of("lancers", "lancers-2022", "crowdworks-pro", "coconala-gold", "coconala-platinum", "mine"),
                    catalog.profiles().stream().map(RuleProfile::id).toList());
            assertFalse(catalog.find("mine").orElseThrow().builtIn());
            assertEquals(2, catalog.problems().size());
            assertTrue(catalog.problems().get(0).toString().startsWith("/data/profiles/broken.profile, line 4: unknown metric"));
            assertTrue(catalog.problems().get(1).toString().contains("lancers is already taken (a built-in profile)"));
            assertEquals("lancers", catalog.findOrDefault("deleted-one").id());
        }
    }

    @Test
    void lancers2022CountsTheShareOfSatisfiedReviews() {
        // In the window: 17 満足, 1 残念, one ★4 (counts as 満足), one ★2 (counts as 残念), one ★3 (満足)
        // → 19 satisfied of 21 = 0.90476… shown 0.9047, target 0.95: not met.
        // Needed k further 満足: (19 + k) / (21 + k) ≥ 0.95 ⇔ 0.05 k ≥ 0.95 ⇔ k ≥ 19.
        // A 満足 given exactly 365 days before D (2025-11-28) is outside (D − 365, D] and does not count.
        LogbookBuilder b = new LogbookBuilder()
                .reviews("2026-06-01", Collections.nCopies(17, ReviewRating.SATISFIED)
                        .toArray(ReviewRating[]::new))
                .reviews("2026-06-02", ReviewRating.UNSATISFIED, ReviewRating.STARS_4, ReviewRating.STARS_2,
                        ReviewRating.STARS_3)
                .reviews("2025-11-28", ReviewRating.SATISFIED);
        RequirementResult r = result("lancers-2022", b.build(), "satisfaction");
        assertEquals(new BigDecimal("0.9047"), r.value());
        assertEquals(new BigDecimal("0.95"), r.target());
        assertFalse(r.met());
        assertEquals(new BigDecimal("19"), r.needed());
        assertEquals(21, r.basis());
        // the profile keeps the other four exactly as lancers, in the same positions
        assertEquals(List.of("reply_rate", "completion_rate", "earnings", "satisfaction", "verification"),
                BuiltInProfiles.read("lancers-2022").rules().stream().map(Rule::requirement).toList());
        // 20 satisfied of 20: met; margin = ⌊(20 − 0.95·20) / 0.95⌋ = ⌊1 / 0.95⌋ = 1 残念 before it falls
        RequirementResult all = result("lancers-2022", new LogbookBuilder().reviews("2026-06-01",
                Collections.nCopies(20, ReviewRating.STARS_5).toArray(ReviewRating[]::new)).build(),
                "satisfaction");
        assertTrue(all.met());
        assertEquals(new BigDecimal("1.0000"), all.value());
        assertEquals(new BigDecimal("1"), all.margin());
        // no review: nothing to measure, not met, 1 満足 needed
        RequirementResult none = result("lancers-2022", new LogbookBuilder().build(), "satisfaction");
        assertNull(none.value());
        assertEquals(BigDecimal.ONE, none.needed());
    }

    @Test
    void crowdworksProMixesTheLogbookAndWhatTheUserEntered() {
        // completion over the past year: 9 completed + 1 cancelled = 0.9 → met (≥ 0.90)
        // rating over all time: a ★5 from 2023 and a ★4 this year → 4.5 < 4.8, not met; the 2023 one counts
        // identity verified → met; scouts entered 7 ≥ 5 → met; top200 not entered → no value, not met;
        // communication entered 4.7 < 4.8 → not met, 0.1 more needed
        Settings s = new Settings(null, "", true, false, false, "crowdworks-pro",
                Map.of("scouts", new BigDecimal("7"), "communication", new BigDecimal("4.7")));
        Logbook logbook = new LogbookBuilder()
                .jobs(9, "2026-03-01", JobStatus.COMPLETED, "2026-03-10")
                .jobs(1, "2026-03-01", JobStatus.CANCELLED, "2026-03-05")
                .reviews("2023-05-01", ReviewRating.STARS_5)
                .reviews("2026-05-01", ReviewRating.STARS_4)
                .settings(s).build();
        Progress p = CertificationEngine.evaluate(logbook, D, BuiltInProfiles.read("crowdworks-pro"));
        assertTrue(p.result("completion_rate").orElseThrow().met());
        assertEquals(new BigDecimal("4.5000"), p.result("rating").orElseThrow().value());
        assertEquals(2, p.result("rating").orElseThrow().basis(), "all time");
        assertTrue(p.result("identity").orElseThrow().met());
        assertTrue(p.result("scouts").orElseThrow().met());
        assertNull(p.result("top200").orElseThrow().value());
        assertFalse(p.result("top200").orElseThrow().met());
        assertEquals(new BigDecimal("0.1"), p.result("communication").orElseThrow().needed());
        assertEquals(3, p.metCount());
    }

    @Test
    void coconalaRanksLookAtTheLastThreeMonthsOfSales() {
        // D = 2026-11-28: the window is (2026-08-28, 2026-11-28]. Completed and closed inside: ¥30,000 + ¥25,000;
        // one closed 2026-08-28 (outside) for ¥90,000 does not count → sales ¥55,000.
        // gold (≥ ¥50,000): met with ¥5,000 margin; platinum (≥ ¥100,000): ¥45,000 more needed.
        // rating over the same 3 months: ★5 ★5 ★5 ★4 = 4.75 → not met (a ★1 in July is outside)
        Logbook logbook = new LogbookBuilder()
                .job("2026-09-01", JobStatus.COMPLETED, "2026-09-20", 30_000L, false, "")
                .job("2026-10-01", JobStatus.COMPLETED, "2026-11-28", 25_000L, false, "")
                .job("2026-08-01", JobStatus.COMPLETED, "2026-08-28", 90_000L, false, "")
                .reviews("2026-10-01", ReviewRating.STARS_5, ReviewRating.STARS_5, ReviewRating.STARS_5,
                        ReviewRating.STARS_4)
                .reviews("2026-07-01", ReviewRating.STARS_1)
                .settings(new Settings(null, "", true, false, false)).build();
        RequirementResult gold = result("coconala-gold", logbook, "sales");
        assertEquals(new BigDecimal("55000"), gold.value());
        assertTrue(gold.met());
        assertEquals(new BigDecimal("5000"), gold.margin());
        RequirementResult platinum = result("coconala-platinum", logbook, "sales");
        assertFalse(platinum.met());
        assertEquals(new BigDecimal("45000"), platinum.needed());
        assertEquals(new BigDecimal("4.7500"), result("coconala-gold", logbook, "rating").value());
        assertEquals(2, result("coconala-gold", logbook, "completion_rate").basis());
        assertTrue(result("coconala-gold", logbook, "identity").met());
    }
}
