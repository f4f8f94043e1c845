package jp.nintei.messages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jp.nintei.app.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import jp.nintei.store.LogbookStore;
import jp.nintei.ui.DirectTaskRunner;
import jp.nintei.ui.Fixture;
import jp.nintei.ui.Localization;
import jp.nintei.ui.LogbookSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MessagesPresenterTest {

    @TempDir Path dir;


    @Test
    void aNewMessageIsReceivedWhenNewIsPressedNotWhenTheScreenWasBuilt() {
        Fixture.MovingClock clock = new Fixture.MovingClock();
        try (LogbookStore store = LogbookStore.open(dir.resolve("nintei.db"))) {
            LogbookSession session = new LogbookSession(new Workspace(store, clock), new DirectTaskRunner(),
                new Localization(Localization.ENGLISH));
            MessagesPresenter messages = new MessagesPresenter(session, new Fixture.ScriptedDialogs());
            String built = messages.receivedAt.textProperty().get();
            clock.now = clock.now.plus(Duration.ofMinutes(135));
            messages.startNew();
            String pressed = messages.receivedAt.textProperty().get();
            assertEquals(messages.show(clock.now.atZone(clock.getZone()).toOffsetDateTime()), pressed);
            assertEquals(false, built.equals(pressed));
        }
    }
}
