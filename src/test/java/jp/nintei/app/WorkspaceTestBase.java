package jp.nintei.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import jp.nintei.store.LogbookStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A workspace on a new logbook in a temp folder, its clock fixed at 2026-11-28 17:00 in Tokyo. */
abstract class WorkspaceTestBase {

    static final Instant NOW = Instant.parse("2026-11-28T08:00:00Z"); // 17:00 in Tokyo
    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @TempDir
    Path dir;
    LogbookStore store;
    Workspace workspace;

    @BeforeEach
    void open() {
        store = LogbookStore.open(dir.resolve("nintei.db"));
        workspace = new Workspace(store, Clock.fixed(NOW, TOKYO));
    }

    @AfterEach
    void close() {
        workspace.closeDemo();
        store.close();
    }
}
