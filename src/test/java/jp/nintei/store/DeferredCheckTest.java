package jp.nintei.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The check a start leaves for later runs on a connection of its own: the window's reads go on while it reads every
 * page of a big logbook (10 s on a million messages, which every screen's first page used to wait for), and a write
 * waits for it.
 */
class DeferredCheckTest {

    /** A check that answers "ok" after counting to twenty million: a few seconds, like a big logbook's page check. */
    static final String SLOW_CHECK = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 20000000) "
            + "SELECT CASE WHEN count(*) > 0 THEN 'ok' END FROM c";

    @TempDir
    Path dir;

    @Test
    void readsGoOnWhileTheCheckRunsAndAWriteWaitsForIt() throws Exception {
        try (Database db = Database.open(dir.resolve("nintei.db"))) {
            db.write(c -> {
                try (Statement st = c.createStatement()) {
                    st.execute("INSERT INTO review (client, rated_on, rating, comment) VALUES ('A社', '2026-11-01', '5', '')");
                }
                return null;
            });
            db.deferred.leave(SLOW_CHECK);
            Thread check = new Thread(db::checkNow, "check");
            check.start();
            Thread.sleep(300); // the check is under way

            long reviews = db.read(c -> {
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM review")) {
                    return rs.getLong(1);
                }
            });
            assertEquals(1, reviews);
            assertTrue(check.isAlive(), "the read did not wait for the check");

            db.write(c -> {
                try (Statement st = c.createStatement()) {
                    st.execute("INSERT INTO review (client, rated_on, rating, comment) VALUES ('B社', '2026-11-02', '4', '')");
                }
                return null;
            });
            assertTrue(db.deferred.settled(), "the write waited for the check");
            check.join(TimeUnit.SECONDS.toMillis(30));
            assertFalse(check.isAlive());
        }
    }
}
