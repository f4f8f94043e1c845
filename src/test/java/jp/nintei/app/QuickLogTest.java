package jp.nintei.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import jp.nintei.domain.Message;
import jp.nintei.i18n.Phrase;
import jp.nintei.i18n.Texts;
import jp.nintei.store.LogbookStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tray's Message received and Replied, with the window closed: one change each, or words saying why not. */
class QuickLogTest {

    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    static final String CHOOSE = "Open Nintei to choose the message you answered: no single one is waiting inside "
            + "its deadline";
    static final Instant NOW = Instant.parse("2026-11-28T08:00:00Z"); // 17:00 in Tokyo

    @TempDir
    Path dir;

    @Test
    void aMessageReceivedNowThenItsReplyAndNeverAnOverdueOneSilently() {
        Path file = dir.resolve("nintei.db");
        Clock clock = Clock.fixed(NOW, TOKYO);
        try (LogbookStore store = LogbookStore.open(file)) {
            store.messages().add(new Message(0, "遅い様", OffsetDateTime.ofInstant(NOW, TOKYO).minusHours(30), null, false,
                    ""));
        }
        assertEquals(CHOOSE, say(QuickLog.replied(file, clock)), "an overdue one only: never answered silently");

        assertEquals("Message received at 17:00 logged", say(QuickLog.messageReceived(file, clock)));
        assertEquals("Reply to (no client) logged at 17:00".replace("(no client)", noClient()),
                say(QuickLog.replied(file, clock)));
        try (LogbookStore store = LogbookStore.open(file)) {
            List<Message> all = store.messages().all();
            assertEquals(2, all.size());
            assertEquals(OffsetDateTime.ofInstant(NOW, TOKYO), all.get(1).receivedAt());
            assertEquals(OffsetDateTime.ofInstant(NOW, TOKYO), all.get(1).repliedAt(), "replied now");
            assertEquals(null, all.get(0).repliedAt(), "the overdue one is left for the user to choose");
        }
        QuickLog.messageReceived(file, clock);
        QuickLog.messageReceived(file, clock);
        assertEquals(CHOOSE, say(QuickLog.replied(file, clock)), "two in time: the user chooses");
    }

    private static String say(Phrase phrase) {
        return phrase.in(Texts.IN_ENGLISH);
    }

    private static String noClient() {
        return Texts.IN_ENGLISH.text("pending.noClient");
    }
}
