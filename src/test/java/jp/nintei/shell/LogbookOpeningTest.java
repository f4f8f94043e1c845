package jp.nintei.shell;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The logbook opened while JavaFX starts is the one the window takes; one no window takes is closed. */
class LogbookOpeningTest {

    @TempDir
    Path dir;

    @Test
    void theWindowTakesTheOpeningBegunAheadOfItsOwnFileOnce() throws Exception {
        Path file = dir.resolve("nintei.db");
        LogbookOpening begun = LogbookOpening.ahead(file);
        LogbookOpening taken = LogbookOpening.of(file, false);
        assertSame(begun, taken, "the window takes the logbook opened while JavaFX started");
        StartupRecovery.Outcome outcome = taken.outcome().get(10, TimeUnit.SECONDS);
        assertNotNull(outcome.store());
        assertTrue(outcome.store().isEmpty(), "a new logbook, open for use");
        outcome.store().close(); // the window closed
        LogbookOpening again = LogbookOpening.of(file, false); // and opened again later: a new opening
        assertNotSame(taken, again);
        again.outcome().get(10, TimeUnit.SECONDS).store().close();
    }

    @Test
    void anOpeningOfAnotherFileOrWithTheChecksFirstIsBegunAfreshAndTheOneAheadClosed() throws Exception {
        Path file = dir.resolve("nintei.db");
        LogbookOpening begun = LogbookOpening.ahead(file);
        StartupRecovery.Outcome opened = begun.outcome().get(10, TimeUnit.SECONDS);
        LogbookOpening other = LogbookOpening.of(dir.resolve("other.db"), false);
        assertNotSame(begun, other);
        assertThrows(RuntimeException.class, () -> opened.store().isEmpty(), "no window took it: it is closed");
        other.outcome().get(10, TimeUnit.SECONDS).store().close();

        LogbookOpening second = LogbookOpening.ahead(file);
        LogbookOpening checked = LogbookOpening.of(file, true); // after a refusal: every check before the window
        assertNotSame(second, checked);
        // the two never open the logbook at once: the checked one waits until the other's is closed
        StartupRecovery.Outcome checkedOutcome = checked.outcome().get(10, TimeUnit.SECONDS);
        assertNotNull(checkedOutcome.store(), "opened, not refused as held by the opening no window took");
        StartupRecovery.Outcome secondOutcome = second.outcome().get(10, TimeUnit.SECONDS);
        assertThrows(RuntimeException.class, () -> secondOutcome.store().isEmpty(), "no window took it: closed");
        checkedOutcome.store().close();
    }
}
