package jp.nintei.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import jp.nintei.domain.Message;
import jp.nintei.i18n.Texts;
import jp.nintei.store.LogbookStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When a reminder is due — exactly at the lead time before a reply deadline, and 3 days before a review that a met
 * requirement would not survive — and when the next one can be, so that a closed window need not look before then.
 */
class ReminderTest {

    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @TempDir
    Path dir;

    private Measurement at(LogbookStore store, Instant now) {
        return new Workspace(store, Clock.fixed(now, TOKYO)).measure();
    }

    @Test
    void aReplyReminderComesExactlyAtTheLeadTimeAndTheNextChanceIsThen() {
        Instant now = Instant.parse("2026-11-28T08:00:00Z");
        try (LogbookStore store = LogbookStore.open(dir.resolve("nintei.db"))) {
            OffsetDateTime a = OffsetDateTime.ofInstant(now.minus(Duration.ofHours(22)), TOKYO);
            OffsetDateTime b = OffsetDateTime.ofInstant(now.minus(Duration.ofHours(10)), TOKYO);
            store.messages().addAll(List.of(new Message(0, "A", a, null, false, ""),
                    new Message(0, "B", b, null, false, "")));
            Measurement state = at(store, now);
            Duration lead = Duration.ofHours(2);
            List<Reminder> due = Reminder.due(state, lead, key -> false, Texts.IN_ENGLISH);
            assertEquals(1, due.size(), "A has exactly 2 hours left: due; B has 14");
            assertEquals("A: 2 h 0 min left to reply within 24 hours", due.get(0).text());
            assertEquals(now.plus(Duration.ofHours(2)), due.get(0).until());
            assertEquals(List.of(), Reminder.due(state, lead, due.get(0).key()::equals, Texts.IN_ENGLISH),
                    "shown already: not again");
            assertEquals(List.of(), Reminder.due(state, lead.minusSeconds(1), key -> false, Texts.IN_ENGLISH),
                    "a second more than the lead: not yet");
            // B's reminder time is the next chance: 24 h - 2 h after its arrival
            assertEquals(now.plus(Duration.ofHours(12)), Reminder.nextChance(state, lead));
        }
    }

    @Test
    void nothingWaitingAndNoReviewComingMeansNoNextChance() {
        try (LogbookStore store = LogbookStore.open(dir.resolve("nintei.db"))) {
            Measurement state = at(store, Instant.parse("2026-11-28T08:00:00Z"));
            assertEquals(List.of(), Reminder.due(state, Duration.ofHours(2), key -> false, Texts.IN_ENGLISH));
            Instant next = Reminder.nextChance(state, Duration.ofHours(2));
            // the lancers profile reviews monthly: the next chance is 3 days before the review of Dec 1
            assertEquals(Instant.parse("2026-11-27T15:00:00Z"), state.next().at().toInstant()
                    .minus(Duration.ofDays(Reminder.REVIEW_DAYS)));
            assertNull(next, "3 days before Dec 1 has passed on Nov 28: nothing is coming");
        }
    }

    @Test
    void aFallingRequirementIsAnnouncedFromExactlyThreeDaysBeforeTheReview() {
        try (LogbookStore store = LogbookStore.open(dir.resolve("nintei.db"))) {
            FallingRating.seed(store); // 4.8, met; on 12/1: 4.5
            Instant review = Instant.parse("2026-11-30T15:00:00Z"); // Dec 1, 00:00 in Tokyo
            Instant threeDays = review.minus(Duration.ofDays(3));
            Measurement before = at(store, threeDays.minusSeconds(1));
            assertEquals(List.of(), Reminder.due(before, Duration.ofHours(2), key -> false, Texts.IN_ENGLISH));
            assertEquals(threeDays, Reminder.nextChance(before, Duration.ofHours(2)));
            List<Reminder> due = Reminder.due(at(store, threeDays), Duration.ofHours(2), key -> false,
                    Texts.IN_ENGLISH);
            assertEquals(1, due.size());
            assertEquals("review:2026-12-01", due.get(0).key());
            assertEquals("By the review on Dec 1, these will no longer be met: Rating", due.get(0).text());
            assertEquals(review, due.get(0).until());
        }
    }
}
