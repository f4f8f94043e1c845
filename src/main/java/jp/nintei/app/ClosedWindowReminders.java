package jp.nintei.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.Consumer;
import jp.nintei.i18n.Texts;
import jp.nintei.domain.WhatIf;

/**
 * The reminders that run while the window is closed ("Keep reminding me when the window is closed", or
 * {@code --background}). Each {@link #check} opens the logbook for reading only — no write lock is held, so the CLI
 * and a new window work meanwhile, and nothing is held between checks — measures it, closes it, and shows what
 * {@link Reminder#due} says is due and was not shown yet, here or by the window ({@link RemindedKeys}). It looks again
 * only when the logbook's files changed or something can fall due ({@link Reminder#nextChance}), or after an hour:
 * idle, a check is a look at two file times.
 */
public final class ClosedWindowReminders {

    private final Path file;
    private final Clock clock;
    private final Texts texts;
    private final Consumer<Reminder> notifier;
    /** When the logbook's files were last changed, as last read: another change means another check. */
    private Instant seenChange;
    /** Until when nothing can fall due if the logbook stays as it is ({@link Reminder#nextChance}). */
    private Instant quietUntil;

    public ClosedWindowReminders(Path file, Clock clock, Texts texts, Consumer<Reminder> notifier) {
        this.file = file;
        this.clock = clock;
        this.texts = texts;
        this.notifier = notifier;
    }

    /**
     * Shows what is due now with reminders {@code lead} before a reply deadline; what it showed. A logbook that is not
     * there or cannot be read now (being restored, refused) shows nothing: the window says why when it opens.
     */
    public List<Reminder> check(Duration lead) {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        if (lastChange().equals(seenChange) && quietUntil != null && clock.instant().isBefore(quietUntil)) {
            return List.of(); // nothing written since the last look, and nothing falls due before quietUntil
        }
        Measurement state;
        try (OpenLogbook logbook = OpenLogbook.forReading(file, clock)) {
            state = Measure.now(logbook.store, logbook.profiles(), ZonedDateTime.now(clock), WhatIf.NOTHING);
        } catch (RuntimeException notNow) { // a Refusal, or a logbook being replaced under it
            return List.of();
        }
        seenChange = lastChange(); // after closing it: closing the last connection may checkpoint the journal
        Instant next = Reminder.nextChance(state, lead);
        // a lead changed in Settings, or a profile file edited, is seen within the hour
        Instant hour = clock.instant().plus(Duration.ofHours(1));
        quietUntil = next == null || next.isAfter(hour) ? hour : next;
        RemindedKeys reminded = RemindedKeys.of(file);
        List<Reminder> due = Reminder.due(state, lead, reminded::shown, texts);
        for (Reminder reminder : due) {
            reminded.remember(reminder, clock.instant());
            notifier.accept(reminder);
        }
        return due;
    }

    /** The latest change of the logbook or its journal (written by the app, the CLI or anyone). */
    private Instant lastChange() {
        Instant latest = Instant.EPOCH;
        for (String suffix : new String[] {"", "-wal"}) {
            try {
                Instant t = Files.getLastModifiedTime(file.resolveSibling(file.getFileName() + suffix)).toInstant();
                latest = t.isAfter(latest) ? t : latest;
            } catch (IOException absent) {
                // no journal: the logbook alone
            }
        }
        return latest;
    }
}
