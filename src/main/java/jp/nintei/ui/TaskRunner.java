package jp.nintei.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one seam through which presenters do slow work (the database): {@code work} runs off the FX thread and the
 * callbacks run on it. Tests use a runner (in src/test) that does everything at once on the caller's thread.
 */
public interface TaskRunner {

    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure);

    /**
     * As {@link #run}, for long work that must not hold up the work asked for after it — the page and value check of
     * a big logbook, on a connection of its own: it runs beside the queue. Tests' runner runs it at once too.
     */
    default <T> void runAside(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        run(work, onSuccess, onFailure);
    }
}
