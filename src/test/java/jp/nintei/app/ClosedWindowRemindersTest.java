package jp.nintei.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import jp.nintei.domain.Message;
import jp.nintei.i18n.Texts;
import jp.nintei.store.LogbookStore;
import jp.nintei.store.StoreCalls;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With the window closed, a reply deadline is still reminded — once per message, across restarts of the reminders
 * and whoever showed it first — and the logbook is not held meanwhile: the app and the CLI can write to it.
 */
class ClosedWindowRemindersTest {

    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    static final Instant START = Instant.parse("2026-11-28T08:00:00Z");

    @TempDir
    Path dir;

    @Test
    void aDeadlineIsRemindedWithTheWindowClosedOncePerMessageAcrossARestart() {
        Path file = dir.resolve("nintei.db");
        try (LogbookStore store = LogbookStore.open(file)) {
            OffsetDateTime now = OffsetDateTime.ofInstant(START, TOKYO);
            store.messages().addAll(List.of(new Message(0, "田中様", now.minusHours(21), null, false, ""),
                    new Message(0, "replied", now.minusHours(23), now.minusHours(22), false, ""),
                    new Message(0, "no need", now.minusHours(23), null, true, "")));
        } // the window is closed: nothing holds the logbook
        List<Reminder> shown = new ArrayList<>();
        Duration lead = Duration.ofHours(2);

        assertEquals(List.of(), reminders(START, shown).check(lead), "3 hours left: not yet");
        Instant later = START.plus(Duration.ofMinutes(61)); // 1 h 59 min left
        List<Reminder> due = reminders(later, shown).check(lead);
        assertEquals(1, due.size());
        assertEquals("田中様: 1 h 59 min left to reply within 24 hours", due.get(0).text());
        assertEquals(due, shown, "shown on the desktop");

        // a restart of the reminders (a new process, a new object): still shown once
        assertEquals(List.of(), reminders(later.plus(Duration.ofMinutes(5)), shown).check(lead));
        assertEquals(1, shown.size());

        // and the logbook is free between checks: the app (or the CLI) writes to it
        try (LogbookStore store = LogbookStore.open(file)) {
            store.messages().add(new Message(0, "鈴木様", OffsetDateTime.ofInstant(later, TOKYO).minusHours(23), null,
                    false, ""));
        }
        List<Reminder> next = reminders(later.plus(Duration.ofMinutes(6)), shown).check(lead);
        assertEquals(1, next.size(), "the new message, not the one shown before");
        assertEquals(true, next.get(0).text().startsWith("鈴木様: 0 h 54 min left"), next.get(0).text());
    }

    @Test
    void idleItOnlyLooksAtTheFilesUntilSomethingCanFallDueOrTheLogbookChanges() {
        Path file = dir.resolve("nintei.db");
        try (LogbookStore store = LogbookStore.open(file)) {
            store.messages().add(new Message(0, "田中様", OffsetDateTime.ofInstant(START, TOKYO).minusHours(21), null,
                    false, ""));
        }
        Instant[] now = {START};
        Clock clock = new Clock() {
            @Override
            public ZoneId getZone() {
                return TOKYO;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        };
        List<Reminder> shown = new ArrayList<>();
        ClosedWindowReminders reminders = new ClosedWindowReminders(file, clock, Texts.IN_ENGLISH, shown::add);
        int[] reads = {0};
        try (StoreCalls calls = StoreCalls.watch(() -> reads[0]++)) {
            reminders.check(Duration.ofHours(2));
            assertEquals(true, reads[0] > 0, "the first check reads the logbook");
            reads[0] = 0;
            now[0] = START.plus(Duration.ofMinutes(30));
            assertEquals(List.of(), reminders.check(Duration.ofHours(2)));
            assertEquals(0, reads[0], "nothing written, nothing due before 1 h from now: the logbook is not read");
            now[0] = START.plus(Duration.ofMinutes(61)); // the reminder's time
            assertEquals(1, reminders.check(Duration.ofHours(2)).size());
            assertEquals(true, reads[0] > 0);

            try (LogbookStore cli = LogbookStore.open(file)) { // another program writes a message
                cli.messages().add(new Message(0, "鈴木様", OffsetDateTime.ofInstant(now[0], TOKYO).minusHours(23),
                        null, false, ""));
            }
            now[0] = START.plus(Duration.ofMinutes(62));
            List<Reminder> after = reminders.check(Duration.ofHours(2));
            assertEquals(1, after.size(), "a change to the logbook is looked at at once: " + after);
            assertEquals(true, after.get(0).text().startsWith("鈴木様"));
        }
    }

    @Test
    void noLogbookNoReminderAndNothingCreated() {
        Path file = dir.resolve("nintei.db");
        assertEquals(List.of(), reminders(START, new ArrayList<>()).check(Duration.ofHours(2)));
        assertEquals(false, file.toFile().exists(), "no logbook is made by a reminder");
    }

    private ClosedWindowReminders reminders(Instant at, List<Reminder> shown) {
        return new ClosedWindowReminders(dir.resolve("nintei.db"), Clock.fixed(at, TOKYO), Texts.IN_ENGLISH, shown::add);
    }
}
