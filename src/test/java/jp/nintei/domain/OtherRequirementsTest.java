package jp.nintei.domain;

import static jp.nintei.domain.JobStatus.CANCELLED;
import static jp.nintei.domain.JobStatus.COMPLETED;
import static jp.nintei.domain.JobStatus.IN_PROGRESS;
import static jp.nintei.domain.ReviewRating.SATISFIED;
import static jp.nintei.domain.ReviewRating.STARS_1;
import static jp.nintei.domain.ReviewRating.STARS_4;
import static jp.nintei.domain.ReviewRating.STARS_5;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Completion rate, earnings, rating and verification at their boundaries. As-of: 2026-11-28 (D). */
class OtherRequirementsTest {

    static RequirementResult result(LogbookBuilder b, String requirement) {
        return CertificationEngine.evaluate(b.build(), ReplyRateTest.AS_OF, RuleProfile.LANCERS_CERTIFIED)
                .result(requirement).orElseThrow();
    }

    @Nested
    class Completion {
        RequirementResult of(LogbookBuilder b) {
            return result(b, RuleProfile.COMPLETION_RATE);
        }

        @Test
        void exactlyNinetyPercentIsMet() {
            var r = of(new LogbookBuilder().jobs(9, "2026-05-01", COMPLETED, "2026-05-10")
                    .jobs(1, "2026-05-01", CANCELLED, "2026-05-02"));
            assertTrue(r.met());
            assertEquals(new BigDecimal("0.9000"), r.value());
            assertEquals(BigDecimal.ZERO, r.margin());
        }

        @Test
        void belowNinetyPercentNeedsMoreCompletedJobs() {
            // 17 of 19 = 0.8947: one more completed job makes 18 of 20 = 0.90
            var r = of(new LogbookBuilder().jobs(17, "2026-05-01", COMPLETED, "2026-05-10")
                    .jobs(2, "2026-05-01", CANCELLED, "2026-05-02"));
            assertFalse(r.met());
            assertEquals(new BigDecimal("0.8947"), r.value());
            assertEquals(BigDecimal.ONE, r.needed());
        }

        @Test
        void inProgressExcludedAndClosedAfterAsOfDoNotCount() {
            var r = of(new LogbookBuilder().jobs(3, "2026-05-01", COMPLETED, "2026-05-10")
                    .jobs(4, "2026-05-01", IN_PROGRESS, null)
                    .job("2026-05-01", CANCELLED, "2026-05-02", null, true, "")
                    .jobs(5, "2026-11-20", CANCELLED, "2026-11-29"));
            assertEquals(3, r.basis());
            assertEquals(new BigDecimal("1.0000"), r.value());
            assertEquals(BigDecimal.ZERO, r.margin()); // 3 of 4 would be 0.75
        }

        @Test
        void windowIsJobsOrderedAfterDMinus365DaysUpToD() {
            var r = of(new LogbookBuilder().jobs(1, "2025-11-28", CANCELLED, "2025-12-01")
                    .jobs(1, "2025-11-29", COMPLETED, "2025-12-01")
                    .jobs(1, "2026-11-28", COMPLETED, "2026-11-28"));
            assertEquals(2, r.basis());
            assertEquals(new BigDecimal("1.0000"), r.value());
        }

        @Test
        void noClosedJobIsNotMetAndNeedsOne() {
            var r = of(new LogbookBuilder().jobs(2, "2026-05-01", IN_PROGRESS, null));
            assertFalse(r.met());
            assertNull(r.value());
            assertEquals(BigDecimal.ONE, r.needed());
        }
    }

    @Nested
    class EarningsRequirement {
        RequirementResult of(LogbookBuilder b) {
            return result(b, RuleProfile.EARNINGS);
        }

        @Test
        void withoutCutoffThereIsNoTargetAndNoNeeded() {
            var r = of(new LogbookBuilder().job("2026-05-01", COMPLETED, "2026-05-10", 138_000L, false, ""));
            assertEquals(BigDecimal.valueOf(138_000), r.value());
            assertNull(r.target());
            assertNull(r.needed());
            assertFalse(r.met());
        }

        @Test
        void saysTheYenStillMissing() {
            var r = of(new LogbookBuilder().settings(new Settings(150_000L, "", false, false, false))
                    .job("2026-05-01", COMPLETED, "2026-05-10", 100_000L, false, "")
                    .job("2026-05-01", COMPLETED, "2026-06-10", 38_000L, false, "")
                    .job("2026-05-01", CANCELLED, "2026-06-10", 50_000L, false, "")
                    .job("2026-05-01", COMPLETED, "2026-06-10", null, false, ""));
            assertEquals(BigDecimal.valueOf(138_000), r.value());
            assertEquals(BigDecimal.valueOf(12_000), r.needed());
            assertFalse(r.met());
        }

