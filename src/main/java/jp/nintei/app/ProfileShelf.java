package jp.nintei.app;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import jp.nintei.domain.ProfileCatalog;
import jp.nintei.store.ProfileFolder;

/**
 * The rule profiles of one logbook — built in, and the user's files in {@code profiles/} beside it — read once before
 * the first measure (waiting at most {@link Profiles#WAIT}) and again, on a thread of their own, whenever asked: a
 * profile folder that hangs never holds up the logbook.
 */
final class ProfileShelf {

    private final Path logbook;
    private final AtomicBoolean reading = new AtomicBoolean();
    private volatile ProfileCatalog catalog;

    ProfileShelf(Path logbook) {
        this.logbook = logbook;
    }

    /** The profiles, read the first time they are asked for. */
    ProfileCatalog get() {
        ProfileCatalog read = catalog;
        if (read == null) {
            read = Profiles.load(logbook);
            catalog = read;
        }
        return read;
    }

    boolean loaded() {
        return catalog != null;
    }

    /**
     * Reads the files again on a thread of its own; {@code onChanged} runs there when they changed. One read at a time:
     * one stuck on a disk that does not answer is never joined by more.
     */
    void reloadInBackground(Runnable onChanged) {
        if (!reading.compareAndSet(false, true)) {
            return;
        }
        Thread reader = new Thread(() -> {
            try {
                ProfileCatalog read = ProfileFolder.load(logbook);
                if (!read.equals(catalog)) {
                    catalog = read;
                    onChanged.run();
                }
            } catch (RuntimeException e) {
                // the profiles read before stay in use
            } finally {
                reading.set(false);
            }
        }, "nintei-profiles");
        reader.setDaemon(true);
        reader.start();
    }
}
