package jp.nintei.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A what-if is exactly the logbook with those rows added at T — and nothing is written. */
class WhatIfTest {

    static final OffsetDateTime T = OffsetDateTime.parse("2026-11-28T18:00:00+09:00");

    @Test
    void eachChangeMovesItsGauge() {
        // 4 on-time replies: not enough to count (5 needed); one more, late: 4 / 5 = 0.80, met.
        // ★5 ★5: 5.00; one 4★ more: 14 / 3 = 4.6666, not met. One open job cancelled: completion 1/1 → 1/2.
        Job open = new Job(7, "open job", "A", "", LocalDate.of(2026, 11, 1), JobStatus.IN_PROGRESS, null, 20_000L,
                false, "");
        Logbook logbook = new LogbookBuilder()
                .replies(4, "2026-11-01T10:00:00+09:00", 2)
                .reviews("2026-10-01", ReviewRating.STARS_5, ReviewRating.STARS_5)
                .job("2026-10-01", JobStatus.COMPLETED, "2026-10-10", 10_000L, false, "")
                .settings(new Settings(40_000L, "", false, false, false)).build();
        RuleProfile lancers = BuiltInProfiles.read("lancers");
        Progress real = CertificationEngine.evaluate(logbook, AsOf.of(T), lancers);
        WhatIf w = new WhatIf(0, 1, Map.of(ReviewRating.STARS_4, 1), List.of(), List.of(open), 30_000);
        Progress tried = CertificationEngine.evaluate(w.on(logbook, AsOf.of(T)), AsOf.of(T), lancers);

        assertFalse(real.result("reply_rate").orElseThrow().met());
        assertEquals(new BigDecimal("0.8000"), tried.result("reply_rate").orElseThrow().value());
        assertTrue(tried.result("reply_rate").orElseThrow().met());
        assertEquals(new BigDecimal("4.6666"), tried.result("rating").orElseThrow().value());
        assertEquals(new BigDecimal("0.5000"), tried.result("completion_rate").orElseThrow().value());
        assertEquals(new BigDecimal("40000"), tried.result("earnings").orElseThrow().value(), "10,000 + 30,000");
        assertEquals(real, CertificationEngine.evaluate(WhatIf.NOTHING.on(logbook, AsOf.of(T)), AsOf.of(T), lancers));
    }

    @Test
    void aWhatIfIsTheLogbookWithThoseRowsAddedAtT() {
        Job open = new Job(7, "open", "A", "記事作成", LocalDate.of(2026, 9, 1), JobStatus.IN_PROGRESS, null, 25_000L,
                false, "");
        Job other = new Job(8, "other", "B", "", LocalDate.of(2026, 10, 1), JobStatus.IN_PROGRESS, null, null, false, "");
        Logbook base = new LogbookBuilder()
                .replies(6, "2026-06-01T10:00:00+09:00", 30)
                .reviews("2026-05-01", ReviewRating.SATISFIED, ReviewRating.STARS_2)
                .job("2026-04-01", JobStatus.COMPLETED, "2026-04-20", 60_000L, false, "記事作成")
                .settings(new Settings(100_000L, "記事作成", true, true, false)).build();
        WhatIf w = new WhatIf(3, 2, Map.of(ReviewRating.SATISFIED, 2, ReviewRating.STARS_1, 1), List.of(open),
                List.of(other), 0);
        // the same changes as rows: replies sent at T, reviews given on T's date, the jobs closed on it
        List<Message> messages = new ArrayList<>(base.messages());
        for (int i = 0; i < 3; i++) {
            messages.add(new Message(0, "", T.minusHours(1), T, false, ""));
        }
        for (int i = 0; i < 2; i++) {
            messages.add(new Message(0, "", T.minusHours(30), T, false, ""));
        }
        List<Review> reviews = new ArrayList<>(base.reviews());
        reviews.add(new Review(0, "", T.toLocalDate(), ReviewRating.SATISFIED, ""));
        reviews.add(new Review(0, "", T.toLocalDate(), ReviewRating.SATISFIED, ""));
        reviews.add(new Review(0, "", T.toLocalDate(), ReviewRating.STARS_1, ""));
        List<Job> jobs = new ArrayList<>(base.jobs());
        jobs.add(new Job(7, "open", "A", "記事作成", open.orderedOn(), JobStatus.COMPLETED, T.toLocalDate(), 25_000L, false,
                ""));
        jobs.add(new Job(8, "other", "B", "", other.orderedOn(), JobStatus.CANCELLED, T.toLocalDate(), null, false, ""));
        Logbook added = new Logbook(jobs, messages, reviews, base.settings());
        for (RuleProfile profile : BuiltInProfiles.all()) {
            for (OffsetDateTime at : List.of(T, T.plusDays(3), OffsetDateTime.parse("2026-12-01T00:00:00+09:00"))) {
                assertEquals(CertificationEngine.evaluate(added, AsOf.of(at), profile),
                        CertificationEngine.evaluate(w.on(base, AsOf.of(T)), AsOf.of(at), profile), profile.id() + " at " + at);
            }
            Progress now = CertificationEngine.evaluate(w.on(base, AsOf.of(T)), AsOf.of(T), profile);
            NextReview next = NextReview.of(w.on(base, AsOf.of(T)), T, profile, now);
            // independently: every row added is known at T, so the review at 2026-12-01 00:00 sees the engine's
            // numbers on the logbook with those rows at that instant
            OffsetDateTime review = OffsetDateTime.parse("2026-12-01T00:00:00+09:00");
            assertEquals(review, next.at(), profile.id());
            assertEquals(CertificationEngine.evaluate(added, AsOf.of(review), profile), next.progress(),
                    "the projection moves with it: " + profile.id());
        }
    }
}
