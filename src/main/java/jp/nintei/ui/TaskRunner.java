package jp.nintei.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one seam through which presenters do slow work (the database): {@code work} runs off the FX thread and the
 * callbacks run on it. Tests use a runner (in src/test) that does everything at once on the caller's thread.
 */
public interface TaskRunner {

    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure);
}
