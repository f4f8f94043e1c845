package jp.nintei.store;

import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Hears every read, write and restore of every logbook in this JVM — the store's TRACE log,
 * {@code jp.nintei.store.access} — on the thread that makes it, while open. The window tests fail a call made on
 * the FX thread with it; the benchmark counts the calls of one save.
 */
public final class StoreCalls implements AutoCloseable {

    /** Held here: java.util.logging keeps its loggers weakly, and would forget the level set on it. */
    private static final Logger ACCESS = Logger.getLogger("jp.nintei.store.access");
    /** The engine's runs ({@code CertificationEngine} tells each at TRACE). */
    private static final Logger ENGINE = Logger.getLogger("jp.nintei.engine.runs");

    private final Logger logger;
    private final Handler handler;
    private final Level before;

    private StoreCalls(Logger logger, Runnable onCall) {
        this.logger = logger;
        this.before = logger.getLevel();
        this.handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                onCall.run();
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        handler.setLevel(Level.ALL);
        logger.addHandler(handler);
        logger.setLevel(Level.FINEST);
    }

    /** Runs {@code onCall} on the calling thread at each store call, until closed. */
    public static StoreCalls watch(Runnable onCall) {
        return new StoreCalls(ACCESS, onCall);
    }

    /** Runs {@code onRun} at each run of the certification engine, until closed. */
    public static StoreCalls engineRuns(Runnable onRun) {
        return new StoreCalls(ENGINE, onRun);
    }

    @Override
    public void close() {
        logger.removeHandler(handler);
        logger.setLevel(before);
    }
}
