package jp.nintei.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import jp.nintei.domain.Job;
import jp.nintei.domain.JobStatus;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store tells every read and write on the thread that makes it: the window tests' "never on the FX thread" check
 * and the benchmark's count of calls per save stand on this, so it must not go quiet.
 */
class StoreCallsTest {

    @TempDir
    Path dir;

    @Test
    void everyReadAndWriteIsHeardOnTheThreadThatMadeIt() throws Exception {
        try (LogbookStore store = LogbookStore.open(dir.resolve("nintei.db"))) {
            List<Thread> heard = new CopyOnWriteArrayList<>();
            try (StoreCalls calls = StoreCalls.watch(() -> heard.add(Thread.currentThread()))) {
                store.jobs().add(new Job(0, "LP", "", "", LocalDate.of(2026, 11, 1), JobStatus.IN_PROGRESS, null,
                        null, false, ""));
                Thread other = new Thread(() -> store.jobs().all());
                other.start();
                other.join();
                assertEquals(List.of(Thread.currentThread(), other), heard);
            }
            store.jobs().all();
            assertEquals(2, heard.size(), "nothing is heard once closed");
        }
    }
}
