package jp.nintei.words;

import jp.nintei.domain.BuiltInProfiles;
import jp.nintei.domain.ProfileFile;
import jp.nintei.domain.RequirementResult;
import jp.nintei.domain.RuleProfile;
import jp.nintei.domain.Settings;
import jp.nintei.i18n.Texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Locale;
import jp.nintei.domain.RequirementResult.Kind;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The words a user reads on each gauge: its label, badge, value, target and what is still needed or the margin. */
class ProgressWordsTest {

    static final RuleProfile LANCERS = RuleProfile.LANCERS_CERTIFIED;
    static final ProgressWords ENGLISH = new ProgressWords(Texts.IN_ENGLISH, LANCERS);

    /** A profile of one's own whose rating needs 3 reviews before it can be met. */
    static final RuleProfile THREE_REVIEWS = ProfileFile.parse("mine.profile", """
            id = mine
            name.en = Mine
            rule = rating
            metric = average_rating
            threshold = 4.8
            window = 365 days
            minimum = 3
            """, false);

    static RequirementResult result(String requirement, Kind kind, String value, String target, boolean met,
                                    String needed, String margin, int basis) {
        return new RequirementResult(requirement, kind, value == null ? null : new BigDecimal(value),
                target == null ? null : new BigDecimal(target), met, needed == null ? null : new BigDecimal(needed),
                margin == null ? null : new BigDecimal(margin), basis);
    }

    static RequirementResult replies(String value, boolean met, int basis) {
        return result("reply_rate", Kind.RATE, value, "0.80", met, met ? "0" : "1", met ? "0" : null, basis);
    }

    static RequirementResult rating(String value, boolean met, int basis) {
        return result("rating", Kind.AVERAGE, value, "4.8", met, met ? "0" : "1", met ? "0" : null, basis);
    }

    @Nested
    class Badge {
        @Test
        void metReadsMet() {
            assertEquals("✓ Met", ENGLISH.badge(replies("0.9000", true, 10)));
        }

        @Test
        void atTheTargetWithTooFewRepliesReadsTooFewNotAMiss() {
            // 4 of 4 replies on time is 100 %, but Lancers counts a reply rate only from 5 replies
            assertEquals("Too few yet: 4 of 5", ENGLISH.badge(replies("1.0000", false, 4)));
            assertEquals("件数不足: 5件中4件",
                    new ProgressWords(new Texts(Locale.JAPANESE), LANCERS).badge(replies("1.0000", false, 4)));
        }

        @Test
        void justUnderTheTargetReadsAlmost() {
            assertEquals("✗ Almost: not met yet", ENGLISH.badge(rating("4.79", false, 20)));
        }

        @Test
        void farUnderTheTargetReadsNotMet() {
            assertEquals("✗ Not met", ENGLISH.badge(rating("4.00", false, 20)));
        }
    }

    @Nested
    class TooFew {
        @Test
        void aRateExactlyAtTheTargetWithFourRepliesNeedsFive() {
            assertEquals(5, ENGLISH.tooFew(replies("0.80", false, 4)));
        }

        @Test
        void withTheMinimumCountReachedThereIsNoShortage() {
            assertEquals(0, ENGLISH.tooFew(replies("0.80", false, 5)));
        }

        @Test
        void aMetOrMissedOrUnknownValueIsNeverTooFew() {
            assertEquals(0, ENGLISH.tooFew(replies("1.0000", true, 4)));
            assertEquals(0, ENGLISH.tooFew(replies("0.7999", false, 4)));
            assertEquals(0, ENGLISH.tooFew(replies(null, false, 0)));
            assertEquals(0, ENGLISH.tooFew(result("reply_rate", Kind.RATE, "1", null, false, null, null, 4)));
        }

        @Test
        void anAverageCountsToo() {
            var words = new ProgressWords(Texts.IN_ENGLISH, THREE_REVIEWS);
            assertEquals(3, words.tooFew(rating("5.00", false, 2)));
            assertEquals("Too few yet: 2 of 3", words.badge(rating("5.00", false, 2)));
        }

        @Test
        void earningsAtTheirTargetAreNotCountedItems() {
            var sales = result("sales", Kind.YEN, "50000", "50000", false, "0", null, 0);
            assertEquals(0, new ProgressWords(Texts.IN_ENGLISH, BuiltInProfiles.read("coconala-gold")).tooFew(sales));
        }
    }

    @Nested
    class NearMiss {
        @Test
        void ninetySevenPercentOfTheTargetIsAlmost() {
            // 0.776 is exactly 97 % of 0.80
            assertTrue(ProgressWords.nearMiss(replies("0.776", false, 10)));
            assertFalse(ProgressWords.nearMiss(replies("0.7759", false, 10)));
            assertTrue(ProgressWords.nearMiss(rating("4.79", false, 10)));
        }

        @Test
        void farBelowIsNotAlmost() {
            assertFalse(ProgressWords.nearMiss(replies("0.50", false, 10)));
        }

        @Test
        void atTheTargetButNotMetIsNotAlmost() {
            assertFalse(ProgressWords.nearMiss(replies("0.80", false, 4)));
        }

