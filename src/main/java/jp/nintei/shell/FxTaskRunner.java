package jp.nintei.shell;

import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import jp.nintei.ui.*;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Runs database work on one background thread, in the order it was asked for (the logbook has one writer), and
 * publishes results on the FX thread. The only place of the app that calls {@code Platform.runLater}.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "nintei-store");
        t.setDaemon(true);
        return t;
    });

    /**
     * Runs {@code work} after the work asked for before it. Once the runner is closed (the window closing) new work is
     * dropped: a result that arrives meanwhile — the day's backup asking for the gauges to be measured again — has no
     * window left to show it in, and must not fail the close.
     */
    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        try {
            executor.execute(() -> {
                try {
                    T result = work.call();
                    Platform.runLater(() -> onSuccess.accept(result));
                } catch (Exception e) {
                    Platform.runLater(() -> onFailure.accept(e));
                }
            });
        } catch (RejectedExecutionException e) {
            if (!executor.isShutdown()) {
                throw e;
            }
        }
    }

    /** Runs {@code work} on the FX thread, from another thread (a second start asking, the tray's menu). */
    public static void later(Runnable work) {
        Platform.runLater(work);
    }

    @Override
    public void close() {
        executor.shutdown();
        try {
            // let the work asked for finish, a save last among it: on the first start of a day on a big logbook the
            // check, the backup and the recount ahead of it take some 15 s
            executor.awaitTermination(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
