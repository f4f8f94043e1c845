package jp.nintei.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.time.LocalDate;
import jp.nintei.domain.Settings;
import jp.nintei.i18n.Texts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ends of a table a measure reads before anything else are each one step down an index, never a pass over every
 * row: one such pass made every recompute on a million messages 70 times slower, which no answer shows.
 */
class DailyTotalsPlanTest {

    @TempDir
    Path dir;

    @Test
    void eachEndOfATableIsReadFromAnIndex() {
        try (Database db = Database.open(dir.resolve("nintei.db"))) {
            db.read(c -> {
                for (String sql : List.of(DailyTotals.MESSAGES_RECEIVED, DailyTotals.JOBS_ORDERED,
                        DailyTotals.EARNING_DAYS, DailyTotals.REVIEW_DAYS)) {
                    StringBuilder plan = new StringBuilder();
                    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("EXPLAIN QUERY PLAN " + sql)) {
                        while (rs.next()) {
                            plan.append(rs.getString("detail")).append('\n');
                        }
                    }
                    assertTrue(plan.toString().contains("SEARCH"), sql + "\n" + plan);
                    assertFalse(plan.toString().matches("(?s).*SCAN (message|job|earning_day|review_day)\\b.*"),
                            sql + "\n" + plan);
                }
                return null;
            });
        }
    }

    /** A rating the totals hold that Nintei does not know (written behind its back) is named, not left out. */
    @Test
    void aRatingNinteiDoesNotKnowInTheTotalsIsNamedNotLeftOut() {
        try (Database db = Database.open(dir.resolve("nintei.db"))) {
            db.write(c -> {
                try (Statement st = c.createStatement()) {
                    st.executeUpdate("INSERT INTO review_day (day, rating, reviews) VALUES ('2026-11-01', '6', 2)");
                }
                return null;
            });
            StoreException e = assertThrows(StoreException.class, () -> db.read(c -> new DailyTotals(db::prepared,
                    Settings.EMPTY).ratings(LocalDate.parse("2026-10-01"), LocalDate.parse("2026-11-30"))));
            assertTrue(e.words(Texts.IN_ENGLISH).contains("a rating Nintei does not know"), e.words(Texts.IN_ENGLISH));
        }
    }
}
