package jp.nintei.ui;

import jp.nintei.app.FallingRating;
import jp.nintei.app.Workspace;
import jp.nintei.store.RowEdit;
import jp.nintei.app.Reminder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import jp.nintei.domain.Message;
import jp.nintei.store.LogbookStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reminders are scheduled by the clock the session reads: the test moves it, and never waits. */
class RemindersTest {

    @TempDir Path dir;


    @Test
    void aWaitingMessageIsRemindedOnceTwoHoursBeforeItsDeadline() {
        Fixture.MovingClock clock = new Fixture.MovingClock();
        try (LogbookStore store = LogbookStore.open(dir.resolve("nintei.db"))) {
            OffsetDateTime now = OffsetDateTime.ofInstant(clock.now, clock.getZone());
            store.messages().addAll(List.of(new Message(0, "田中様", now.minusHours(21), null, false, ""),
                    new Message(0, "no need", now.minusHours(23), null, true, "")));
            LogbookSession session = new LogbookSession(new Workspace(store, clock), new DirectTaskRunner(),
                new Localization(Localization.ENGLISH));
            List<Reminder> shown = new ArrayList<>();
            Reminders reminders = new Reminders(session, shown::add);
            session.refresh();
            assertEquals(List.of(), shown, "3 hours left: not yet");

            clock.now = clock.now.plus(Duration.ofMinutes(61)); // 1 h 59 min left
            session.refresh();
            assertEquals(1, shown.size());
            assertEquals("田中様: 1 h 59 min left to reply within 24 hours", shown.get(0).text());
            assertEquals(shown.get(0), reminders.currentProperty().get(), "the window shows it until it is answered");
            clock.now = clock.now.plus(Duration.ofMinutes(30));
            session.refresh();
            assertEquals(1, shown.size(), "at most one per message");
            Message waiting = store.messages().all().stream()
                    .filter(m -> m.client().equals("田中様")).findFirst().orElseThrow();
            store.messages().apply(RowEdit.putting(List.of(waiting.withReply(OffsetDateTime.ofInstant(clock.now, clock.getZone())))));
            session.refresh();
            assertEquals(null, reminders.currentProperty().get(), "replied: the window lets the reminder go");

            reminders.enabled.set(false);
            store.messages().add(new Message(0, "later", now.minusHours(22).plusMinutes(31), null, false, ""));
            session.refresh();
            assertEquals(1, shown.size(), "switched off");
            reminders.enabled.set(true);
            reminders.leadMinutes.set(30);
            session.refresh();
            assertEquals(1, shown.size(), "lead time 30 min: the new one has longer left");
        }
    }

    @Test
    void aFewDaysBeforeTheReviewAFallingRequirementIsAnnounced() {
        Fixture.MovingClock clock = new Fixture.MovingClock();
        clock.now = Instant.parse("2026-11-25T09:00:00Z"); // 6 days before the review of 12/1
        try (LogbookStore store = LogbookStore.open(dir.resolve("nintei.db"))) {
            FallingRating.seed(store); // 4.8, met; on 12/1: 4.5
            LogbookSession session = new LogbookSession(new Workspace(store, clock), new DirectTaskRunner(),
                new Localization(Localization.ENGLISH));
            List<Reminder> shown = new ArrayList<>();
            new Reminders(session, shown::add);
            session.refresh();
            assertEquals(List.of(), shown, "6 days before: not yet");
            clock.now = Instant.parse("2026-11-28T09:00:00Z"); // 2 days 15 hours before
            session.refresh();
            assertEquals(1, shown.size());
            assertEquals("By the review on Dec 1, these will no longer be met: Rating", shown.get(0).text());
            session.refresh();
            assertEquals(1, shown.size(), "once per review");
            assertTrue(session.shown().stateProperty().get().progress().result("rating").orElseThrow().met());
        }
    }
}
