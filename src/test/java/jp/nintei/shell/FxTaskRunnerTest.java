package jp.nintei.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import org.junit.jupiter.api.Test;

/**
 * Work asked for once the window's runner is closed is dropped, not thrown on the FX thread: the day's backup, finished
 * while the window closed, asks for the gauges to be measured again (it made the opening window's test fail with a
 * RejectedExecutionException before).
 */
class FxTaskRunnerTest {

    @Test
    void workAskedForAfterCloseIsDroppedQuietly() {
        FxTaskRunner runner = new FxTaskRunner();
        runner.close();
        AtomicInteger ran = new AtomicInteger();
        runner.run(ran::incrementAndGet, n -> ran.incrementAndGet(), e -> ran.incrementAndGet());
        assertEquals(0, ran.get());
    }

    /** Closing waits for the work asked for before it — a save queued behind the day's checks is written, not lost. */
    @Test
    void workAskedForBeforeCloseIsDoneBeforeCloseReturns() throws Exception {
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyStarted) {
            // another test of this run started the toolkit: the results are published on it all the same
        }
        FxTaskRunner runner = new FxTaskRunner();
        AtomicInteger done = new AtomicInteger();
        runner.run(() -> {
            Thread.sleep(300); // the checks and the backup ahead of the save
            return done.incrementAndGet();
        }, n -> { }, e -> { });
        runner.run(done::incrementAndGet, n -> { }, e -> { }); // the save
        runner.close();
        assertEquals(2, done.get());
    }
}
