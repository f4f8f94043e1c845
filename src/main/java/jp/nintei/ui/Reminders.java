package jp.nintei.ui;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import jp.nintei.app.Measurement;
import jp.nintei.app.RemindedKeys;
import jp.nintei.app.Reminder;

/**
 * Desktop reminders while the window is open: what {@link Reminder#due} says is due — a waiting message nearing its
 * reply deadline (by default 2 hours before its 24-hour mark), a met requirement projected to fall by the review —
 * at most once per message across restarts ({@link RemindedKeys}, shared with the reminders that run while the window
 * is closed). Checked on every new state of the session — the 30-second tick included — so the clock decides when,
 * and a test drives it with a fake clock instead of waiting.
 */
public final class Reminders {

    /** Shows a reminder: a desktop notification (and the system tray where there is one). */
    public interface Notifier {
        void show(Reminder reminder);
    }

    /** On by default; Settings switches it. */
    public final BooleanProperty enabled = new SimpleBooleanProperty(true);
    /** How many minutes before a reply deadline the reminder comes; Settings changes it. */
    public final IntegerProperty leadMinutes = new SimpleIntegerProperty(120);
    /** Closing the window keeps reminding, from the system tray or a background process; off unless chosen. */
    public final BooleanProperty keepReminding = new SimpleBooleanProperty(false);

    private final LogbookSession session;
    private final Notifier notifier;
    private RemindedKeys reminded;
    private Path remindedFor;
    private final ReadOnlyObjectWrapper<Reminder> current = new ReadOnlyObjectWrapper<>();

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
        Instant now = session.shown().stateProperty().get().measuredAt().toInstant();
        for (Reminder reminder : due()) {
            reminded().remember(reminder, now);
            notifier.show(reminder);
            current.set(reminder);
        }
    }

    /** The reminders shown for the logbook shown (the sample data has its own). */
    private RemindedKeys reminded() {
        Path file = session.logbookFile();
        if (!file.equals(remindedFor)) {
            reminded = RemindedKeys.of(file);
            remindedFor = file;
        }
        return reminded;
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
        if (!enabled.get()) {
            return List.of();
        }
        return Reminder.due(session.shown().stateProperty().get(), Duration.ofMinutes(leadMinutes.get()),
                reminded()::shown, session.l10n().texts());
    }
}
