package jp.nintei.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import jp.nintei.domain.RequirementResult.Kind;
import org.junit.jupiter.api.Test;

/** The warning that a met requirement will fall by the next review: which ones, how many items leave, lower or not. */
class NextReviewFallsTest {

    static final OffsetDateTime T = OffsetDateTime.parse("2026-11-28T18:00:00+09:00");

    @Test
    void onlyAMetRequirementThatWillNotBeMetAtTheReviewFalls() {
        // 10 on-time replies from 2025-11-29 leave the year's window by R = 2026-12-01: 15 of 18 (83.3 %) now,
        // 5 of 8 (62.5 %) at R; the checks, all done, stay met; completion, never met, cannot fall
        Logbook logbook = new LogbookBuilder().replies(10, "2025-11-29T10:00:00+09:00", 1)
                .replies(5, "2026-06-01T10:00:00+09:00", 1).replies(3, "2026-06-02T10:00:00+09:00", 48)
                .settings(new Settings(null, "", true, true, true)).build();
        RuleProfile lancers = RuleProfile.LANCERS_CERTIFIED;
        Progress now = CertificationEngine.evaluate(logbook, AsOf.of(T), lancers);
        assertTrue(now.result("reply_rate").orElseThrow().met());
        assertTrue(now.result("verification").orElseThrow().met());
        assertFalse(now.result("completion_rate").orElseThrow().met());

        NextReview review = NextReview.of(logbook, T, lancers, now);
        assertEquals(OffsetDateTime.parse("2026-12-01T00:00:00+09:00"), review.at());
        assertEquals(List.of("reply_rate"), review.falls().stream().map(f -> f.now().requirement()).toList());
        NextReview.Fall fall = review.falls().get(0);
        assertEquals(10, fall.leaving());
        assertEquals(new BigDecimal("0.6250"), fall.then().value());
        assertTrue(NextReview.lower(fall));
    }

    static NextReview.Fall fall(String now, String then) {
        return new NextReview.Fall(result(now, true), result(then, false), 0);
    }

    static RequirementResult result(String value, boolean met) {
        return new RequirementResult("reply_rate", Kind.RATE, value == null ? null : new BigDecimal(value),
                new BigDecimal("0.80"), met, BigDecimal.ZERO, null, 5);
    }

    @Test
    void aFallByTheMinimumCountAloneIsNotLower() {
        assertTrue(NextReview.lower(fall("0.90", "0.75")));
        assertFalse(NextReview.lower(fall("1.0000", "1.0000")), "same value, too few replies left");
        assertFalse(NextReview.lower(fall("0.85", "0.90")));
        assertFalse(NextReview.lower(fall("0.90", null)));
        assertFalse(NextReview.lower(fall(null, "0.75")));
    }
}