        @Test
        void exactlyTheCutoffIsMet() {
            var r = of(new LogbookBuilder().settings(new Settings(150_000L, "", false, false, false))
                    .job("2026-05-01", COMPLETED, "2026-05-10", 150_000L, false, ""));
            assertTrue(r.met());
            assertEquals(BigDecimal.ZERO, r.needed());
            assertEquals(BigDecimal.ZERO, r.margin());
        }

        @Test
        void countsJobsClosedInTheWindowAndInTheCategory() {
            var r = of(new LogbookBuilder().settings(new Settings(1L, " 記事作成 ", false, false, false))
                    .job("2025-01-01", COMPLETED, "2025-11-28", 1_000L, false, "記事作成")   // before the window
                    .job("2025-01-01", COMPLETED, "2025-11-29", 2_000L, false, "記事作成")   // first day
                    .job("2026-11-01", COMPLETED, "2026-11-28", 4_000L, false, " 記事作成")  // D
                    .job("2026-11-01", COMPLETED, "2026-11-29", 8_000L, false, "記事作成")   // after D
                    .job("2026-11-01", COMPLETED, "2026-11-10", 16_000L, false, "デザイン")); // other category
            assertEquals(BigDecimal.valueOf(6_000), r.value());
        }

        @Test
        void emptyLogbookWithCutoffNeedsTheWholeCutoff() {
            var r = of(new LogbookBuilder().settings(new Settings(1_200_000L, "", false, false, false)));
            assertFalse(r.met());
            assertEquals(BigDecimal.valueOf(1_200_000), r.needed());
        }
    }

    @Nested
    class Rating {
        RequirementResult of(LogbookBuilder b) {
            return result(b, RuleProfile.RATING);
        }

        @Test
        void exactlyFourPointEightIsMet() {
            var r = of(new LogbookBuilder().reviews("2026-06-01", STARS_5, STARS_5, STARS_5, STARS_5, STARS_4));
            assertTrue(r.met());
            assertEquals(new BigDecimal("4.8000"), r.value());
            assertEquals(BigDecimal.ZERO, r.margin());
        }

        @Test
        void belowNeedsMoreFiveStarReviews() {
            var r = of(new LogbookBuilder().reviews("2026-06-01", STARS_5, STARS_5, STARS_5, STARS_4));
            assertFalse(r.met());
            assertEquals(new BigDecimal("4.7500"), r.value());
            assertEquals(BigDecimal.ONE, r.needed());
            var low = of(new LogbookBuilder().reviews("2026-06-01", STARS_1));
            // (1 + 5k) ≥ 4.8 (1 + k) → 0.2k ≥ 3.8 → k = 19
            assertEquals(BigDecimal.valueOf(19), low.needed());
        }

        @Test
        void satisfiedIsNotAStarAndOnlyTheWindowCounts() {
            var r = of(new LogbookBuilder().reviews("2025-11-28", STARS_1).reviews("2025-11-29", STARS_5)
                    .reviews("2026-11-28", STARS_5).reviews("2026-11-29", STARS_1).reviews("2026-06-01", SATISFIED));
            assertEquals(2, r.basis());
            assertEquals(new BigDecimal("5.0000"), r.value());
        }

        @Test
        void noReviewNeedsOne() {
            var r = of(new LogbookBuilder().reviews("2026-06-01", SATISFIED));
            assertFalse(r.met());
            assertNull(r.value());
            assertEquals(BigDecimal.ONE, r.needed());
        }
    }

    @Nested
    class Checks {
        @Test
        void countsTheChecksDoneAndTheChecksLeft() {
            var two = result(new LogbookBuilder().settings(new Settings(null, "", true, false, true)),
                    RuleProfile.VERIFICATION);
            assertEquals(BigDecimal.valueOf(2), two.value());
            assertEquals(BigDecimal.ONE, two.needed());
            assertFalse(two.met());
            var all = result(new LogbookBuilder().settings(new Settings(null, "", true, true, true)),
                    RuleProfile.VERIFICATION);
            assertTrue(all.met());
            assertEquals(BigDecimal.ZERO, all.needed());
            var none = result(new LogbookBuilder(), RuleProfile.VERIFICATION);
            assertEquals(BigDecimal.valueOf(3), none.needed());
        }
    }

    @Test
    void emptyLogbookMeetsNothingAndNeedsAtLeastOneOfEach() {
        var progress = CertificationEngine.evaluate(new LogbookBuilder()
                .settings(new Settings(100_000L, "", false, false, false)).build(), ReplyRateTest.AS_OF,
                RuleProfile.LANCERS_CERTIFIED);
        assertEquals(0, progress.metCount());
        for (RequirementResult r : progress.results()) {
            assertTrue(r.needed().compareTo(BigDecimal.ONE) >= 0, r.requirement());
        }
    }
}
