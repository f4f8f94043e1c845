package jp.nintei.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import jp.nintei.i18n.Phrase;
import jp.nintei.domain.ProfileCatalog;
import jp.nintei.store.ProfileFolder;

/**
 * The rule profiles a logbook can be measured by: the built-in ones and the user's files in {@code profiles/}. The
 * files are read on a thread of their own, for at most {@link #WAIT}: a folder that hangs (a pipe named like a profile,
 * a network disk gone away) costs the caller two seconds and a sentence, never a write, a measurement or the quit.
 */
public final class Profiles {

    /** How long a caller waits for the user's profile files. */
    public static final Duration WAIT = Duration.ofSeconds(2);

    private Profiles() {
    }

    /** The catalog for the logbook at {@code logbook}; a folder that does not answer in time gives the built-in ones. */
    public static ProfileCatalog load(Path logbook) {
        CompletableFuture<ProfileCatalog> reading = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                reading.complete(ProfileFolder.load(logbook));
            } catch (RuntimeException | Error e) {
                reading.completeExceptionally(e);
            }
        }, "nintei-profiles");
        reader.setDaemon(true); // one stuck on a pipe never keeps the process from quitting
        reader.start();
        try {
            return reading.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return withProblem(new Phrase("profile.timeout", ProfileFolder.of(logbook), WAIT.toSeconds()));
        } catch (ExecutionException e) {
            return withProblem(new Phrase("profile.failed", ProfileFolder.of(logbook), String.valueOf(e.getCause())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ProfileCatalog.BUILT_IN;
        }
    }

    private static ProfileCatalog withProblem(Phrase problem) {
        List<Phrase> problems = new ArrayList<>(ProfileCatalog.BUILT_IN.problems());
        problems.add(problem);
        return new ProfileCatalog(ProfileCatalog.BUILT_IN.profiles(), problems);
    }
}
