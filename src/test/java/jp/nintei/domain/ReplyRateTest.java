package jp.nintei.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class ReplyRateTest {

    static final AsOf AS_OF = AsOf.of(OffsetDateTime.parse("2026-11-28T18:00:00+09:00"));

    static RequirementResult replyRate(LogbookBuilder b) {
        return replyRate(b, AS_OF);
    }

    static RequirementResult replyRate(LogbookBuilder b, AsOf asOf) {
        return CertificationEngine.evaluate(b.build(), asOf, RuleProfile.LANCERS_CERTIFIED)
                .result(RuleProfile.REPLY_RATE).orElseThrow();
    }

    @Test
    void replyAtExactly24HoursIsOnTimeAndOneSecondMoreIsLate() {
        var exactly = new LogbookBuilder().replies(4, "2026-11-01T09:00:00+09:00", 1)
                .message("2026-11-02T09:00:00+09:00", "2026-11-03T09:00:00+09:00");
        assertEquals(new BigDecimal("1.0000"), replyRate(exactly).value());

        var late = new LogbookBuilder().replies(4, "2026-11-01T09:00:00+09:00", 1)
                .message("2026-11-02T09:00:00+09:00", "2026-11-03T09:00:01+09:00");
        assertEquals(new BigDecimal("0.8000"), replyRate(late).value());
    }

    @Test
    void exactlyEightyPercentIsMetWithNoMargin() {
        var r = replyRate(new LogbookBuilder().replies(4, "2026-11-01T09:00:00Z", 2).replies(1, "2026-11-01T09:00:00Z", 30));
        assertTrue(r.met());
        assertEquals(BigDecimal.ZERO, r.needed());
        assertEquals(BigDecimal.ZERO, r.margin());
        assertEquals(5, r.basis());
    }

    @Test
    void belowEightyPercentSaysHowManyOnTimeRepliesAreNeeded() {
        // 7 of 9 = 0.7777: one more on-time reply makes 8 of 10 = 0.80
        var r = replyRate(new LogbookBuilder().replies(7, "2026-11-01T09:00:00Z", 1).replies(2, "2026-11-01T09:00:00Z", 25));
        assertFalse(r.met());
        assertEquals(new BigDecimal("0.7777"), r.value());
        assertEquals(BigDecimal.ONE, r.needed());
        assertNull(r.margin());

        // 0 of 5: 0.8 (5 + k) ≤ k → k ≥ 20
        var none = replyRate(new LogbookBuilder().replies(5, "2026-11-01T09:00:00Z", 48));
        assertEquals(BigDecimal.valueOf(20), none.needed());
    }

    @Test
    void marginCountsTheLateRepliesThatStillKeepTheRate() {
        // 10 of 10: 10 ≥ 0.8 (10 + j) → j ≤ 2.5
        var r = replyRate(new LogbookBuilder().replies(10, "2026-11-01T09:00:00Z", 1));
        assertEquals(BigDecimal.valueOf(2), r.margin());
    }

    @Test
    void fewerThanFiveRepliesIsNotMetEvenAtHundredPercent() {
        var r = replyRate(new LogbookBuilder().replies(4, "2026-11-01T09:00:00Z", 1));
        assertFalse(r.met());
        assertEquals(new BigDecimal("1.0000"), r.value());
        assertEquals(BigDecimal.ONE, r.needed());
    }

    @Test
    void emptyLogbookNeedsFiveReplies() {
        var r = replyRate(new LogbookBuilder());
        assertFalse(r.met());
        assertNull(r.value());
        assertEquals(new BigDecimal("0.80"), r.target());
        assertEquals(BigDecimal.valueOf(5), r.needed());
    }

    @Test
    void unansweredAndNoReplyNeededMessagesDoNotCount() {
        var r = replyRate(new LogbookBuilder().replies(5, "2026-11-01T09:00:00Z", 1)
                .message("2026-10-01T09:00:00Z", null).noReplyNeeded("2026-10-02T09:00:00Z"));
        assertEquals(5, r.basis());
        assertEquals(new BigDecimal("1.0000"), r.value());
    }

    @Test
    void elapsedTimeIsRealTimeAcrossSpringForward() {
        // New York, 2026-03-08 02:00 → 03:00: 24:30 on the wall clock is 23:30 of real time: on time.
        var r = replyRate(new LogbookBuilder().replies(4, "2026-11-01T09:00:00Z", 1)
                .message("2026-03-07T12:00:00-05:00", "2026-03-08T12:30:00-04:00"));
        assertEquals(new BigDecimal("1.0000"), r.value());
    }

    @Test
    void elapsedTimeIsRealTimeAcrossFallBack() {
        // New York, 2026-11-01 02:00 → 01:00: 23:30 on the wall clock is 24:30 of real time: late.
        var r = replyRate(new LogbookBuilder().replies(4, "2026-11-02T09:00:00Z", 1)
                .message("2026-10-31T12:00:00-04:00", "2026-11-01T11:30:00-05:00"));
        assertEquals(new BigDecimal("0.8000"), r.value());
    }

    @Test
    void windowHoldsMessagesReceivedAfterTMinus365DaysUpToT() {
        // T = 2026-11-28T09:00Z; T − 365 days = 2025-11-28T09:00Z (excluded), one second later included.
        var atStart = new LogbookBuilder().replies(5, "2026-11-01T09:00:00Z", 1)
                .message("2025-11-28T09:00:00Z", "2025-11-28T09:30:00Z");
        assertEquals(5, replyRate(atStart).basis());
        var justInside = new LogbookBuilder().replies(5, "2026-11-01T09:00:00Z", 1)
                .message("2025-11-28T09:00:01Z", "2025-11-28T09:30:00Z");
        assertEquals(6, replyRate(justInside).basis());
        var atT = new LogbookBuilder().message("2026-11-28T09:00:00Z", "2026-11-28T09:00:00Z");
        assertEquals(1, replyRate(atT).basis());
        var afterT = new LogbookBuilder().message("2026-11-28T09:00:01Z", "2026-11-28T09:10:00Z");
        assertEquals(0, replyRate(afterT).basis());
    }

    @Test
    void replySentAfterAsOfCountsAsNotYetSent() {
        var b = new LogbookBuilder().replies(5, "2026-11-01T09:00:00Z", 1)
                .message("2026-11-28T08:00:00Z", "2026-11-29T09:00:00Z"); // late, but after T
        assertEquals(new BigDecimal("1.0000"), replyRate(b).value());
        assertEquals(5, replyRate(b).basis());
        var later = AsOf.of(OffsetDateTime.parse("2026-11-30T00:00:00Z"));
        assertEquals(new BigDecimal("0.8333"), replyRate(b, later).value());
    }
}