        @Test
        void metUnknownOrCountedChecksAreNeverAlmost() {
            assertFalse(ProgressWords.nearMiss(replies("0.79", true, 10)));
            assertFalse(ProgressWords.nearMiss(replies(null, false, 0)));
            assertFalse(ProgressWords.nearMiss(result("earnings", Kind.YEN, "990000", null, false, null, null, 3)));
            assertFalse(ProgressWords.nearMiss(result("verification", Kind.COUNT, "2.99", "3", false, "1", null, 3)));
        }
    }

    @Nested
    class Value {
        @Test
        void nothingCountedYetIsADash() {
            assertEquals("—", ENGLISH.value(replies(null, false, 0)));
        }

        @Test
        void aYesNoValueReadsYesOrNo() {
            var words = new ProgressWords(Texts.IN_ENGLISH, BuiltInProfiles.read("crowdworks-pro"));
            assertEquals("No", words.value(result("top200", Kind.ENTERED, "0", "1", false, "1", null, 0)));
            assertEquals("Yes", words.value(result("top200", Kind.ENTERED, "1", "1", true, "0", null, 0)));
            assertEquals("7", words.value(result("scouts", Kind.ENTERED, "7", "5", true, "0", "2", 0)));
        }
    }

    @Nested
    class Target {
        @Test
        void aRateNamesItsPercentAndCount() {
            assertEquals("Target ≥ 80% · 12 replies", ENGLISH.target(replies("0.9", true, 12), Settings.EMPTY));
        }

        @Test
        void salesHaveTheirOwnTarget() {
            var sales = result("sales", Kind.YEN, "20000", "50000", false, "30000", null, 4);
            assertEquals("Target ¥50,000 · judged monthly", ENGLISH.target(sales, Settings.EMPTY));
        }

        @Test
        void anotherYenRequirementWithATargetReadsLikeSales() {
            var revenue = result("revenue", Kind.YEN, "20000", "80000", false, "60000", null, 4);
            assertEquals("Target ¥80,000 · judged monthly", ENGLISH.target(revenue, Settings.EMPTY));
        }

        @Test
        void earningsNameTheCutoffAndTheCategory() {
            var earnings = result("earnings", Kind.YEN, "900000", "1000000", false, "100000", null, 9);
            assertEquals("Cutoff ¥1,000,000 (your estimate) · all categories", ENGLISH.target(earnings,
                    new Settings(1_000_000L, "", false, false, false)));
            assertEquals("Cutoff ¥1,000,000 (your estimate) · 記事作成", ENGLISH.target(earnings,
                    new Settings(1_000_000L, "記事作成", false, false, false)));
        }

        @Test
        void earningsWithoutACutoffSaySo() {
            var earnings = result("earnings", Kind.YEN, "900000", null, false, null, null, 9);
            assertEquals("No cutoff yet", ENGLISH.target(earnings, Settings.EMPTY));
        }

        @Test
        void enteredValuesSayTheyAreEntered() {
            var words = new ProgressWords(Texts.IN_ENGLISH, BuiltInProfiles.read("crowdworks-pro"));
            assertEquals("Target: yes · as you entered it",
                    words.target(result("top200", Kind.ENTERED, "0", "1", false, "1", null, 0), Settings.EMPTY));
            assertEquals("Target ≥ 5 · as you entered it",
                    words.target(result("scouts", Kind.ENTERED, "3", "5", false, "2", null, 0), Settings.EMPTY));
        }
    }

    @Nested
    class Advice {
        @Test
        void metWithoutABoundedMarginIsAllDone() {
            var checks = result("verification", Kind.COUNT, "3", "3", true, "0", null, 3);
            assertEquals("All done", ENGLISH.advice(checks, Settings.EMPTY));
        }

        @Test
        void onlyTheChecksNotDoneAreLeft() {
            var checks = result("verification", Kind.COUNT, "2", "3", false, "1", null, 3);
            assertEquals("Left: phone", ENGLISH.advice(checks, new Settings(null, "", true, false, true)));
            assertEquals("Left: identity, NDA", ENGLISH.advice(checks, new Settings(null, "", false, true, false)));
        }

        @Test
        void repliesNeededNameTheProfilesHours() {
            var r = result("reply_rate", Kind.RATE, "0.70", "0.80", false, "3", null, 20);
            assertEquals("3 more replies within 24 hours", ENGLISH.advice(r, Settings.EMPTY));
        }
    }

    @Nested
    class Labels {
        @Test
        void aRulesOwnLabelComesFromItsProfile() {
            RuleProfile gold = BuiltInProfiles.read("coconala-gold");
            var sales = result("sales", Kind.YEN, "20000", "50000", false, "30000", null, 4);
            assertEquals("Sales (last 3 months)", new ProgressWords(Texts.IN_ENGLISH, gold).label(sales));
            assertEquals("売上 (直近3か月)", new ProgressWords(new Texts(Locale.JAPANESE), gold).label(sales));
        }

        @Test
        void withoutALabelTheBundleNamesIt() {
            assertEquals("Reply rate (24 h)", ENGLISH.label(replies("0.9", true, 12)));
        }
    }

    @Nested
    class OneWindow {
        @Test
        void lancersLooksAtOneYearForEverything() {
            assertTrue(ENGLISH.oneWindow());
        }

        @Test
        void crowdWorksMixesAYearWithAllTime() {
            assertFalse(new ProgressWords(Texts.IN_ENGLISH, BuiltInProfiles.read("crowdworks-pro")).oneWindow());
        }
    }
}
