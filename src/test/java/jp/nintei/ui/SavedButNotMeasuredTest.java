package jp.nintei.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import jp.nintei.domain.RecordKind;
import org.junit.jupiter.api.Assertions;
import org.sqlite.SQLiteConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.concurrent.TimeUnit;
import jp.nintei.domain.Message;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After a committed write the app says it was saved, whatever happens when it measures; a failed measurement is said
 * as such and the gauges are marked stale (data safety, round three, item 5). Before, the status bar said "Not saved"
 * for a message that was in the logbook, and a user who tried again logged it twice.
 */
class SavedButNotMeasuredTest {

    @TempDir
    Path dir;

    @Test
    void aQuickLogThatCannotBeMeasuredIsStillSaidToBeSaved() throws Exception {
        try (Fixture fx = new Fixture(dir)) {
            try (Connection c = new SQLiteConfig().createConnection("jdbc:sqlite:" + dir.resolve("nintei.db"));
                 Statement st = c.createStatement()) {
                st.execute("INSERT INTO setting (key, value) VALUES ('earnings.cutoff', 'lots')"); // behind its back
            }
            OffsetDateTime now = OffsetDateTime.parse("2026-11-28T17:00:00+09:00");
            fx.session.add(RecordKind.MESSAGES, new Message(0, "", now, null, false, ""), added -> { }, "status.messageLogged", "17:00");
            String status = fx.session.status().textProperty().get();
            assertTrue(status.startsWith("Message received at 17:00 logged — but the gauges could not be updated and "
                    + "show the last figures measured: earnings.cutoff: 'lots'"), status);
            assertFalse(status.contains("Not saved"), status);
            assertTrue(fx.session.shown().staleProperty().get(), "the gauges are marked as not current");
            assertEquals(1, fx.store.messages().all().size(), "the message is in the logbook, once");
        }
    }

    /** A pipe named like a profile neither holds up a write nor the next measure (item 3). */
    @Test
    void aPipeInTheProfilesFolderHoldsUpNothing() throws Exception {
        Path profiles = Files.createDirectories(dir.resolve("profiles"));
        Process mk = new ProcessBuilder("mkfifo", profiles.resolve("x.profile").toString()).start();
        Assumptions.assumeTrue(mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0, "skipped: no mkfifo here");
        Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            try (Fixture fx = new Fixture(dir)) {
                OffsetDateTime now = OffsetDateTime.parse("2026-11-28T17:00:00+09:00");
                fx.session.add(RecordKind.MESSAGES, new Message(0, "", now, null, false, ""), added -> { }, "status.messageLogged", "17:00");
                assertEquals("Message received at 17:00 logged", fx.session.status().textProperty().get());
                assertFalse(fx.session.shown().staleProperty().get());
                assertTrue(fx.session.shown().stateProperty().get().profiles().problems().stream()
                        .anyMatch(p -> p.toString().contains("x.profile: is not a regular file")));
            }
        });
    }
}
