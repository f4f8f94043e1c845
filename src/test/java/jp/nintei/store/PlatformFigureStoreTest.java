package jp.nintei.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.LocalDate;
import java.util.List;
import jp.nintei.domain.PlatformFigure;
import jp.nintei.domain.Reconciliation.Figure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Migration 5: the platform's figures, one per figure and day, in a logbook made before it too. */
class PlatformFigureStoreTest {

    @TempDir
    Path dir;

    private static PlatformFigure figure(Figure figure, String day, String shown) {
        return new PlatformFigure(figure, LocalDate.parse(day), new BigDecimal(shown));
    }

    @Test
    void aLogbookOfTheLastReleaseUpgradesKeepingItsRowsAndThenKeepsFigures() {
        Path file = dir.resolve("nintei.db");
        try (Database v4 = Database.open(file, Migrations.ALL.subList(0, 4))) {
            v4.write(c -> c.createStatement().executeUpdate("INSERT INTO review (client, rated_on, rating, comment) "
                    + "VALUES ('田中様', '2026-11-01', '5', '')"));
        }
        try (LogbookStore store = LogbookStore.open(file)) {
            assertEquals(5, Snapshots.schemaVersion(store.database()));
            assertEquals(1, store.reviews().all().size());
            store.platformFigures().keep(List.of(figure(Figure.RATING, "2026-11-28", "4.71"),
                    figure(Figure.REPLY_RATE, "2026-11-28", "78.5"), figure(Figure.REPLY_RATE, "2026-10-31", "80")));
            store.platformFigures().keep(List.of(figure(Figure.REPLY_RATE, "2026-11-28", "79.0")));
        }
        try (LogbookStore store = LogbookStore.open(file)) {
            assertEquals(List.of(figure(Figure.REPLY_RATE, "2026-10-31", "80"),
                    figure(Figure.RATING, "2026-11-28", "4.71"), figure(Figure.REPLY_RATE, "2026-11-28", "79.0")),
                    store.platformFigures().between(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)),
                    "by day; the later figure of a day replaced the first, digits as typed");
            assertEquals(List.of(figure(Figure.REPLY_RATE, "2026-10-31", "80")),
                    store.platformFigures().between(LocalDate.of(2026, 10, 31), LocalDate.of(2026, 11, 27)));
        }
    }

    /** One written behind Nintei's back anyway is named by the deep check, and repair sets it aside. */
    @Test
    void aDamagedFigureIsNamedAndSetAside() throws Exception {
        Path file = dir.resolve("nintei.db");
        try (LogbookStore store = LogbookStore.open(file)) {
            store.platformFigures().keep(List.of(figure(Figure.RATING, "2026-11-28", "4.71")));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("PRAGMA ignore_check_constraints = 1");
            st.execute("UPDATE platform_figure SET shown = '47.1'");
        }
        Files.deleteIfExists(Backups.dailyFile(file, LocalDate.now())); // the day's first open: the deep check
        var refused = assertThrows(StoreException.class, () -> LogbookStore.open(file).close());
        assertEquals(StoreException.Problem.BAD_VALUE, refused.problem());
        assertTrue(refused.getMessage().contains("platform_figure row 1, field shown, holds '47.1'"),
                refused.getMessage());
        assertEquals(1, LogbookRepair.setAsideDamagedRows(file, LocalDateTime.now()).rows());
        try (LogbookStore store = LogbookStore.open(file)) {
            assertEquals(List.of(), store.platformFigures().between(LocalDate.of(1970, 1, 1),
                    LocalDate.of(2999, 12, 31)));
        }
    }

    @Test
    void sqliteRefusesAFigureWrittenBehindNinteisBack() {
        try (Database db = Database.open(dir.resolve("nintei.db"))) {
            for (String values : new String[] {"('reply_rate', '2026-11-28', '100.5')", "('stars', '2026-11-28', '4')",
                "('rating', '2026-02-30', '4')", "('rating', '2026-11-28', '-1')", "('rating', '2026-11-28', '4e0')",
                "('rating', '2026-11-28', '0')", "('rating', '2026-11-28', '50')", "('reply_rate', '2026-11-28', '1.2.3')",
                "('reply_rate', '2026-11-28', '.')", "('reply_rate', '2026-11-28', '5.')",
                "('reply_rate', '2026-11-28', '')", "('reply_rate', '2026-11-28', '1.1234567')"}) {
                assertThrows(StoreException.class, () -> db.write(c -> c.createStatement().executeUpdate(
                        "INSERT INTO platform_figure (figure, shown_on, shown) VALUES " + values)), values);
            }
        }
    }
}
