package jp.nintei.store;

import jp.nintei.domain.Job;
import java.nio.file.Path;
import java.util.List;
import jp.nintei.domain.Message;

/** Reads a logbook file back in tests of other packages. */
public final class LogbookStoreAccess {

    private final Path file;

    public LogbookStoreAccess(Path file) {
        this.file = file;
    }

    public int jobCount() {
        try (LogbookStore store = LogbookStore.open(file)) {
            return store.jobs().all().size();
        }
    }

    public List<Job> jobs() {
        try (LogbookStore store = LogbookStore.open(file)) {
            return store.jobs().all();
        }
    }

    public List<Message> messages() {
        try (LogbookStore store = LogbookStore.open(file)) {
            return store.messages().all();
        }
    }
}
