package jp.nintei.ui;

import java.util.Locale;
import jp.nintei.app.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.nintei.domain.Message;
import jp.nintei.store.LogbookStore;

/** A real logbook in a temp folder, a session on it at a fixed time in Tokyo, and dialogs that answer by script. */
public final class Fixture implements AutoCloseable {

    public static final Instant NOW = Instant.parse("2026-11-28T08:00:00Z"); // 17:00 in Tokyo

    public final LogbookStore store;
    public final LogbookSession session;
    public final ScriptedDialogs dialogs = new ScriptedDialogs();

    public Fixture(Path dir) {
        this(dir, Localization.ENGLISH);
    }

    public Fixture(Path dir, Locale locale) {
        store = LogbookStore.open(dir.resolve("nintei.db"));
        session = new LogbookSession(new Workspace(store, Clock.fixed(NOW, ZoneId.of("Asia/Tokyo"))), new DirectTaskRunner(),
                new Localization(locale));
        session.refresh(); // as the app does when its window opens
    }

    /** {@code count} messages received {@code hoursAgo} hours before now, answered after {@code replyHours} hours. */
    public void replies(int count, long hoursAgo, long replyHours) {
        List<Message> messages = new ArrayList<>();
        OffsetDateTime received = OffsetDateTime.ofInstant(NOW, ZoneId.of("Asia/Tokyo")).minusHours(hoursAgo);
        for (int i = 0; i < count; i++) {
            messages.add(new Message(0, "client " + i, received, received.plusHours(replyHours), false, ""));
        }
        store.messages().addAll(messages);
        session.refresh();
    }

    @Override
    public void close() {
        store.close();
    }

    /** A clock the test moves forward, in Tokyo, from {@link #NOW}: time passes without waiting. */
    public static final class MovingClock extends Clock {
        public Instant now = NOW;

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Tokyo");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** Dialogs for tests: confirms as told, and "chooses" a file given in advance. */
    public static final class ScriptedDialogs implements Dialogs {
        public boolean confirmAnswer = true;
        public Path saveFile;
        public final List<String> asked = new ArrayList<>();

        @Override
        public boolean confirm(String title, String message) {
            asked.add(message);
            return confirmAnswer;
        }

        @Override
        public Optional<Path> chooseSaveFile(String title, Path folder, String suggestedName) {
            asked.add(folder.resolve(suggestedName).toString());
            return Optional.ofNullable(saveFile);
        }

        public Path openFile;

        @Override
        public Optional<Path> chooseOpenFile(String title, Path folder, String extension) {
            asked.add(folder.toString());
            return Optional.ofNullable(openFile);
        }
    }
}
