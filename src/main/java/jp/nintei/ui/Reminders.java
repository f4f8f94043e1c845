package jp.nintei.ui;

import jp.nintei.app.Measurement;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import jp.nintei.domain.Message;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import jp.nintei.domain.ProgressWords;

/**
 * Desktop reminders: a waiting message nearing its reply deadline (by default 2 hours before its 24-hour mark), at most
 * once per message and never for one marked "no reply needed"; and, a few days before the next review, a met
 * requirement projected to fall. Checked on every new state of the session — the 30-second tick included — so the
 * clock decides when, and a test drives it with a fake clock instead of waiting.
 */
public final class Reminders {

    /**
     * A reminder shown once: {@code key} says what it is about ({@code message:42}, {@code review:2026-12-01});
     * {@code until} when it stops being true (the reply deadline, the review).
     */
    public record Reminder(String key, String title, String text, Instant until) {
    }

    /** Shows a reminder: a desktop notification (and the system tray where there is one). */
    public interface Notifier {
        void show(Reminder reminder);
    }

    /** How many days before the next review a projected fall is announced. */
    static final long REVIEW_DAYS = 3;

    /** On by default; Settings switches it. */
    public final BooleanProperty enabled = new SimpleBooleanProperty(true);
    /** How many minutes before a reply deadline the reminder comes; Settings changes it. */
    public final IntegerProperty leadMinutes = new SimpleIntegerProperty(120);

    private final LogbookSession session;
    private final Notifier notifier;
    private final Set<String> shown = new HashSet<>();
    private final ReadOnlyObjectWrapper<Reminder> current =
            new ReadOnlyObjectWrapper<>();

    public Reminders(LogbookSession session, Notifier notifier) {
        this.session = session;
        this.notifier = notifier;
        session.shown().stateProperty().addListener(obs -> check());
    }

    /** Shows what is due at the state's time and has not been shown yet; lets go of the one that no longer holds. */
    public void check() {
        Reminder showing = current.get();
        if (showing != null && !holds(showing)) {
            current.set(null);
        }
        for (Reminder reminder : due()) {
            shown.add(reminder.key());
            notifier.show(reminder);
            current.set(reminder);
        }
    }

    /**
     * The reminder the window shows in its status bar — where it covers nothing — until dismissed, replied to or
     * past its time; null for none.
     */
    public ReadOnlyObjectProperty<Reminder> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** The user closed the reminder. */
    public void dismiss() {
        current.set(null);
    }

    private boolean holds(Reminder reminder) {
        Measurement state = session.shown().stateProperty().get();
        if (!state.measuredAt().toInstant().isBefore(reminder.until())) {
            return false;
        }
        return !reminder.key().startsWith("message:") || state.waiting().recent().stream()
                .anyMatch(m -> reminder.key().equals("message:" + m.id()) && m.repliedAt() == null
                        && !m.noReplyNeeded());
    }

    /** What is due now and not shown yet. */
    public List<Reminder> due() {
        List<Reminder> due = new ArrayList<>();
        if (!enabled.get()) {
            return due;
        }
        Measurement state = session.shown().stateProperty().get();
        Instant now = state.measuredAt().toInstant();
        Duration deadline = state.progress().profile().replyDeadline().orElse(null);
        Localization l10n = session.l10n();
        if (deadline != null) {
            for (Message m : state.waiting().recent()) {
                Duration left = Duration.between(now, m.received().plus(deadline));
                String key = "message:" + m.id();
                if (!left.isNegative() && left.compareTo(Duration.ofMinutes(leadMinutes.get())) <= 0
                        && !m.noReplyNeeded() && m.repliedAt() == null && !shown.contains(key)) {
                    due.add(new Reminder(key, l10n.text("reminder.replyTitle"), l10n.text("reminder.reply",
                            m.client().isEmpty() ? l10n.text("pending.noClient") : m.client(), left.toHours(),
                            left.toMinutesPart(), deadline.toHours()), m.received().plus(deadline)));
                }
            }
        }
        var next = state.next();
        if (next != null && !next.falls().isEmpty()
                && Duration.between(now, next.at().toInstant()).compareTo(Duration.ofDays(REVIEW_DAYS)) <= 0) {
            String key = "review:" + next.at().toLocalDate();
            if (!shown.contains(key)) {
                var words = new ProgressWords(l10n.texts(),
                        state.progress().profile());
                List<String> falling = next.falls().stream().map(f -> words.label(f.now())).toList();
                // "Dec 1", "12月1日": never "12/1", which reads as a count
                due.add(new Reminder(key, l10n.text("reminder.reviewTitle"), l10n.text("reminder.review",
                        next.at().format(DateTimeFormatter.ofPattern(l10n.text("format.monthDay"), l10n.locale())),
                        String.join(l10n.text("list.separator"), falling)), next.at().toInstant()));
            }
        }
        return due;
    }
}
