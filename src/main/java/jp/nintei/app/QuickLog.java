package jp.nintei.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import jp.nintei.domain.Message;
import jp.nintei.i18n.Phrase;
import jp.nintei.domain.RecordKind;

/**
 * Logging with the window closed, from the tray's menu: "Message received" (now) and "Replied" (now, to the only
 * message still inside its deadline — the rule the window's Shortcut+R follows with none chosen). Each opens the
 * logbook for writing for that one change, through the same use cases as the window ({@link Workspace}), and closes it;
 * what it did, or why not, comes back in words.
 */
public final class QuickLog {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private QuickLog() {
    }

    public static Phrase messageReceived(Path file, Clock clock) {
        try (OpenLogbook logbook = OpenLogbook.forWriting(file, clock)) {
            OffsetDateTime now = OffsetDateTime.now(clock);
            Phrase said = new Phrase("status.messageLogged", now.format(TIME));
            new Workspace(logbook.store, clock).add(RecordKind.MESSAGES, new Message(0, "", now, null, false, ""), said);
            return said;
        }
    }

    /** A reply to the only message still inside its deadline; none or several: nothing is written, and it says so. */
    public static Phrase replied(Path file, Clock clock) {
        try (OpenLogbook logbook = OpenLogbook.forWriting(file, clock)) {
            Workspace workspace = new Workspace(logbook.store, clock);
            Measurement state = workspace.measure();
            Optional<Message> only = state.waiting().onlyOneInTime(state.measuredAt().toInstant(),
                    state.progress().profile().replyWithin());
            if (only.isEmpty()) {
                return new Phrase(state.waiting().recent().isEmpty() ? "status.nothingToReply" : "tray.chooseMessage");
            }
            Message m = only.get();
            OffsetDateTime now = OffsetDateTime.now(clock);
            Phrase said = new Phrase("status.replyLogged", m.client().isEmpty() ? new Phrase("pending.noClient")
                    : m.client(), now.format(TIME));
            workspace.update(RecordKind.MESSAGES, m.withReply(now), said);
            return said;
        }
    }
}
