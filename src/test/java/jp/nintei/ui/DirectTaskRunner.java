package jp.nintei.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs the work and its callback at once on the calling thread: for presenter tests without a window. */
public final class DirectTaskRunner implements TaskRunner {

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }
}
