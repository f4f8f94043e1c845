package jp.nintei.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Before each write the store checks that the journal its connection writes to is still the one on disk (data safety,
 * round three, item 1). Here something in this process reads the logbook's files (dropping SQLite's locks, as a file
 * dialog does), another program opens and closes the logbook (and takes the journal away), then a job is saved: it
 * must land in the logbook another program sees, and the user must be told.
 */
class JournalReplacedTest {

    @TempDir
    Path dir;

    long otherProgramCountsJobs(Path db) throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), "jp.nintei.shell.ExternalClient", db.toString(), "job")
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), output);
        return Long.parseLong(output.lines().reduce((a, b) -> b).orElseThrow());
    }

    @Test
    void aWriteAfterTheJournalWasTakenAwayReopensAndLandsInTheLogbook() throws Exception {
        Path db = dir.resolve("nintei.db");
        List<StoreException> warnings = new ArrayList<>();
        try (LogbookStore store = LogbookStore.open(db)) {
            store.onWarning(warnings::add);
            store.jobs().add(BackupsTest.job("before"));
            for (String name : new String[] {"nintei.db", "nintei.db-shm"}) {
                try (InputStream in = Files.newInputStream(dir.resolve(name))) { // as a file dialog does
                    in.readNBytes(4096);
                }
            }
            assertEquals(1, otherProgramCountsJobs(db));
            store.jobs().add(BackupsTest.job("after the journal was taken away"));
            assertEquals(2, otherProgramCountsJobs(db), "the job is in the logbook another program reads");
            assertEquals(1, warnings.size());
            assertEquals(StoreException.Problem.JOURNAL_REPLACED, warnings.get(0).problem());
        }
        try (LogbookStore again = LogbookStore.open(db)) {
            assertEquals(2, again.jobs().all().size());
        }
    }
}
