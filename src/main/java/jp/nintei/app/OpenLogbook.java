package jp.nintei.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.nintei.i18n.Phrase;
import jp.nintei.domain.ProfileCatalog;
import jp.nintei.store.Backups;
import jp.nintei.store.LogbookStore;
import jp.nintei.store.RefusedFileException;
import jp.nintei.store.StoreException;
import java.nio.file.LinkOption;
import java.util.Map;
import java.util.function.Supplier;
import jp.nintei.store.LogbookLocation;

/**
 * A logbook opened for the use cases: for writing (created where there is none), or for reading only (works while the
 * app has it open). Opening takes the day's automatic backup; what it did that the user should hear (permissions
 * tightened, totals recounted, a backup that failed) waits in {@link #notices}. A logbook that cannot be opened is a
 * {@link Refusal} that names the ways back.
 */
public final class OpenLogbook implements AutoCloseable {

    final LogbookStore store;
    final Clock clock;
    private ProfileCatalog catalog;
    private final List<Phrase> notices = new ArrayList<>();

    private OpenLogbook(LogbookStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
        notices.addAll(store.takeNotices());
        notices.addAll(store.dailyBackup(LocalDate.now(clock)).warnings());
        notices.addAll(store.takeNotices()); // what the backup's deep check of the totals did
    }

    /** Opens the logbook at {@code file} for writing, creating it (and its folder) when there is none. */
    public static OpenLogbook forWriting(Path file, Clock clock) {
        return opened(file, clock, () -> LogbookStore.openForUse(file));
    }

    /** Opens an existing logbook for reading only; there must be one (nothing is created). */
    public static OpenLogbook forReading(Path file, Clock clock) {
        mustExist(file);
        return opened(file, clock, () -> LogbookStore.openForReading(file, LocalDate.now(clock)));
    }

    /** Opens an existing logbook to keep a little more in it (the platform's figures); nothing is created. */
    public static OpenLogbook forKeeping(Path file, Clock clock) {
        mustExist(file);
        return forWriting(file, clock);
    }

    private static void mustExist(Path file) {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new Refusal(Refusal.Reason.OTHER, new Phrase("app.noLogbook", file.toAbsolutePath(),
                    LogbookLocation.ENV_VARIABLE));
        }
    }

    private static OpenLogbook opened(Path file, Clock clock, Supplier<LogbookStore> open) {
        try {
            LogbookStore store = open.get();
            try {
                return new OpenLogbook(store, clock); // its day's backup runs the check the open left for later
            } catch (RuntimeException e) {
                store.close();
                throw e;
            }
        } catch (RefusedFileException e) {
            throw Refusal.of(e, waysBack(file, e));
        } catch (StoreException e) {
            throw Refusal.of(e);
        }
    }

    /**
     * The ways back from a refused logbook: setting the damaged rows aside (when only some values are bad: nothing
     * else is lost), and the latest backup — never for a logbook of a newer Nintei (its backup would lose what the
     * newer version wrote).
     */
    static List<Phrase> waysBack(Path file, StoreException e) {
        List<Phrase> ways = new ArrayList<>();
        if (e.problem() == StoreException.Problem.BAD_VALUE) {
            ways.add(new Phrase("app.repairHint", file));
        }
        Optional<Path> latest = Backups.latest(file);
        if (latest.isPresent() && e.problem() != StoreException.Problem.NEWER_VERSION
                && e.problem() != StoreException.Problem.ALREADY_OPEN) {
            ways.add(new Phrase("app.restoreHint", latest.get(), file));
        }
        return ways;
    }

    /** The logbook a command means: {@code --db FILE}, else {@code NINTEI_DB}, else the default in the data folder. */
    public static Path location(String dbOption, Map<String, String> env) {
        return LogbookLocation.resolve(dbOption, env);
    }

    public Path file() {
        return store.file();
    }

    /** What opening (or a use case since) did that the user should hear; each is returned once. */
    public List<Phrase> notices() {
        notices.addAll(store.takeNotices());
        List<Phrase> taken = List.copyOf(notices);
        notices.clear();
        return taken;
    }

    /** The rule profiles (built-in and the user's files in {@code profiles/}), read once. */
    public ProfileCatalog profiles() {
        if (catalog == null) {
            catalog = Profiles.load(store.file());
        }
        return catalog;
    }

    @Override
    public void close() {
        store.close();
    }
}
