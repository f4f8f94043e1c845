package jp.nintei.shell;

import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import jp.nintei.ui.*;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Runs database work on one background thread, in the order it was asked for (the logbook has one writer), and
 * publishes results on the FX thread; long work that reads on a connection of its own runs beside it, on a second
 * thread. The only place of the app that calls {@code Platform.runLater}.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {

    private final ExecutorService executor = thread("nintei-store");
    private final ExecutorService aside = thread("nintei-aside");

    private static ExecutorService thread(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Runs {@code work} after the work asked for before it. Once the runner is closed (the window closing) new work is
     * dropped: a result that arrives meanwhile — the day's backup asking for the gauges to be measured again — has no
     * window left to show it in, and must not fail the close.
     */
    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        submit(executor, work, onSuccess, onFailure);
    }

    /**
     * Runs {@code work} next in the queue of {@link #run}, even before JavaFX runs (the logbook opened while JavaFX
     * starts): its answer is taken from the future, by whichever thread asks.
     */
    public <T> CompletableFuture<T> ahead(Callable<T> work) {
        CompletableFuture<T> answer = new CompletableFuture<>();
        executor.execute(() -> {
            try {
                answer.complete(work.call());
            } catch (Throwable e) { // an Error too: the window waiting for it is told, never left waiting
                answer.completeExceptionally(e);
            }
        });
        return answer;
    }

    /** Runs {@code work} beside the queue of {@link #run}, on a thread of its own; dropped once closed, as above. */
    @Override
    public <T> void runAside(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        submit(aside, work, onSuccess, onFailure);
    }

    private static <T> void submit(ExecutorService on, Callable<T> work, Consumer<T> onSuccess,
                                   Consumer<Exception> onFailure) {
        try {
            on.execute(() -> {
                try {
                    T result = work.call();
                    Platform.runLater(() -> onSuccess.accept(result));
                } catch (Exception e) {
                    Platform.runLater(() -> onFailure.accept(e));
                }
            });
        } catch (RejectedExecutionException e) {
            if (!on.isShutdown()) {
                throw e;
            }
        }
    }

    /** Runs {@code work} on the FX thread, from another thread (a second start asking, the tray's menu). */
    public static void later(Runnable work) {
        Platform.runLater(work);
    }

    /**
     * Runs {@code work} on the FX thread once {@code scene} has been laid out for a frame: the opening window is
     * painted before the app's window is built in its place, however soon the logbook opened. Where no frame comes
     * (a window the system does not draw), it runs a quarter of a second later all the same.
     */
    static void afterFrame(Scene scene, Runnable work) {
        boolean[] done = {false};
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            if (!done[0]) {
                done[0] = true;
                scene.removePostLayoutPulseListener(once[0]);
                Platform.runLater(work); // after this pulse, whose frame goes to the screen
            }
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
        CompletableFuture.delayedExecutor(250, TimeUnit.MILLISECONDS).execute(() -> Platform.runLater(once[0]));
    }

    @Override
    public void close() {
        aside.shutdown();
        executor.shutdown();
        try {
            // let the work asked for finish, a save last among it, and the day's backup beside it: on the first start
            // of a day on a big logbook it takes some 10 s, and a save waits for its check
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60); // one minute for both, at most
            executor.awaitTermination(60, TimeUnit.SECONDS);
            aside.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
