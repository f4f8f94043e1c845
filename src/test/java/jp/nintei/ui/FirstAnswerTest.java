package jp.nintei.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import jp.nintei.app.Workspace;
import jp.nintei.store.LogbookStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard builds its lower half once the first measure is answered ({@code DashboardController.PARTS}): the
 * session says so when the numbers come, and also when measuring failed — the rest of the dashboard never waits for
 * an answer that will not come.
 */
class FirstAnswerTest {

    @TempDir
    Path dir;

    private LogbookSession session(LogbookStore store) {
        return new LogbookSession(new Workspace(store, Clock.fixed(Fixture.NOW, ZoneId.of("Asia/Tokyo"))),
                new DirectTaskRunner(), new Localization(Localization.ENGLISH));
    }

    @Test
    void theFirstMeasureIsAnAnswer() {
        try (LogbookStore store = LogbookStore.open(dir.resolve("nintei.db"))) {
            LogbookSession session = session(store);
            assertFalse(session.shown().answeredProperty().get(), "the gauges show the stand-in");
            session.refresh();
            assertTrue(session.shown().answeredProperty().get());
        }
    }

    @Test
    void aFirstMeasureThatFailedIsAnAnswerToo() {
        LogbookStore store = LogbookStore.open(dir.resolve("nintei.db"));
        LogbookSession session = session(store);
        store.close(); // every read now fails
        session.refresh();
        assertTrue(session.shown().staleProperty().get(), "measuring failed");
        assertTrue(session.shown().answeredProperty().get());
    }
}
