package jp.nintei.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.sqlite.SQLiteConfig;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import jp.nintei.domain.Message;
import jp.nintei.domain.ProfileCatalog;
import jp.nintei.store.LogbookStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A measurement never mixes two states of the logbook (data safety, round three, item 8): with another process
 * committing one on-time and one late reply per transaction, every committed state has a reply rate of exactly 0.5,
 * and so must every summary read meanwhile. Before, the edges of the window and the day totals were read in separate
 * transactions, and about one summary in ten printed a rate between 0.49 and 0.50.
 */
class MeasureTest {

    static final OffsetDateTime AS_OF = OffsetDateTime.parse("2026-11-28T18:00:00+09:00");

    @TempDir
    Path dir;

    @Test
    void aSummaryReadsOneStateWhileAnotherProcessCommits() throws Exception {
        Path file = dir.resolve("nintei.db");
        try (LogbookStore store = LogbookStore.open(file)) {
            store.messages().addAll(List.of(onTime(0), late(0)));
        }
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicReference<Exception> failed = new AtomicReference<>();
        Thread other = new Thread(() -> { // another process: its own connection, one pair per transaction
            try (Connection c = new SQLiteConfig().createConnection("jdbc:sqlite:" + file);
                 PreparedStatement st = c.prepareStatement("INSERT INTO message (received_at, received_offset, "
                         + "replied_at, replied_offset) VALUES (?, 'Z', ?, 'Z')")) {
                c.setAutoCommit(false);
                for (int i = 1; writing.get() && i < 100_000; i++) {
                    // on time, in the middle of the window (the day totals) …
                    st.setString(1, "2026-06-01T00:%02d:%02dZ".formatted(i / 60 % 60, i % 60));
                    st.setString(2, "2026-06-01T01:00:00Z");
                    st.executeUpdate();
                    // … late, on the window's first day (its rows are read one by one)
                    st.setString(1, "2025-11-28T10:%02d:%02dZ".formatted(i / 60 % 60, i % 60));
                    st.setString(2, "2025-12-01T00:00:00Z");
                    st.executeUpdate();
                    c.commit();
                }
            } catch (Exception e) {
                failed.set(e);
            }
        });
        try (LogbookStore reader = LogbookStore.openForReading(file, LocalDate.of(2026, 11, 28))) {
            other.start();
            for (int run = 0; run < 300; run++) {
                var summary = Measure.summary(reader, ProfileCatalog.BUILT_IN, AS_OF, Optional.empty(), false);
                assertEquals("0.5", summary.progress().result("reply_rate").orElseThrow().value().stripTrailingZeros()
                        .toPlainString(), "summary " + run + " saw a state the logbook never had");
            }
        } finally {
            writing.set(false);
            other.join();
        }
        assertEquals(null, failed.get());
    }

    static Message onTime(int i) {
        return new Message(0, "", OffsetDateTime.parse("2026-06-01T00:00:00Z"), OffsetDateTime.parse(
                "2026-06-01T01:00:00Z"), false, "");
    }

    static Message late(int i) {
        return new Message(0, "", OffsetDateTime.parse("2025-11-28T10:00:00Z"), OffsetDateTime.parse(
                "2025-12-01T00:00:00Z"), false, "");
    }
}
