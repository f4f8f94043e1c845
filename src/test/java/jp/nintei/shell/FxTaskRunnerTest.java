package jp.nintei.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
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
}
