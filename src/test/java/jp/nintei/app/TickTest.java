package jp.nintei.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.sqlite.SQLiteConfig;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import jp.nintei.domain.Message;
import jp.nintei.store.LogbookStore;
import jp.nintei.ui.Fixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's 30-second tick measures again only when something shown may have changed (issue 18, item 5: an idle
 * window recomputed a year of history every 30 seconds). Otherwise it shows the last measure as of now.
 */
class TickTest {

    static final Instant NOON = OffsetDateTime.parse("2026-11-28T12:00:00+09:00").toInstant();

    @TempDir
    Path dir;
    LogbookStore store;
    final Fixture.MovingClock clock = new Fixture.MovingClock();
    Workspace workspace;

    @BeforeEach
    void open() {
        store = LogbookStore.open(dir.resolve("nintei.db"));
        clock.now = NOON;
        // waiting since 11:00: its 24-hour deadline is tomorrow 11:00
        store.messages().addAll(List.of(new Message(0, "A", OffsetDateTime.parse("2026-11-28T11:00:00+09:00"), null,
                false, "")));
        workspace = new Workspace(store, clock);
        workspace.refresh();
        workspace.tick(); // the first tick learns the logbook's data version
    }

    @AfterEach
    void close() {
        store.close();
    }

    Measurement last() {
        return workspace.tick().state();
    }

    @Test
    void anIdleTickShowsTheLastMeasureAsOfNow() {
        Measurement before = workspace.measure();
        clock.now = NOON.plusSeconds(30);
        Measurement ticked = last();
        assertSame(before.progress(), ticked.progress(), "not measured again");
        assertEquals(NOON.plusSeconds(30), ticked.measuredAt().toInstant(), "the countdowns move on");
    }

    @Test
    void anotherProgramsWriteIsMeasured() throws Exception {
        Measurement before = workspace.measure();
        try (Connection c = new SQLiteConfig().createConnection("jdbc:sqlite:" + dir.resolve("nintei.db"));
             Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO message (client, received_at, received_offset) "
                    + "VALUES ('B', '2026-11-28T02:30:00Z', '+09:00')");
        }
        clock.now = NOON.plusSeconds(30);
        Measurement ticked = last();
        assertNotSame(before.progress(), ticked.progress());
        assertEquals(2, ticked.waiting().recent().size(), "the CLI's message shows at the next tick");
    }

    @Test
    void aDeadlinePassingOrTheDayTurningIsMeasured() {
        Measurement before = workspace.measure();
        clock.now = OffsetDateTime.parse("2026-11-28T23:59:30+09:00").toInstant();
        assertSame(before.progress(), last().progress(), "nothing crossed yet");
        clock.now = OffsetDateTime.parse("2026-11-29T00:00:00+09:00").toInstant();
        Measurement midnight = last();
        assertNotSame(before.progress(), midnight.progress(), "the day turned");
        clock.now = OffsetDateTime.parse("2026-11-29T10:59:30+09:00").toInstant();
        assertSame(midnight.progress(), last().progress());
        clock.now = OffsetDateTime.parse("2026-11-29T11:00:00+09:00").plus(Duration.ofSeconds(1)).toInstant();
        assertNotSame(midnight.progress(), last().progress(), "the waiting reply's deadline passed");
    }
}
